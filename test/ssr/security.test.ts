/**
 * The security suite against server-rendered pages: every hostile string of the corpus
 * through every text field of every element, and every refused URL through every URL
 * field, rendered by dist/ssr.js in Node, then (1) parsed as the HTML the server sent,
 * before any script, and (2) loaded and hydrated by dist/reelkit-hydrate.js. Neither may
 * contain an on* attribute, a script-like element in a shadow tree, or a refused URL,
 * and nothing may run. Elements come from the harness's discovery, so a new element is
 * covered by itself (and fails here until reelkit/ssr can render it).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { XSS_CORPUS } from '../security/corpus.js';
import { REFUSED_URLS } from '../security/urls.js';
import { ELEMENTS, FULL, clone, elementFields, setPath, type ElementInfo } from '../security/harness.js';
import { until } from '../helpers.js';

interface Render {
  tag: string;
  data: unknown;
}
type SsrWindow = Window & {
  __ssr: { pwned: string[]; messages: string[]; before: { el: Element & { hasUpdated?: boolean } }[] };
};

const N = XSS_CORPUS.length;
const STRIDE = 37;
/** Rounds per page: each page holds ROUNDS copies of every element. */
const ROUNDS = 24;

function hostileRecord(info: ElementInfo, round: number): unknown {
  const record = clone(FULL[info.recordType]);
  elementFields(info).forEach((field, i) => {
    if (field.kind === 'text') setPath(record, field.path, XSS_CORPUS[(round + i * STRIDE) % N]);
    if (field.kind === 'url') setPath(record, field.path, REFUSED_URLS[(round + i) % REFUSED_URLS.length]);
  });
  return record;
}

/** Every element under `root`, through open shadow roots. */
function* deep(root: Node): Generator<Element> {
  for (const el of (root as ParentNode).querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
    if (el instanceof HTMLTemplateElement) yield* deep(el.content);
  }
}

const SCRIPTY = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'frame', 'frameset', 'link', 'form']);
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'data']);
// data:text/calendar is release-countdown's own .ics file, built from checked data (safe-url.ts).
const REFUSED = /^\s*(javascript|vbscript|data:(?!image\/(png|jpeg|gif|webp|avif);|text\/calendar;))/i;

/** What must never be in a shadow tree or on a host, whatever the data. */
function problems(doc: Document): string[] {
  const out: string[] = [];
  for (const el of deep(doc.body)) {
    const inShadow = el.getRootNode() instanceof ShadowRoot || el.closest('template') !== null;
    if (inShadow && SCRIPTY.has(el.localName)) out.push(`<${el.localName}> in a shadow tree`);
    if (inShadow && el.localName === 'style' && el.previousElementSibling) out.push('a second <style>');
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) out.push(`<${el.localName} ${name}>`);
      if (URL_ATTRS.has(name) && REFUSED.test(value)) out.push(`<${el.localName} ${name}="${value.slice(0, 40)}">`);
    }
  }
  return out;
}

async function serverPage(renders: Render[]): Promise<string> {
  const response = await fetch('/ssr/render', { method: 'POST', body: JSON.stringify(renders) });
  const { id } = (await response.json()) as { id: string };
  return `/ssr/render.html?id=${id}`;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function hydrate(url: string): Promise<SsrWindow> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as SsrWindow;
  await until(() => win.__ssr.before.every(({ el }) => el.hasUpdated === true));
  await new Promise((r) => setTimeout(r, 50)); // lets a queued onerror/onload run, if any did
  return win;
}

describe('security: server-rendered pages (dist/ssr.js)', () => {
  for (let first = 0; first < N; first += ROUNDS) {
    const last = Math.min(N, first + ROUNDS) - 1;
    it(`corpus strings ${first}–${last} in every text field, refused URLs in every URL field`, async () => {
      const renders: Render[] = [];
      for (let round = first; round <= last; round++) {
        for (const info of ELEMENTS) renders.push({ tag: info.tag, data: hostileRecord(info, round) });
      }
      const url = await serverPage(renders);

      const sent = Document.parseHTMLUnsafe(await (await fetch(url)).text());
      const hosts = sent.body.querySelectorAll(ELEMENTS.map((e) => e.tag).join(','));
      expect(hosts.length).to.equal(renders.length);
      expect(
        [...hosts].every((host) => host.shadowRoot !== null),
        'every host has a declarative shadow root',
      ).to.equal(true);
      expect(problems(sent)).to.deep.equal([]);

      const win = await hydrate(url);
      expect(win.__ssr.pwned).to.deep.equal([]);
      expect(win.__ssr.messages.filter((m) => m.startsWith('uncaught'))).to.deep.equal([]);
      expect(problems(win.document)).to.deep.equal([]);
      const scripts = [...win.document.querySelectorAll('script')].filter((s) => s.closest('body'));
      expect(scripts.length, 'only the page’s own two scripts').to.equal(2);
    });
  }
});
