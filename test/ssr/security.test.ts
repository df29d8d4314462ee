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
    // Not `instanceof ShadowRoot`: the hydrated page is another window (realm).
    const inShadow = el.getRootNode() !== el.ownerDocument || el.closest('template') !== null;
    if (inShadow && SCRIPTY.has(el.localName)) out.push(`<${el.localName}> in a shadow tree`);
    if (inShadow && el.localName === 'style' && el.previousElementSibling) out.push('a second <style>');
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) out.push(`<${el.localName} ${name}>`);
      if (URL_ATTRS.has(name) && REFUSED.test(value)) out.push(`<${el.localName} ${name}="${value.slice(0, 40)}">`);
    }
  }
  return out;
}

async function serverPage(renders: Render[] | { page: string }): Promise<string> {
  const response = await fetch('/ssr/render', { method: 'POST', body: JSON.stringify(renders) });
  const { id } = (await response.json()) as { id: string };
  return `/ssr/${Array.isArray(renders) ? 'render' : 'render-page'}.html?id=${id}`;
}

/** Text as it may appear inside HTML source: the corpus string with its markup escaped. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A page as a CMS writes it, every input of every element carrying hostile text:
 * light-DOM fallbacks (headings, quotes, links), child scripts and page JSON-LD,
 * each with a refused URL too. `reelkit render page.html` reads all of it.
 */
function hostilePage(strings: readonly string[], urls: readonly string[]): string {
  const s = (i: number) => esc(strings[i % strings.length]!);
  const u = (i: number) => esc(urls[i % urls.length]!);
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<script type="module" src="/dist/reelkit-hydrate.js"></script>
<script type="application/ld+json">${json({ '@context': 'https://schema.org', '@type': 'Movie', name: strings[0], url: urls[0], director: { '@type': 'Person', name: strings[1] }, offers: { '@type': 'Offer', url: urls[1], price: 3.99, priceCurrency: 'USD', seller: { '@type': 'Organization', name: strings[2] } } })}</script>
</head><body>
<film-data jsonld><film-card></film-card><where-to-watch></where-to-watch></film-data>
<film-card><h3><a href="${u(2)}">${s(3)} (2017)</a></h3><img src="${u(3)}" alt="${s(4)}"></film-card>
<pull-quote><blockquote cite="${u(4)}"><p>${s(5)}</p></blockquote><figcaption><cite>${s(6)}</cite>, ${s(7)}</figcaption></pull-quote>
<related-links><a href="${u(5)}">${s(8)}</a><a href="/news/x">${s(9)}</a></related-links>
<where-to-watch><a href="${u(6)}">${s(10)} $3.99</a><a href="/watch">${s(11)}</a></where-to-watch>
<review-score><script type="application/json">${json({ ratingValue: 4, headline: strings[12], pros: [strings[13]], url: urls[7] })}</script></review-score>
<video-embed><a href="${u(8)}">${s(14)}</a></video-embed>
<release-countdown><script type="application/json">${json({ releases: [{ date: '2030-01-01', label: strings[15], url: urls[9] }] })}</script></release-countdown>
</body></html>`;
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

  for (let first = 0; first < N; first += 16 * 4) {
    it(`reelkit render of a whole page: corpus strings from ${first} in every light-DOM fallback, child script and the JSON-LD`, async () => {
      const strings = XSS_CORPUS.slice(first, first + 16);
      const url = await serverPage({
        page: hostilePage(strings, REFUSED_URLS.slice((first / 4) % REFUSED_URLS.length)),
      });
      const sent = Document.parseHTMLUnsafe(await (await fetch(url)).text());
      const win = await hydrate(url);
      expect(win.__ssr.pwned).to.deep.equal([]);
      expect(win.__ssr.messages.filter((m) => m.startsWith('uncaught'))).to.deep.equal([]);
      // The page's light DOM keeps what the CMS wrote (its unsafe links included, as the browser
      // shows them without JavaScript); what reelkit rendered, as sent and once hydrated, has none.
      for (const doc of [sent, win.document]) {
        expect(problems(doc).filter((p) => / on[a-z]+>$/.test(p))).to.deep.equal([]);
        const hosts = [...doc.body.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
        expect(hosts.length).to.equal(10);
        for (const host of hosts) {
          expect(host.shadowRoot, `<${host.localName}> has a shadow root`).to.not.equal(null);
          const inside = problems({ body: host.shadowRoot } as unknown as Document);
          expect(inside, `<${host.localName}>'s shadow tree`).to.deep.equal([]);
        }
      }
    });
  }
});
