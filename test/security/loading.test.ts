// Loading orders and life cycles: the built bundle before or after the markup, twice,
// next to a second build; elements created by script, moved between providers, removed
// and re-added, attributes rewritten 1,000 times in a burst. Each ends in the right
// render with no error, no warning and nothing left running.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { tickerState } from '../../src/time/ticker.js';
import { captureConsole } from '../helpers.js';
import {
  clone,
  deepElements,
  ELEMENTS,
  FIELDS,
  FULL,
  fieldForAttribute,
  Mount,
  setPath,
  settle,
  shadowTexts,
  toArticle,
  uncaught,
  type ElementInfo,
  type Host,
} from './harness.js';

/** What each element of test/security/pages/load-*.html must show once upgraded. */
const PAGE_TEXT: Record<string, string> = {
  card: 'Atomic Blonde',
  countdown: 'Blu-ray',
  related: 'Deadpool 2 wraps filming',
  quote: 'The long take in the stairwell',
  video: 'Making the stairwell fight',
  // Only on some pages: JSON whose text holds an escaped </script><img onerror>, shown as text.
  escaped: '</script><img src=x onerror=__pwned(1)> The long take',
};

type PageWindow = Window & typeof globalThis & { __errors: string[]; __console: string[] };

export async function openPage(src: string, box: HTMLElement) {
  const frame = document.createElement('iframe');
  frame.src = src;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  box.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await Promise.all(ELEMENTS.map((e) => win.customElements.whenDefined(e.tag)));
  await settle(win.document.body);
  return { frame, win, doc: win.document };
}

function pageProblems(win: PageWindow): string[] {
  // The sources' Lit (second build) is Lit's development build, which says so once.
  const out = [...win.__errors, ...win.__console.filter((l) => !l.includes('Lit is in dev mode'))];
  for (const [id, text] of Object.entries(PAGE_TEXT)) {
    const el = win.document.getElementById(id);
    if (!el) continue;
    if (!el.shadowRoot) out.push(`#${id} did not upgrade`);
    else if (!shadowTexts(el).join(' ').includes(text)) out.push(`#${id} does not show "${text}"`);
  }
  return out;
}

/** A record of `type` whose every text field says `word-<n>`. */
function labelled(type: ElementInfo['recordType'], word: string) {
  const rec = clone(FULL[type]);
  FIELDS[type].filter((f) => f.kind === 'text').forEach((f, i) => setPath(rec, f.path, `${word}-${i}`));
  return rec;
}

describe('security: loading orders and life cycles', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  for (const [page, what] of [
    ['load-head', 'the script in <head>, before the markup'],
    ['load-end', 'the script after the markup'],
    ['load-twice', 'the same bundle loaded twice (two URLs)'],
    ['load-two-builds', '<film-data> from the sources, the widgets from dist/reelkit.js'],
  ]) {
    it(`${what}: every element renders its data, no error, no warning`, async () => {
      const { win } = await openPage(`/test/security/pages/${page}.html?csp=off`, box);
      expect(pageProblems(win)).to.deep.equal([]);
    });
  }

  it('the bundle imported again at run time (?x=1) defines nothing new and says nothing', async () => {
    const { win, doc } = await openPage('/test/security/pages/load-head.html?csp=off', box);
    const before = ELEMENTS.map((e) => win.customElements.get(e.tag));
    const again = doc.createElement('script');
    again.type = 'module';
    again.src = '/dist/reelkit.js?x=1';
    const done = new Promise((r) => again.addEventListener('load', r, { once: true }));
    doc.head.append(again);
    await done;
    expect(ELEMENTS.map((e) => win.customElements.get(e.tag))).to.deep.equal(before);
    expect(pageProblems(win)).to.deep.equal([]);
  });

  describe('in this page (sources), with fake timers', () => {
    let clock: sinon.SinonFakeTimers;
    let errors: ReturnType<typeof uncaught>;
    let log: ReturnType<typeof captureConsole>;
    const listeners = new Map<string, number>();
    const restore: (() => void)[] = [];

    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 27, 12), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      errors = uncaught();
      log = captureConsole();
      listeners.clear();
      // Count window/document listeners added and not removed while the test runs.
      for (const target of [window, document] as EventTarget[]) {
        const { addEventListener: add, removeEventListener: remove } = target;
        const key = (type: string, fn: unknown) =>
          `${target === window ? 'window' : 'document'} ${type} ${String(fn).slice(0, 40)}`;
        target.addEventListener = function (this: EventTarget, type: string, fn: unknown, ...rest: unknown[]) {
          listeners.set(key(type, fn), (listeners.get(key(type, fn)) ?? 0) + 1);
          return add.call(this, type, fn as EventListener, ...(rest as [boolean]));
        } as typeof add;
        target.removeEventListener = function (this: EventTarget, type: string, fn: unknown, ...rest: unknown[]) {
          if (listeners.has(key(type, fn))) listeners.set(key(type, fn), listeners.get(key(type, fn))! - 1);
          return remove.call(this, type, fn as EventListener, ...(rest as [boolean]));
        } as typeof remove;
        restore.push(() => {
          target.addEventListener = add;
          target.removeEventListener = remove;
        });
      }
    });
    afterEach(() => {
      for (const r of restore.splice(0)) r();
      log.restore();
      errors.restore();
      clock.restore();
    });

    /** After everything was removed: no timer, no ticker subscriber, no window/document listener left. */
    function leaks(): string[] {
      const out: string[] = [];
      if (clock.countTimers()) out.push(`${clock.countTimers()} timers pending`);
      const t = tickerState();
      if (t.subscribers || t.running) out.push(`ticker ${JSON.stringify(t)}`);
      for (const [k, n] of listeners) if (n > 0) out.push(`listener ${k} (${n})`);
      return out;
    }

    for (const info of ELEMENTS) {
      it(`<${info.tag}>: created by script, moved between providers, removed and re-added`, async () => {
        const a = document.createElement('film-data') as Host;
        const b = document.createElement('film-data') as Host;
        a.data = toArticle(info.recordType, labelled(info.recordType, 'Alpha'));
        b.data = toArticle(info.recordType, labelled(info.recordType, 'Bravo'));
        const plain = document.createElement('div');
        box.append(a, b, plain);
        const el = document.createElement(info.tag) as Host;
        const text = () => shadowTexts(el).join(' ');
        const steps: string[] = [];
        const step = async (name: string, move: () => void, want: RegExp, not: RegExp) => {
          move();
          await settle(box);
          const t = text();
          if (!want.test(t) || not.test(t)) steps.push(`${name}: shows ${JSON.stringify(t.slice(0, 80))}`);
        };
        await step('created in A', () => a.append(el), /Alpha-/, /Bravo-/);
        await step('moved to B', () => b.append(el), /Bravo-/, /Alpha-/);
        await step('moved out of any provider', () => plain.append(el), /^[^]*$/, /Alpha-|Bravo-/);
        // Detached after leaving every provider: still nothing of A's or B's data.
        await step('removed', () => el.remove(), /^[^]*$/, /Alpha-|Bravo-/);
        await step('re-added to A', () => a.append(el), /Alpha-/, /Bravo-/);
        await step('own data wins over A', () => (el.data = labelled(info.recordType, 'Own')), /Own-/, /Alpha-/);
        await step('removed and re-added at once', () => a.append(el), /Own-/, /Alpha-|Bravo-/);
        clock.tick(61_000); // a minute of ticks while connected
        await settle(box);
        a.remove();
        b.remove();
        plain.remove();
        clock.tick(61_000);
        // One list, so a wrong render does not hide a leak (or the other way round).
        expect([...steps, ...leaks(), ...errors.errors, ...log.errors]).to.deep.equal([]);
      });

      const textAttrs = info.attributes.filter(
        (a) => a.path && fieldForAttribute(info.recordType, a.path)?.kind === 'text',
      );
      const viewAttrs = info.attributes.filter((a) => !a.path && !['data', 'jsonld', 'strings'].includes(a.name));
      it(`<${info.tag}>: every attribute rewritten 1,000 times in a burst renders once, with the last values`, async () => {
        // Attribute-defined data where the element has data attributes, else a provider's.
        const m = new Mount(info, textAttrs.length ? 'attributes' : 'provider', box);
        await m.set(FULL[info.recordType]);
        const update = sinon.spy(m.el as unknown as { update: () => void }, 'update');
        for (let i = 0; i < 1000; i++) {
          for (const a of textAttrs) m.el.setAttribute(a.name, `Burst ${i}`);
          for (const a of viewAttrs) {
            if (a.values) m.el.setAttribute(a.name, a.values[i % a.values.length]!);
            else if (i % 2) m.el.setAttribute(a.name, String(i % 7));
            else m.el.removeAttribute(a.name);
          }
        }
        await settle(m.root);
        const t = shadowTexts(m.el).join(' ');
        expect(update.callCount, 'renders').to.be.at.most(2);
        if (textAttrs.length) {
          expect(t).to.contain('Burst 999');
          expect(t).not.to.contain('Burst 998');
        }
        expect([...deepElements(m.el)].length, 'elements').to.be.greaterThan(1);
        m.remove();
        clock.tick(61_000);
        expect(leaks()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
    }
  });
});
