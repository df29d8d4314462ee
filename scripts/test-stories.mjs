// Story smoke test: opens every story of the built Storybook (storybook-static) in
// headless Chromium and fails a story on
//   - a console error or a failed / 4xx-5xx request to our own server (unless the
//     story sets `parameters.expectConsoleErrors: true`: it shows bad input on purpose),
//   - an uncaught page error,
//   - Storybook's error display (the story threw),
//   - a reactive property shadowed by a class field (a decorator build problem),
//   - any axe-core violation inside #storybook-root.
// Each story runs once per theme in THEMES (toolbar global), so dark mode is checked too.
// Usage: node scripts/test-stories.mjs [--dir storybook-static] [--filter text] [--themes auto,dark]
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './browsers.mjs';
import { createStaticServer, listen } from './serve.mjs';
import { arg, onlyOwnOrigin, runPool, storyState } from './story-pool.mjs';
const DIR = resolve(arg('dir', 'storybook-static'));
const FILTER = arg('filter', '');
const THEMES = arg('themes', process.env.STORY_THEMES ?? 'auto,dark')
  .split(',')
  .filter(Boolean);
const CONCURRENCY = Math.max(1, Number(process.env.STORY_CONCURRENCY ?? 2));
const TIMEOUT = Number(process.env.STORY_TIMEOUT ?? 15_000);
const AXE = resolve('node_modules/axe-core/axe.min.js');

if (!existsSync(`${DIR}/index.json`) || !existsSync(`${DIR}/iframe.html`)) {
  console.error(`test-stories: no built Storybook in ${DIR}; run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(await readFile(`${DIR}/index.json`, 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story' && (!FILTER || e.id.includes(FILTER)))
  .sort((a, b) => a.id.localeCompare(b.id));
if (!stories.length) {
  console.error(`test-stories: no stories${FILTER ? ` match "${FILTER}"` : ''} in ${DIR}/index.json`);
  process.exit(1);
}
const axeSource = await readFile(AXE, 'utf8');

const server = createStaticServer(DIR, { maxAge: 3600 });
const port = await listen(server, 0);
const origin = `http://127.0.0.1:${port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** Resolves once the story finished (or failed) rendering; returns Storybook's verdict. */
const waitForStory = (page) => page.waitForFunction(storyState, { timeout: TIMEOUT, polling: 50 });

/** In the page: waits for every Lit update, then reports shadowed reactive properties. */
const settleAndInspect = () =>
  new Promise((done) => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const root = document.querySelector('#storybook-root');
    const els = all(root);
    Promise.all(els.map((el) => el.updateComplete).filter(Boolean)).then(() =>
      window.requestAnimationFrame(() =>
        window.requestAnimationFrame(() => {
          const shadowed = [];
          for (const el of els) {
            const props = el.constructor.elementProperties;
            if (!props) continue;
            for (const key of props.keys())
              if (Object.prototype.hasOwnProperty.call(el, key)) shadowed.push(`<${el.localName}>.${String(key)}`);
          }
          done({ shadowed });
        }),
      ),
    );
  });

async function runStory(page, story, theme) {
  const problems = [];
  const errors = [];
  let warnings = 0;
  // The browser asks for /favicon.ico on its own; Storybook's iframe has none.
  const local = (url) => url.startsWith(origin) && !url.startsWith(`${origin}/favicon.ico`);
  const onConsole = (msg) => {
    if (msg.type() === 'warn') warnings++;
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    // A blocked third-party request (this machine is offline) is not the story's fault.
    if (/^Failed to load resource/.test(msg.text()) && where && !local(where)) return;
    errors.push(msg.text().slice(0, 300));
  };
  const onPageError = (err) => problems.push(`page error: ${String(err.message ?? err).slice(0, 300)}`);
  // The browser logs each failed request as a console error too, so a story that
  // shows a broken resource on purpose opts out of both with expectConsoleErrors.
  const requests = [];
  const onFailed = (req) => {
    if (local(req.url()))
      requests.push(`request failed: ${req.url().slice(origin.length)} (${req.failure()?.errorText})`);
  };
  const onResponse = (res) => {
    if (local(res.url()) && res.status() >= 400)
      requests.push(`HTTP ${res.status()}: ${res.url().slice(origin.length)}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  const started = Date.now();
  try {
    const globals = theme === 'auto' ? '' : `&globals=theme:${theme}`;
    const response = await page.goto(
      `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${globals}`,
      { waitUntil: 'load', timeout: TIMEOUT },
    );
    if (!response?.ok()) throw new Error(`iframe.html: HTTP ${response?.status()}`);
    const verdict = await (await waitForStory(page)).jsonValue();
    if (verdict.error) {
      problems.push(`story error: ${verdict.error}`);
    } else {
      const { shadowed } = await page.evaluate(settleAndInspect);
      if (shadowed.length) problems.push(`class fields shadow reactive properties: ${shadowed.join(', ')}`);
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      for (const v of violations) problems.push(`axe ${v}`);
      if (!verdict.parameters.expectConsoleErrors)
        problems.push(...requests, ...errors.map((e) => `console error: ${e}`));
    }
  } catch (err) {
    problems.push(String(err.message ?? err).split('\n')[0]);
    problems.push(...requests, ...errors.map((e) => `console error: ${e}`));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
  return { problems, warnings, errors: errors.length, ms: Date.now() - started };
}

async function newPage() {
  // A context per page is a window of its own: a background tab gets no animation
  // frames, and the stories' elements (and the settle step) wait on them.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  await onlyOwnOrigin(page, origin);
  return page;
}

const jobs = stories.flatMap((story) => THEMES.map((theme) => ({ story, theme })));
let passed = 0;
let failed = 0;
const started = Date.now();
/** One story in one theme; false when the page should be replaced. */
async function runJob(page, { story, theme }) {
  const result = await runStory(page, story, theme);
  const label = `${story.id}${THEMES.length > 1 ? ` [${theme}]` : ''}`;
  const notes = [result.warnings && `${result.warnings} warn`, result.errors && `${result.errors} error (expected)`]
    .filter(Boolean)
    .join(', ');
  if (result.problems.length) {
    failed++;
    console.log(`✗ ${label} (${result.ms} ms)`);
    for (const p of result.problems) console.log(`    ${p}`);
    return false;
  }
  passed++;
  console.log(`✓ ${label} (${result.ms} ms${notes ? `; ${notes}` : ''})`);
  return true;
}

try {
  await runPool(jobs, CONCURRENCY, newPage, runJob);
} finally {
  await browser.close();
  server.close();
}
console.log(
  `stories: ${stories.length} × themes ${THEMES.join('/')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
