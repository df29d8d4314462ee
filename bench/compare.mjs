// Two builds of dist/reelkit.js, one interleaved run: which is faster and lighter.
//
//   node bench/compare.mjs --old=/path/to/old/reelkit.js [--new=dist/reelkit.js] [--loads=15]
//
// The bench's ratios to a plain element move with the plain element's own figure from
// run to run (a shared 2-core machine), so they cannot tell two reelkit builds apart
// when the difference is 10 %. This loads the same page with each build in turn (old,
// new, new, old, …), a fresh tab each, and reports per page the median script time
// (CDP Performance.getMetrics ScriptDuration, to all elements rendered) and the JS heap
// after a forced GC. Pages: 1000 minimal second timers and 1000 minimal cards, with the
// bench's own markup for those workloads (bench/lib/pages.mjs). To get an old build: `git worktree add
// /tmp/old <commit> && cd /tmp/old && npm ci && npm run build`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import { fmt, summary } from './lib/stats.mjs';
import { KINDS, MINIMAL } from './lib/pages.mjs';
import { release } from './lib/data.mjs';

const { values: args } = parseArgs({
  options: {
    old: { type: 'string' },
    new: { type: 'string', default: 'dist/reelkit.js' },
    loads: { type: 'string', default: '15' },
  },
});
if (!args.old)
  throw new Error('usage: node bench/compare.mjs --old=<old reelkit.js> [--new=dist/reelkit.js] [--loads=15]');
const bundles = { old: readFileSync(args.old), new: readFileSync(args.new) };
const LOADS = Number(args.loads);

/** The bench's minimal workloads, as run.mjs writes them for reelkit. */
const PAGES = Object.fromEntries(
  ['timer', 'card'].map((kind) => {
    const { reelkit: tag, markup } = KINDS[kind];
    return [kind, { tag, markup: `<${tag} ${markup.reelkit(release())}></${tag}>` }];
  }),
);

const server = createServer((req, res) => {
  const [, kind, build] = new URL(req.url, 'http://x').pathname.split('/');
  if (req.url === MINIMAL.poster) {
    res.writeHead(200, { 'content-type': 'image/svg+xml' });
    return res.end(readFileSync(`.${MINIMAL.poster}`));
  }
  if (kind === 'build') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(bundles[build]);
  }
  const page = PAGES[kind];
  if (!page || !bundles[build]) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><body>
<div style="display:grid;grid-template-columns:repeat(6,1fr)">${page.markup.repeat(1000)}</div>
<script type="module" src="/build/${build}"></script>`);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
});

const results = {};
for (const [kind, { tag }] of Object.entries(PAGES)) {
  // A warm-up pair first; then alternate which build goes first.
  for (let load = 0; load <= LOADS; load++) {
    for (const build of load % 2 ? ['old', 'new'] : ['new', 'old']) {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(`${origin}/${kind}/${build}`, { waitUntil: 'load' });
      await page.waitForFunction(
        (t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot?.querySelector('[part~="base"]')),
        {},
        tag,
      );
      const { metrics } = await cdp.send('Performance.getMetrics');
      const script = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
      const heap = await page.evaluate(() => {
        globalThis.gc();
        return performance.memory.usedJSHeapSize;
      });
      await page.close();
      if (load === 0) continue;
      const r = (results[`${kind} ${build}`] ??= { script: [], heap: [] });
      r.script.push(script);
      r.heap.push(heap);
    }
  }
}
await browser.close();
server.close();

console.log(`old: ${args.old}\nnew: ${args.new}\n${LOADS} loads each, interleaved; medians (min–max)\n`);
for (const kind of Object.keys(PAGES)) {
  const [o, n] = ['old', 'new'].map((b) => results[`${kind} ${b}`]);
  const [os, ns] = [summary(o.script), summary(n.script)];
  const [oh, nh] = [summary(o.heap).median, summary(n.heap).median];
  console.log(
    `1000 ${kind}s: script ${fmt(os.median)} (${fmt(os.min)}–${fmt(os.max)}) -> ${fmt(ns.median)} (${fmt(ns.min)}–${fmt(ns.max)}) ms, ` +
      `heap ${fmt((nh - oh) / 1000 / 1024, 2)} KB per element (new minus old)`,
  );
}
