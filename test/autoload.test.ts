// dist/autoload.js in real pages (test/security/csp-middleware.mjs serves them, under the
// strict Content-Security-Policy unless ?csp=off): what each page fetches and defines, tags
// added later, shadow roots, <film-data> before or after its widgets, the one-file bundle
// on the same page, language packs from the chunks. Loads the BUILT files (npm test
// builds them first).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './helpers.js';
import { settle, shadowTexts } from './security/harness.js';

type PageWindow = Window &
  typeof globalThis & {
    __violations: { directive: string; blocked: string; sample: string }[];
    __errors: string[];
    __console: string[];
  };
type Ctor = CustomElementConstructor & { reelkitVersion?: string };

// The one table (tag -> module) the build and the autoloader read.
const TAGS = Object.keys((await (await fetch('/src/autoload-elements.json')).json()) as object);
// = AUTOLOAD_PAGE_BUDGET_BROTLI in scripts/size.mjs (issue 16's target, 16 KB, is not met: see there).
const PAGE_BUDGET = 23.8 * 1024;
const RECORDER = '/test/security/pages/record.js'; // the test page's own first script

let box: HTMLElement;
beforeEach(() => {
  box = document.createElement('div');
  document.body.append(box);
});
afterEach(() => box.remove());

/** Opens a test/security page in an iframe; resolves after its load event (module scripts have run). */
async function open(name: string, query = ''): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.src = `/test/security/pages/${name}.html${query}`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  box.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/**
 * Paths of the JavaScript files the page fetched, sorted (browsers start a page's scripts in
 * different orders: Firefox may preload the module before the classic recorder), with the
 * core chunk's hash shown as <hash>.
 */
const fetchedJs = (win: PageWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js'))
    .map((p) => p.replace(/^(\/dist\/chunks\/core)-[\w-]+\.js$/, '$1-<hash>.js'))
    .sort();

const fetchedPaths = (win: PageWindow) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** Errors, console warnings/errors and CSP violations the page recorded from its first script on. */
const problems = (win: PageWindow) => [
  ...win.__errors,
  ...win.__console,
  ...win.__violations.map((v) => `CSP ${v.directive} blocked ${v.blocked}`),
];

/** Waits until `el` is upgraded and its shadow DOM shows `text`. */
async function shows(el: Element | null, text: string) {
  expect(el, `element showing "${text}"`).to.not.equal(null);
  await until(() => el!.shadowRoot && shadowTexts(el!).join(' ').includes(text), `<${el!.localName}> shows "${text}"`);
  await settle(el!);
}

/** An element of the page's own realm with attributes (and optional children). */
function make(win: PageWindow, tag: string, attrs: Record<string, string> = {}, ...children: Node[]) {
  const el = win.document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** The page's own import() (needs ?csp=off: the strict policy forbids Function). */
const importIn = (win: PageWindow, url: string) =>
  new win.Function('url', 'return import(url)')(url) as Promise<Record<string, unknown>>;

describe('autoload: dist/autoload.js', () => {
  it('a page with one <release-countdown> fetches autoload.js, its chunk and the core chunk, and defines nothing else', async () => {
    const win = await open('autoload-countdown');
    await shows(win.document.getElementById('countdown'), 'Blu-ray');
    expect(TAGS.filter((t) => win.customElements.get(t))).to.deep.equal(['release-countdown']);
    expect(fetchedJs(win)).to.deep.equal([
      '/dist/autoload.js',
      '/dist/chunks/core-<hash>.js',
      '/dist/chunks/release-countdown.js',
      RECORDER,
    ]);
    expect(problems(win)).to.deep.equal([]);
  });

  it('what that page fetched weighs at most the budget in brotli (measured from the files it requested)', async () => {
    const win = await open('autoload-countdown');
    await shows(win.document.getElementById('countdown'), 'Blu-ray');
    const files = fetchedPaths(win).filter((p) => p.endsWith('.js') && p !== RECORDER);
    const sizes = await Promise.all(
      files.map((url) => executeServerCommand<number, { url: string }>('brotli-size', { url })),
    );
    expect(
      sizes.every((n) => typeof n === 'number' && n > 0),
      JSON.stringify(sizes),
    ).to.equal(true);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`autoload: a <release-countdown>-only page fetched ${files.length} JS files, ${total} B brotli`);
    expect(total).to.be.at.most(PAGE_BUDGET);
  });

  it('a tag added later is defined when it appears, with only its chunk (the core is fetched once)', async () => {
    const win = await open('autoload-empty');
    expect(fetchedJs(win)).to.deep.equal(['/dist/autoload.js', RECORDER]);
    const quote = make(win, 'pull-quote', { text: 'Added later' });
    win.document.body.append(quote);
    await shows(quote, 'Added later');
    // Deep inside an added subtree.
    const card = make(win, 'film-card', { name: 'Atomic Blonde', year: '2017' });
    win.document.body.append(make(win, 'section', {}, make(win, 'div', {}, card)));
    await shows(card, 'Atomic Blonde');
    expect(fetchedJs(win)).to.deep.equal([
      '/dist/autoload.js',
      '/dist/chunks/core-<hash>.js',
      '/dist/chunks/film-card.js',
      '/dist/chunks/pull-quote.js',
      RECORDER,
    ]);
    expect(TAGS.filter((t) => win.customElements.get(t))).to.deep.equal(['film-card', 'pull-quote']);
    expect(problems(win)).to.deep.equal([]);
  });

  it('inside a shadow root passed to observe(), now and later; a root it was not told about is left alone', async () => {
    const win = await open('autoload-empty', '?csp=off');
    const told = make(win, 'div').attachShadow({ mode: 'open' });
    const untold = make(win, 'div').attachShadow({ mode: 'open' });
    win.document.body.append(told.host, untold.host);
    const quote = make(win, 'pull-quote', { text: 'In a shadow root' });
    told.append(quote);
    untold.append(make(win, 'video-embed'));
    const { observe } = (await importIn(win, '/dist/autoload.js')) as { observe: (root: ShadowRoot) => void };
    observe(told);
    await shows(quote, 'In a shadow root');
    const countdown = make(win, 'release-countdown', {
      data: '{"kind":"blu-ray","date":"2017-11-14","region":"US"}',
    });
    told.append(countdown); // added after observe(): the one MutationObserver sees it
    await shows(countdown, 'Blu-ray');
    expect(win.customElements.get('video-embed')).to.equal(undefined);
    expect(fetchedPaths(win).filter((p) => p.startsWith('/dist/chunks/video-embed'))).to.deep.equal([]);
    expect(problems(win)).to.deep.equal([]);
  });

  it("under script-src 'self' with Trusted Types: every element of the security page renders, <film-data> provides, no violation", async () => {
    const win = await open('autoload');
    const doc = win.document;
    await shows(doc.getElementById('card'), 'Atomic Blonde');
    await shows(doc.getElementById('countdown'), 'Blu-ray');
    await shows(doc.getElementById('related'), 'Deadpool 2 wraps filming');
    await shows(doc.getElementById('video'), 'Making the stairwell fight');
    // Its text comes only from the <film-data> around it: the provider was defined first.
    await shows(doc.getElementById('quote'), 'The long take in the stairwell');
    await shows(doc.getElementById('escaped'), '</script><img src=x onerror=__pwned(1)> The long take');
    expect(TAGS.filter((t) => doc.querySelector(t) && !win.customElements.get(t))).to.deep.equal([]);
    expect(problems(win)).to.deep.equal([]);
  });

  it('a <film-data> added around a widget whose tag is already defined still provides its data', async () => {
    const win = await open('autoload-empty');
    const first = make(win, 'pull-quote', { text: 'Defined first' });
    win.document.body.append(first);
    await shows(first, 'Defined first');
    const data = JSON.stringify({ quote: { text: 'From the provider', speaker: 'David Leitch' } });
    const inner = make(win, 'pull-quote');
    // <pull-quote> upgrades on insertion, before <film-data>'s chunk is even requested.
    win.document.body.append(make(win, 'film-data', { data }, inner));
    await shows(inner, 'From the provider');
    expect(shadowTexts(inner).join(' ')).to.include('David Leitch');
    expect(problems(win)).to.deep.equal([]);
  });

  for (const [page, order] of [
    ['autoload-then-bundle', 'autoload.js, then reelkit.js'],
    ['bundle-then-autoload', 'reelkit.js, then autoload.js'],
  ]) {
    it(`${order} on one page: one definition per tag, no error, no warning`, async () => {
      const win = await open(page, '?csp=off');
      const doc = win.document;
      await until(() => TAGS.every((t) => win.customElements.get(t)), 'every tag defined');
      await shows(doc.getElementById('card'), 'Atomic Blonde');
      await shows(doc.getElementById('quote'), 'The long take in the stairwell');
      const bundle = (await importIn(win, '/dist/reelkit.js')) as Record<string, Ctor>;
      const owners: string[] = [];
      for (const tag of TAGS) {
        const ctor = win.customElements.get(tag) as Ctor;
        const fromBundle = Object.values(bundle).includes(ctor);
        const loaded = fetchedPaths(win).includes(`/dist/chunks/${tag}.js`);
        const fromChunk = loaded && (await importIn(win, `/dist/chunks/${tag}.js`)).default === ctor;
        expect(fromBundle !== fromChunk, `<${tag}>: exactly one of the two builds defined it`).to.equal(true);
        expect(ctor.reelkitVersion).to.equal(bundle.VERSION);
        owners.push(fromBundle ? 'bundle' : 'chunk');
      }
      if (page === 'bundle-then-autoload') {
        // Everything was defined when the autoloader looked: it fetched no chunk.
        expect(owners).to.deep.equal(TAGS.map(() => 'bundle'));
        expect(fetchedPaths(win).filter((p) => p.startsWith('/dist/chunks/'))).to.deep.equal([]);
      }
      expect(problems(win)).to.deep.equal([]);
    });
  }

  it("autoload.js, then reelkit.js, under the strict CSP: two Lits need trusted-types 'allow-duplicates'", async function () {
    // Lit registers its version at the END of its module, after creating its policy: two
    // entries = the chunks' core evaluated next to reelkit.js's copy.
    const lits = (win: PageWindow) => (win as { litHtmlVersions?: string[] }).litHtmlVersions?.length;
    const strict = await open('autoload-then-bundle');
    if (!('trustedTypes' in strict)) this.skip();
    await until(() => strict.__violations.length, 'the second lit-html policy is refused');
    expect(strict.__violations.map((v) => `${v.directive} ${v.sample}`)).to.include('trusted-types lit-html');
    box.replaceChildren();
    const dup = await open('autoload-then-bundle', '?tt=dup');
    await until(() => lits(dup) === 2, 'both copies of Lit evaluated');
    await shows(dup.document.getElementById('card'), 'Atomic Blonde');
    await shows(dup.document.getElementById('quote'), 'The long take in the stairwell');
    expect(problems(dup)).to.deep.equal([]);
  });

  it('a chunk that asks for a language pack finds it in dist/locales/ (not dist/chunks/locales/)', async () => {
    const win = await open('autoload-countdown', '?lang=sv');
    await shows(win.document.getElementById('countdown'), 'Blu-ray');
    await until(() => fetchedPaths(win).includes('/dist/locales/sv.js'), 'sv.js requested');
    await until(() => win.document.getElementById('countdown')!.shadowRoot, 'upgraded');
    expect(fetchedPaths(win).filter((p) => p.includes('/locales/'))).to.deep.equal(['/dist/locales/sv.js']);
    expect(problems(win)).to.deep.equal([]);
  });

  it('a chunk that cannot load: one console.error naming the element and the file, the fallback stays, nothing throws', async () => {
    const win = await open('autoload-missing-chunk');
    await until(() => win.__console.length, 'the error was reported');
    expect(win.__console).to.have.length(1);
    expect(win.__console[0]).to.match(
      /^error: reelkit autoload: <pull-quote> was not defined: http:\/\/[^/]+\/test\/security\/pages\/moved\/chunks\/pull-quote\.js failed to load \(TypeError: .+\)$/,
    );
    expect(win.__errors).to.deep.equal([]);
    expect(win.customElements.get('pull-quote')).to.equal(undefined);
    expect(win.document.getElementById('quote')!.textContent).to.equal('The long take');
  });

  it('every tag of the table (src/autoload-elements.json) has a chunk exporting its class', async () => {
    const win = await open('autoload-empty', '?csp=off');
    const versions = [];
    for (const tag of TAGS)
      versions.push(((await importIn(win, `/dist/chunks/${tag}.js`)).default as Ctor).reelkitVersion);
    expect(versions).to.deep.equal(TAGS.map(() => '0.1.0'));
  });
});
