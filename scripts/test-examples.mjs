// Builds every example app under examples/ and smoke-tests it in ONE headless Chromium.
//   1. `npm ci` in examples/ (one package.json and lockfile for all apps) when not installed;
//   2. `npm pack` this repo (needs `npm run build`) and install the tarball there, unsaved,
//      so the apps use reelkit exactly as published;
//   3. per app: a Vite app (vite.config.mjs) is type-checked against reelkit's generated
//      types (tsc for React, vue-tsc for Vue, svelte-check for Svelte), then `vite build`, and with a prerender.mjs also the server build and the prerender
//      (react19-vite: react-dom/server); the Angular app is built with `ng build`;
//   4. per app, in the browser, on its built files:
//      - server-rendered apps: the HTML as served already holds the tag and its attributes;
//      - the card renders the film passed as the `data` property;
//      - the trailer button's film-card-trailer event reaches the framework's handler;
//      - a property update (a new `data` object) re-renders the card;
//      - switching `lang` re-renders it in German;
//      - no console error, page error or failed request anywhere.
// Usage: node scripts/test-examples.mjs [app…]. Ends with "N passed, N failed".
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './browsers.mjs';
import { createStaticServer, listen } from './serve.mjs';
import { EXAMPLES, examplesInstalled, installTarball, packTarball, run } from './pack.mjs';

const only = process.argv.slice(2);
// An app is a folder with a vite.config.mjs (built by Vite into dist/) or an angular.json
// (built by the Angular CLI into dist/browser/).
const isAngular = (app) => existsSync(join(EXAMPLES, app, 'angular.json'));
// An Eleventy site (eleventy.config.mjs) is built into dist/ with every element server-rendered.
const isEleventy = (app) => existsSync(join(EXAMPLES, app, 'eleventy.config.mjs'));
const apps = readdirSync(EXAMPLES)
  .filter((d) => existsSync(join(EXAMPLES, d, 'vite.config.mjs')) || isAngular(d) || isEleventy(d))
  .filter((d) => !only.length || only.includes(d))
  .sort();
const TIMEOUT = 30_000; // a hang guard, not a time limit on the checks
const FILM = 'Atomic Blonde';
const TRAILER = 'Atomic Blonde: making the stairwell fight';

examplesInstalled();
installTarball(packTarball(), EXAMPLES);
const bin = (name) => join(EXAMPLES, 'node_modules/.bin', name);
/** The type-checker that reads the app's templates: with reelkit/jsx, /vue or /svelte types. */
const typeCheck = (cwd) =>
  existsSync(join(cwd, 'src/App.vue'))
    ? [bin('vue-tsc'), ['-p', '.']]
    : existsSync(join(cwd, 'src/App.svelte'))
      ? [bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']]
      : [bin('tsc'), ['-p', '.']];
for (const app of apps) {
  const cwd = join(EXAMPLES, app);
  if (isEleventy(app)) {
    run(bin('eleventy'), ['--quiet'], { cwd });
    continue;
  }
  if (isAngular(app)) {
    // The Angular compiler type-checks the app and its templates itself.
    run(bin('ng'), ['build'], { cwd, env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
    continue;
  }
  run(...typeCheck(cwd), { cwd });
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd });
  if (existsSync(join(cwd, 'prerender.mjs'))) {
    run(bin('vite'), ['build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn'], {
      cwd,
    });
    run('node', ['prerender.mjs'], { cwd });
  }
}

let passed = 0;
let failed = 0;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** In the page: the card's title and visible text, from its shadow root. */
const cardState = () => {
  const root = document.getElementById('card')?.shadowRoot;
  const text = (el) => el?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    title: text(root?.querySelector('[part="title"]')),
    body: text(root),
    log: text(document.getElementById('log')),
  };
};

async function smoke(app, origin) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  const checks = [];
  const until = async (what, fn, arg) => {
    try {
      await page.waitForFunction(fn, { timeout: TIMEOUT, polling: 50 }, arg);
      checks.push(what);
    } catch {
      throw new Error(
        `${what}: not so after ${TIMEOUT / 1000} s; the card says ${JSON.stringify(await page.evaluate(cardState))}`,
      );
    }
  };
  try {
    if (existsSync(join(EXAMPLES, app, 'prerender.mjs'))) {
      const html = await (await fetch(`${origin}/`)).text();
      const tag = '<film-card id="card" lang="en" layout="horizontal"></film-card>';
      if (!html.includes(tag)) throw new Error(`server HTML lacks ${tag}`);
      checks.push('server-rendered tag and attributes');
    }
    if (isEleventy(app)) {
      // Every element arrives server-rendered: the built HTML holds its declarative shadow root.
      const html = await (await fetch(`${origin}/`)).text();
      for (const tag of ['film-card', 'release-countdown', 'pull-quote', 'related-links'])
        if (!new RegExp(`<${tag}(\\s[^>]*)?><template shadowroot="open" shadowrootmode="open">`).test(html))
          throw new Error(`server HTML lacks a server-rendered <${tag}>`);
      const shadows = html.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length ?? 0;
      if (shadows !== 5) throw new Error(`server HTML has ${shadows} declarative shadow roots, not 5`);
      checks.push('every element server-rendered (5 declarative shadow roots)');
      // Hydration keeps the server's nodes: note the card's first part while the bundle's
      // request is held (the parser does not wait for a module), then let it load.
      await page.setRequestInterception(true);
      page.on('request', async (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (!request.url().endsWith('/reelkit-hydrate.js')) return void request.continue();
        await page.waitForFunction(() => document.getElementById('card')?.shadowRoot, { timeout: TIMEOUT });
        await page.evaluate(() => {
          window.serverNode = document.getElementById('card').shadowRoot.querySelector('[part="base"]');
        });
        request.continue();
      });
    }
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    if (isEleventy(app)) {
      await until('hydration keeps the server nodes', () => {
        const card = document.getElementById('card');
        return (
          card.hasUpdated && window.serverNode && card.shadowRoot.querySelector('[part="base"]') === window.serverNode
        );
      });
    }
    const title = (want) => `(${cardState})().title === ${JSON.stringify(want)}`;
    await until('card renders the film', title(`${FILM} (2017)`));
    await page.evaluate(() => document.getElementById('card').shadowRoot.querySelector('[part="trailer"]').click());
    await until(
      'film-card-trailer reaches the handler',
      `(${cardState})().log === ${JSON.stringify(`Trailer requested: ${TRAILER}`)}`,
    );
    await page.click('#rename');
    await until('a property update re-renders', title(`${FILM} (director's cut) (2017)`));
    await page.select('#lang', 'de');
    await until('lang switches the words', `(${cardState})().body.includes('Regie David Leitch')`);
    if (errors.length) throw new Error(errors.join('\n'));
    passed++;
    console.log(`ok    ${app}: ${checks.join('; ')}`);
  } catch (e) {
    failed++;
    console.error(`FAIL  ${app}: ${e.message}${errors.length ? `\n      ${errors.join('\n      ')}` : ''}`);
  } finally {
    await page.close();
  }
}

try {
  for (const app of apps) {
    const server = createStaticServer(join(EXAMPLES, app, isAngular(app) ? 'dist/browser' : 'dist'));
    const port = await listen(server, 0);
    try {
      await smoke(app, `http://127.0.0.1:${port}`);
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !apps.length ? 1 : 0);
