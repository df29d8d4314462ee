/**
 * Server-rendered pages hydrate: each page of test/ssr/cases.mjs is rendered by the
 * built dist/ssr.js (served by test/ssr/ssr-pages.mjs), loaded in an iframe with
 * dist/reelkit-hydrate.js, and must keep the server's shadow nodes, move nothing, say
 * nothing in the console (Lit throws on a hydration mismatch: that is an uncaught error
 * here) and work: events fire and a countdown ticks.
 *
 * Not @lit-labs/testing's SSR fixtures: they render test templates from the sources in a
 * worker, and what has to be proven is that the shipped files (dist/ssr.js on the server,
 * dist/reelkit-hydrate.js in the page) work together.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

interface Recorded {
  messages: string[];
  shifts: number[];
  before: {
    el: Element & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };
    first: Element | null;
    box: string;
  }[];
}
type SsrWindow = Window & { __ssr: Recorded; customElements: CustomElementRegistry };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Opens /ssr/<name>.html and waits until every server-rendered element has hydrated. */
async function open(name: string): Promise<{ win: SsrWindow; rec: Recorded }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:640px;height:900px;border:0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/ssr/${name}.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as SsrWindow;
  await until(() => win.__ssr?.before.every(({ el }) => el.hasUpdated === true));
  const rec = win.__ssr;
  await Promise.all(rec.before.map(({ el }) => el.updateComplete));
  return { win, rec };
}

/** The checks every server-rendered page must pass once hydrated. */
function expectHydrated(rec: Recorded, count: number): void {
  expect(rec.messages).to.deep.equal([]);
  expect(rec.before.length).to.equal(count);
  for (const { el, first, box } of rec.before) {
    expect(first, `<${el.localName}> had server shadow content`).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part], slot'), `<${el.localName}> kept its server nodes`).to.equal(first);
    expect(JSON.stringify(el.getBoundingClientRect()), `<${el.localName}> did not move or resize`).to.equal(box);
  }
  expect(rec.shifts.reduce((a, b) => a + b, 0)).to.equal(0);
}

const partText = (el: Element, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('server-rendered elements hydrate (dist/ssr.js → dist/reelkit-hydrate.js)', () => {
  for (const [name, count] of [
    ['card', 1],
    ['card-horizontal-de', 1],
    ['card-rtl', 1],
    ['countdown-out', 1],
    ['countdown-since', 1],
    ['quote', 1],
    ['article', 5],
    ['article-sv', 5],
    ['page', 6],
    ['watch-list', 1],
    ['watch-compact-de', 1],
    ['review-box', 1],
    ['review-hero-ring', 1],
  ] as const) {
    it(`${name}: server nodes kept, nothing moved, no console message`, async () => {
      const { rec } = await open(name);
      expectHydrated(rec, count);
    });
  }

  it('card: the server wrote the words of the language asked for', async () => {
    const { rec } = await open('card-horizontal-de');
    const card = rec.before[0]!.el;
    expect(card.getAttribute('lang')).to.equal('de');
    expect(card.shadowRoot!.querySelector('dt')?.textContent).to.equal('Regie');
  });

  it('card-rtl: reads right to left from the first paint', async () => {
    const { rec } = await open('card-rtl');
    expect(rec.before[0]!.el.getAttribute('dir')).to.equal('rtl');
    expectHydrated(rec, 1);
  });

  it('countdown: keeps ticking after hydration', async () => {
    const { rec } = await open('countdown-before');
    expectHydrated(rec, 1);
    const countdown = rec.before[0]!.el;
    const first = partText(countdown, 'count');
    expect(first).to.match(/^1 hour, 59 minutes, \d+ seconds$|^2 hours$/);
    await until(() => partText(countdown, 'count') !== first);
    expect(rec.messages).to.deep.equal([]);
  });

  it('countdown-boundary: counted down on the server, out by the time the browser hydrates', async () => {
    const { rec } = await open('countdown-boundary');
    const countdown = rec.before[0]!.el;
    expect(rec.messages).to.deep.equal([]);
    expect(partText(countdown, 'status')).to.equal('Digital HD out now');
  });

  /** Clicks the first link of a server-rendered element; the page cancels the navigation. */
  async function clickFirstLink(name: string, type: string) {
    const { win, rec } = await open(name);
    expectHydrated(rec, 1);
    const el = rec.before[0]!.el;
    const seen: { href: string; position: number }[] = [];
    el.addEventListener(type, (e) => {
      const { href, position } = (e as CustomEvent).detail;
      seen.push({ href, position });
      e.preventDefault();
    });
    (el.shadowRoot!.querySelector('a') as HTMLAnchorElement).click();
    expect(win.location.pathname).to.equal(`/ssr/${name}.html`);
    return seen;
  }

  it('related links: a click reaches the page as a cancelable event', async () => {
    expect(await clickFirstLink('links', 'related-link-click')).to.deep.equal([
      { href: 'https://example.com/news/deadpool-2-wraps', position: 1 },
    ]);
  });

  it('where-to-watch: an offer click reaches the page as a cancelable event', async () => {
    expect(await clickFirstLink('watch-list', 'watch-offer-click')).to.deep.equal([
      { href: 'https://stream.example.com/atomic-blonde', position: 1 },
    ]);
  });

  it('review-score: the server wrote the accessible score', async () => {
    const { rec } = await open('review-box');
    const score = rec.before[0]!.el.shadowRoot!.querySelector('[role="img"]');
    expect(score?.getAttribute('aria-label')).to.equal('Rated 3.5 out of 5 by Sample Critic, Reelkit Weekly');
  });

  it('video: the server-rendered play button starts the player', async () => {
    const { rec } = await open('video');
    expectHydrated(rec, 1);
    const video = rec.before[0]!.el;
    (video.shadowRoot!.querySelector('[part="play"]') as HTMLButtonElement).click();
    await until(() => video.shadowRoot!.querySelector('video') !== null);
    expect(video.shadowRoot!.querySelector('video')!.getAttribute('src')).to.equal('/test/fixtures/clip.wav');
    expect(rec.messages).to.deep.equal([]);
  });
});
