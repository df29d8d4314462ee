// Visual regression: screenshots every story of the built Storybook (storybook-static)
// and compares each picture with a committed PNG baseline, pixel by pixel.
//
//   npm run test:visual            compare; exit 1 on any difference
//   npm run test:visual:update     rewrite the baselines that differ or are missing
//   node scripts/test-visual.mjs [--filter text] [--themes auto,dark] [--browsers chromium,firefox]
//
// Pictures: test/visual/baselines/<browser>/<story-id>--<theme>.png, one per story and
// toolbar theme (auto and dark, the globals test-stories.mjs uses). A difference writes
// test/visual/__diff__/<browser>/<name>.{actual,expected,diff}.png (gitignored). A missing
// baseline fails when CI is set; elsewhere it is written and reported as new.
//
// What makes a picture the same on every run and every machine:
//   - the clock: Date is frozen at FROZEN_AT before any page script runs, so stories that
//     count to "12 days from now" always count from the same instant (release-countdown,
//     related-links dates). Nothing in src/ reads performance.now() or Temporal.Now.
//   - time zone Europe/London (GMT on FROZEN_AT), locale en-US, viewport 1024×768 at
//     deviceScaleFactor 1, grown to the page's height for a taller story so all of it is
//     on screen; prefers-color-scheme light (so "auto" is light) and sRGB output.
//   - prefers-reduced-motion is emulated as no-preference, not "reduce": reelkit has no
//     animation or transition outside its reduced-motion block, and <release-countdown>
//     drops second precision under "reduce", which would hide the seconds from this test.
//     Animations, transitions and the caret are switched off by an injected stylesheet
//     instead, and any animation left (shadow roots included) is finished before the shot.
//   - fonts: the browser gets a private fontconfig (FONTCONFIG_FILE) that sees only the
//     files of Debian's fonts-dejavu-core and fonts-liberation (FONT_FILES), with fixed
//     aliases and rendering settings, so fonts installed on a developer's machine change
//     nothing. .ci/run installs those two packages.
//   - the shot (of #storybook-root) is taken after every Lit element's updateComplete
//     (repeated until none is pending), every image loaded and decoded, document.fonts.ready
//     and two frames. Lazy images are made eager first: when a lazy image loads depends on
//     scroll position and network estimates, and a carousel's off-screen cards never would.
//   - third-party requests get an empty 204, as in test-stories.mjs (this machine is offline).
// Comparison: pixelmatch, threshold MATCH_THRESHOLD, anti-aliased pixels counted too
// (includeAA), and MAX_DIFF_PIXELS differing pixels allowed: identical or failed. Repeated
// runs here (also with both cores busy) gave pixel-identical pictures even at threshold 0.
// 0.05 rather than pixelmatch's 0.1: at 0.1 a card's corner radius going from 8px to 7px
// passed in the light theme (light grey edge pixels); at 0.05 it fails in both themes.
//
// Firefox ESR: a small set of main stories (FIREFOX_STORIES) in both themes, driven over
// WebDriver BiDi. BiDi has no media-feature or locale emulation, so those are prefs.
// Its dark canvas is Firefox's own grey, and its default serif is DejaVu Serif where
// Chromium's ("Times New Roman") is Liberation Serif: each browser as a reader has it.
//
// Baselines belong to one browser build: a new Chromium or Firefox release may move
// anti-aliasing. baselines/<browser>.json records the build that made them, and the run
// says so when the browser it drives is another one.
import { existsSync, mkdtempSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, findFirefox } from './browsers.mjs';
import { createStaticServer, listen } from './serve.mjs';
import { arg, onlyOwnOrigin, runPool, storyState } from './story-pool.mjs';
const list = (text) => text.split(',').filter(Boolean);
const UPDATE = process.argv.includes('--update');
const CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const DIR = resolve(arg('dir', 'storybook-static'));
const FILTER = arg('filter', '');
const ALL_THEMES = ['auto', 'dark'];
const THEMES = list(arg('themes', ALL_THEMES.join(',')));
const BROWSERS = list(arg('browsers', process.env.VISUAL_BROWSERS ?? 'chromium,firefox'));
const CONCURRENCY = Math.max(1, Number(process.env.VISUAL_CONCURRENCY ?? 2));
const TIMEOUT = Number(process.env.STORY_TIMEOUT ?? 15_000);
const BASELINES = resolve('test/visual/baselines');
const DIFFS = resolve('test/visual/__diff__');

const FROZEN_AT = '2026-11-20T09:41:27Z';
const TIME_ZONE = 'Europe/London';
const LOCALE = 'en-US';
const VIEWPORT = { width: 1024, height: 768, deviceScaleFactor: 1 };
const MATCH_THRESHOLD = 0.05;
const MAX_DIFF_PIXELS = 0;

/** Firefox checks a few main stories (each element, one right-to-left), not all of them. */
const FIREFOX_STORIES = [
  'elements-film-card--vertical',
  'elements-film-card--right-to-left',
  'elements-pull-quote--aside',
  'elements-related-links--list',
  'elements-release-countdown--upcoming-in-days',
  'elements-video-embed--you-tube',
];

/**
 * Exactly the font files of the Debian packages .ci/run installs (fonts-dejavu-extra's
 * obliques and condensed faces, often installed too, stay out: they would change italics).
 */
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const LIBERATION = '/usr/share/fonts/truetype/liberation';
const FONT_FILES = {
  'fonts-dejavu-core': ['Sans', 'Sans-Bold', 'Serif', 'Serif-Bold', 'SansMono', 'SansMono-Bold'].map(
    (face) => `${DEJAVU}/DejaVu${face}.ttf`,
  ),
  'fonts-liberation': ['Sans', 'Serif', 'Mono'].flatMap((family) =>
    ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((style) => `${LIBERATION}/Liberation${family}-${style}.ttf`),
  ),
};

/** Family → what it resolves to: metric twins first, then the generic families. */
const FONT_ALIASES = [
  [['Arial', 'Helvetica', 'Helvetica Neue', 'Arimo'], 'Liberation Sans'],
  [['Times', 'Times New Roman', 'Tinos'], 'Liberation Serif'],
  [['Courier', 'Courier New', 'Cousine'], 'Liberation Mono'],
  [['sans-serif', 'sans', 'system-ui'], 'DejaVu Sans'],
  [['serif', 'Georgia'], 'DejaVu Serif'],
  [['monospace', 'mono'], 'DejaVu Sans Mono'],
];

function fontconfig() {
  const missing = Object.entries(FONT_FILES).filter(([, files]) => files.some((f) => !existsSync(f)));
  if (missing.length) {
    const packages = missing.map(([p]) => p).join(' ');
    console.error(
      `test-visual: the baselines are drawn with Debian's ${packages}, which this machine lacks.\n` +
        `  Install them (apt-get install -y ${packages}) or run on Debian like CI does.`,
    );
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'reelkit-visual-fonts-'));
  mkdirSync(join(dir, 'fonts'));
  for (const file of Object.values(FONT_FILES).flat()) symlinkSync(file, join(dir, 'fonts', file.split('/').pop()));
  const alias = ([families, target]) =>
    families
      .map((f) => `  <alias binding="same"><family>${f}</family><prefer><family>${target}</family></prefer></alias>`)
      .join('\n');
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${join(dir, 'fonts')}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <match target="pattern">
    <test qual="all" name="family" compare="not_eq"><string>sans-serif</string></test>
    <test qual="all" name="family" compare="not_eq"><string>serif</string></test>
    <test qual="all" name="family" compare="not_eq"><string>monospace</string></test>
    <edit name="family" mode="append_last"><string>sans-serif</string></edit>
  </match>
${FONT_ALIASES.map(alias).join('\n')}
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="autohint" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="lcdfilter" mode="assign"><const>lcddefault</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`,
  );
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

if (!existsSync(`${DIR}/index.json`) || !existsSync(`${DIR}/iframe.html`)) {
  console.error(`test-visual: no built Storybook in ${DIR}; run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(await readFile(`${DIR}/index.json`, 'utf8'));
const allStories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .map((e) => e.id)
  .sort();
const stories = allStories.filter((id) => !FILTER || id.includes(FILTER));
if (!stories.length) {
  console.error(`test-visual: no stories${FILTER ? ` match "${FILTER}"` : ''} in ${DIR}/index.json`);
  process.exit(1);
}
for (const id of FIREFOX_STORIES) {
  if (!allStories.includes(id)) console.warn(`test-visual: FIREFOX_STORIES names ${id}, which is not a story`);
}

// ---- In the page ----------------------------------------------------------------------

/** Runs before any page script: Date stands still at `fixed` (ms since the epoch). */
function freezeClock(fixed) {
  const RealDate = Date;
  function FrozenDate(...args) {
    if (!new.target) return new RealDate(fixed).toString();
    return Reflect.construct(RealDate, args.length ? args : [fixed], new.target);
  }
  Object.setPrototypeOf(FrozenDate, RealDate);
  Object.defineProperties(FrozenDate, {
    prototype: { value: RealDate.prototype },
    name: { value: 'Date' },
    length: { value: 7 },
    now: { value: () => fixed, writable: true, configurable: true },
  });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FrozenDate, writable: true, configurable: true });
  globalThis.Date = FrozenDate;
}

/** Runs before any page script: no motion and no caret in the document's own styles. */
function stillStyles() {
  const add = () => {
    const style = document.createElement('style');
    style.dataset.testVisual = '';
    style.textContent = `*, *::before, *::after {
      animation-delay: 0s !important; animation-duration: 0s !important; animation-iteration-count: 1 !important;
      transition: none !important; caret-color: transparent !important; scroll-behavior: auto !important; }`;
    document.head.append(style);
  };
  if (document.head) add();
  else document.addEventListener('DOMContentLoaded', add, { once: true });
}

/** Waits until nothing will change: Lit updates, images, fonts, animations, two frames. */
async function settle() {
  const all = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const frame = () => new Promise((done) => window.requestAnimationFrame(() => done()));
  for (let round = 0; round < 20; round++) {
    // updateComplete is true once no further update is pending; an update may add elements.
    const results = await Promise.all(all(document.body).map((el) => el.updateComplete));
    const images = all(document.body).filter((el) => el instanceof window.HTMLImageElement);
    // A lazy image loads when the browser's distance rules say so, which depend on the
    // scroll position and the network; eager, every picture shows every image loaded.
    for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
    const pending = images.filter((img) => !img.complete);
    const loaded = Promise.all(
      pending.map(
        (img) =>
          new Promise((done) => {
            img.addEventListener('load', done, { once: true });
            img.addEventListener('error', done, { once: true });
          }),
      ),
    );
    const late = await Promise.race([loaded, new Promise((done) => setTimeout(done, 10_000, 'late'))]);
    if (late === 'late')
      throw new Error(`images did not load: ${pending.filter((i) => !i.complete).map((i) => i.src)}`);
    await Promise.all(
      images.filter((img) => img.complete && img.naturalWidth).map((img) => img.decode().catch(() => {})),
    );
    await document.fonts.ready;
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        animation.cancel(); // an endless one cannot finish
      }
    }
    await frame();
    await frame();
    const again = await Promise.all(all(document.body).map((el) => el.updateComplete));
    if (
      results.every((r) => r !== false) &&
      again.every((r) => r !== false) &&
      !document.fonts.status.includes('loading')
    )
      break;
  }
  const root = document.querySelector('#storybook-root').getBoundingClientRect();
  return {
    x: root.left,
    y: root.top,
    width: root.width,
    height: root.height,
    pageHeight: document.documentElement.scrollHeight,
  };
}

// ---- Browsers ------------------------------------------------------------------------

const server = createStaticServer(DIR, { maxAge: 3600 });
const port = await listen(server, 0);
const origin = `http://127.0.0.1:${port}`;
const fonts = fontconfig();
const env = { ...process.env, FONTCONFIG_FILE: fonts.file, TZ: TIME_ZONE, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };

async function launch(name) {
  if (name === 'chromium') {
    return puppeteer.launch({
      executablePath: findChrome(),
      env,
      protocolTimeout: 60_000,
      args: [
        ...CHROME_ARGS,
        `--lang=${LOCALE}`,
        '--force-color-profile=srgb',
        // Skia picks SIMD code paths by CPU at run time; the portable ones draw alike everywhere.
        '--disable-skia-runtime-opts',
        '--disable-lcd-text',
        '--disable-features=Translate,MediaRouter,OptimizationHints',
      ],
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    env,
    protocolTimeout: 60_000,
    headless: true,
    args: ['--headless'],
    extraPrefsFirefox: {
      'intl.locale.requested': LOCALE,
      'intl.accept_languages': LOCALE,
      'intl.regional_prefs.use_os_locales': false,
      'ui.prefersReducedMotion': 0,
      'layout.css.prefers-color-scheme.content-override': 1, // light
      'ui.systemUsesDarkTheme': 0,
      'layout.css.devPixelsPerPx': '1.0',
      'ui.caretBlinkTime': -1,
      'widget.non-native-theme.enabled': true,
      'gfx.webrender.software': true,
    },
  });
}

async function newPage(browser, name) {
  // A context per page is a window of its own: a background tab gets no animation frames.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateTimezone(TIME_ZONE);
  if (name === 'chromium') {
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'no-preference' },
    ]);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setLocaleOverride', { locale: LOCALE });
    await page.setExtraHTTPHeaders({ 'accept-language': LOCALE });
  }
  await page.evaluateOnNewDocument(freezeClock, Date.parse(FROZEN_AT));
  await page.evaluateOnNewDocument(stillStyles);
  await onlyOwnOrigin(page, origin);
  return page;
}

async function shoot(browserName, page, id, theme) {
  const globals = theme === 'auto' ? '' : `&globals=theme:${theme}`;
  await page.setViewport(VIEWPORT); // the story before may have grown it
  const response = await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals}`, {
    waitUntil: 'load',
    timeout: TIMEOUT,
  });
  if (!response?.ok()) throw new Error(`iframe.html: HTTP ${response?.status()}`);
  const state = await (await page.waitForFunction(storyState, { timeout: TIMEOUT, polling: 50 })).jsonValue();
  if (state.error) throw new Error(`story error: ${state.error}`);
  let box = await page.evaluate(settle);
  // A story taller than the window: grow the window to the page (never wider), so all of
  // it is laid out on screen like its top, then wait again.
  for (let i = 0; i < 3 && box.pageHeight > page.viewport().height; i++) {
    await page.setViewport({ ...VIEWPORT, height: box.pageHeight });
    box = await page.evaluate(settle);
  }
  if (FONT_REPORT && browserName === 'chromium') await reportFonts(page);
  const clip = {
    x: Math.floor(box.x),
    y: Math.floor(box.y),
    width: Math.ceil(box.x + box.width) - Math.floor(box.x),
    height: Math.ceil(box.y + box.height) - Math.floor(box.y),
  };
  if (clip.y + clip.height > page.viewport().height) throw new Error(`the page keeps growing (${box.pageHeight}px)`);
  if (!clip.width || !clip.height) throw new Error('#storybook-root has no size');
  return PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png', clip, captureBeyondViewport: false })));
}

/** VISUAL_FONT_REPORT=1: which font files drew the text (Chromium), summed over the run. */
const FONT_REPORT = Boolean(process.env.VISUAL_FONT_REPORT);
const fontsUsed = new Map();
async function reportFonts(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const nodes = [];
  const walk = (node) => {
    if (node.nodeType === 1) nodes.push(node.nodeId);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), node.contentDocument].filter(Boolean))
      walk(child);
  };
  walk(root);
  for (const nodeId of nodes) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId }).catch(() => ({ fonts: [] }));
    for (const f of fonts) fontsUsed.set(f.postScriptName, (fontsUsed.get(f.postScriptName) ?? 0) + f.glyphCount);
  }
  await cdp.detach();
}

// ---- Comparing -----------------------------------------------------------------------

/** `png` drawn on a canvas of width × height (transparent outside it). */
function padTo(png, width, height) {
  if (png.width === width && png.height === height) return png;
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out;
}

/** Number of differing pixels, and the diff picture. */
function compare(expected, actual) {
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const a = padTo(expected, width, height);
  const b = padTo(actual, width, height);
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(a.data, b.data, diff.data, width, height, { threshold: MATCH_THRESHOLD, includeAA: true });
  return { pixels, diff, sameSize: expected.width === actual.width && expected.height === actual.height };
}

const counts = { passed: 0, failed: 0, created: 0, updated: 0 };
const failures = [];
const started = Date.now();
await rm(DIFFS, { recursive: true, force: true });

async function check(browserName, id, theme, png) {
  const name = `${id}--${theme}`;
  const label = `${browserName} ${name}`;
  const file = join(BASELINES, browserName, `${name}.png`);
  const fresh = PNG.sync.write(png, { colorType: 2 }); // screenshots are opaque: RGB
  if (!existsSync(file)) {
    if (CI && !UPDATE) {
      counts.failed++;
      failures.push(`${label}: no baseline`);
      await mkdir(join(DIFFS, browserName), { recursive: true });
      await writeFile(join(DIFFS, browserName, `${name}.actual.png`), fresh);
      console.log(`✗ ${label}: no baseline ${relative('.', file)} (run \`npm run test:visual:update\` and commit it)`);
      return;
    }
    await mkdir(join(BASELINES, browserName), { recursive: true });
    await writeFile(file, fresh);
    counts.created++;
    counts.passed++;
    console.log(`+ ${label}: new baseline written, commit it`);
    return;
  }
  const expected = PNG.sync.read(await readFile(file));
  const { pixels, diff, sameSize } = compare(expected, png);
  if (sameSize && pixels <= MAX_DIFF_PIXELS) {
    counts.passed++;
    return;
  }
  const what = sameSize
    ? `${pixels} pixels differ`
    : `size ${png.width}×${png.height}, baseline ${expected.width}×${expected.height} (${pixels} pixels differ)`;
  if (UPDATE) {
    await writeFile(file, fresh);
    counts.updated++;
    counts.passed++;
    console.log(`↻ ${label}: baseline rewritten (${what})`);
    return;
  }
  counts.failed++;
  const out = join(DIFFS, browserName);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, `${name}.actual.png`), fresh);
  await writeFile(join(out, `${name}.expected.png`), PNG.sync.write(expected, { colorType: 2 }));
  await writeFile(join(out, `${name}.diff.png`), PNG.sync.write(diff));
  failures.push(`${label}: ${what} → ${relative('.', join(out, `${name}.diff.png`))}`);
  console.log(`✗ ${label}: ${what}`);
}

async function runBrowser(browserName) {
  const ids = browserName === 'firefox' ? stories.filter((id) => FIREFOX_STORIES.includes(id)) : stories;
  if (!ids.length) return;
  const t0 = Date.now();
  const browser = await launch(browserName);
  const version = await browser.version();
  const jobs = ids.flatMap((id) => THEMES.map((theme) => ({ id, theme })));
  const run = async (page, { id, theme }) => {
    try {
      await check(browserName, id, theme, await shoot(browserName, page, id, theme));
      return true;
    } catch (err) {
      counts.failed++;
      const message = String(err.message ?? err).split('\n')[0];
      failures.push(`${browserName} ${id}--${theme}: ${message}`);
      console.log(`✗ ${browserName} ${id}--${theme}: ${message}`);
      return false;
    }
  };
  try {
    await runPool(jobs, CONCURRENCY, () => newPage(browser, browserName), run);
  } finally {
    await browser.close();
  }
  console.log(`${browserName} (${version}): ${jobs.length} screenshots in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await environment(browserName, version);
}

/** Records (on --update or when new) or checks what the baselines of `browserName` were made with. */
async function environment(browserName, version) {
  const file = join(BASELINES, `${browserName}.json`);
  const current = {
    browser: version,
    fonts: Object.keys(FONT_FILES),
    frozenAt: FROZEN_AT,
    timeZone: TIME_ZONE,
    locale: LOCALE,
    viewport: VIEWPORT,
  };
  const recorded = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : undefined;
  if (UPDATE || (!recorded && !CI)) {
    await mkdir(BASELINES, { recursive: true });
    await writeFile(file, `${JSON.stringify(current, null, 2)}\n`);
  } else if (recorded && recorded.browser !== version) {
    console.log(
      `note: the ${browserName} baselines were made with ${recorded.browser}, this is ${version}; ` +
        'a difference in anti-aliasing alone means the browser changed, not reelkit.',
    );
  }
}

try {
  for (const name of BROWSERS) await runBrowser(name);
} finally {
  server.close();
  fonts.cleanup();
}

// Baselines of stories that no longer exist.
for (const name of BROWSERS) {
  const dir = join(BASELINES, name);
  if (FILTER || !existsSync(dir)) continue;
  const wanted = new Set(
    (name === 'firefox' ? allStories.filter((id) => FIREFOX_STORIES.includes(id)) : allStories).flatMap((id) =>
      ALL_THEMES.map((t) => `${id}--${t}.png`),
    ),
  );
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.png') && !wanted.has(f))) {
    if (UPDATE) {
      await rm(join(dir, file));
      console.log(`- ${name} ${file}: no such story any more, baseline removed`);
    } else {
      console.log(`! ${name} ${file}: no such story any more (npm run test:visual:update removes it)`);
    }
  }
}

if (FONT_REPORT) console.log('fonts drawn (glyphs):', Object.fromEntries([...fontsUsed].sort((a, b) => b[1] - a[1])));
console.log(`visual: ${counts.passed + counts.failed} screenshots in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (counts.created) console.log(`${counts.created} new baselines written: review and commit them`);
if (counts.updated) console.log(`${counts.updated} baselines rewritten: review and commit them`);
if (failures.length) {
  console.log(`\nfailed (pictures in ${relative('.', DIFFS)}/):`);
  for (const f of failures) console.log(`  ${f}`);
  if (!UPDATE) console.log('If a change is intended, run `npm run test:visual:update` and commit the new baselines.');
}
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
