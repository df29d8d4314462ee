// reelkit benchmark suite: `npm run bench` (builds first) or `node bench/run.mjs`.
//
// Drives the Debian Chromium (or CHROME_PATH) headless with puppeteer-core against
// dist/reelkit.js and hand-written vanilla custom elements with the same content,
// served from 127.0.0.1. Every figure is a median of several runs after a warm-up,
// with min–max, and a ratio to the baseline measured in the same run.
//
// Options: --runs=N (default 5)  --quick (2 runs, 3 s live, 1000 cycles, 1 Lighthouse run)
//          --only=weight,cold,live,memory,cls,leaks,ssr,lighthouse  --live-seconds=N  --cycles=N
//          --kinds=film,related,countdown,offers,card,timer (workloads of cold/live/memory;
//          default all; card = the minimal card, timer = the minimal second timer of issue 19)
//          --no-peers (skip the peer libraries: Lit, Shoelace, Web Awesome, relative-time)
//          --lh-runs=N (Lighthouse runs, median reported; default 3)
//          --profile=film-1000|film-1|related-200|countdown-500|card-1000|card-1|timer-1000
//          (CPU profile of an unminified build instead of the suite; prints the top functions)
//          --profile=heap|heap-card|heap-timer (heap snapshots of 1000 rich cards, minimal
//          cards or minimal timers vs none, by constructor)
//          --profile=live-timer|live-countdown (CPU profile of 5 s of ticking, 500 on screen,
//          the main thread's script/style/layout split and a trace's paint/layout per second)
// Peers and Lighthouse 12.2.3 live in bench/peers (its own package.json and lockfile,
// never the root install): `npm ci --prefix bench/peers` runs on demand when missing.
// Output:  a table on stdout, bench/results/latest.md and latest.json (partial runs
//          write partial.md/json instead).
/* global bench, scrollTo -- page globals, inside page.evaluate() callbacks */
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release as osRelease, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { URLSearchParams, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import { createStaticServer, listen } from '../scripts/serve.mjs';
import { brotli, gzip } from '../scripts/compress.mjs';
import {
  CLS_TAGS,
  KINDS,
  LEAK_DATA,
  clsDemoPage,
  clsPage,
  leakPage,
  renderPage,
  ssrArticle,
  ssrPage,
  tagOf,
} from './lib/pages.mjs';
import { lighthouseSuite } from './lib/lighthouse.mjs';
import { CATEGORIES, mainThreadTime } from './lib/trace.mjs';
import { fmt, ratio, summary } from './lib/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// ---------------------------------------------------------------- options
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const quick = Boolean(args.quick);
const RUNS = Number(args.runs ?? (quick ? 2 : 5));
const LIVE_SECONDS = Number(args['live-seconds'] ?? (quick ? 3 : 10));
const CYCLES = Number(args.cycles ?? (quick ? 1000 : 10_000));
const SUITES = ['weight', 'cold', 'live', 'memory', 'cls', 'leaks', 'ssr', 'lighthouse'];
const only = args.only ? String(args.only).split(',') : SUITES;
const kinds = args.kinds ? String(args.kinds).split(',') : undefined;
const wantKind = (kind) => !kinds || kinds.includes(kind);
const LH_RUNS = Number(args['lh-runs'] ?? (quick ? 1 : 3));
const partial = quick || Boolean(args.only) || Boolean(args.kinds) || args.runs !== undefined;
const OUT = args.out ?? (partial ? 'partial' : 'latest');
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!existsSync('dist/reelkit.js')) {
  log('dist/reelkit.js is missing: run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(1);
}

// ---------------------------------------------------------------- server
const NOW = Date.now();
// reelkit/ssr in this process: the server half of the `ssr` suite.
const ssr = existsSync('dist/ssr.js') ? await import('../dist/ssr.js') : undefined;
const files = createStaticServer(ROOT);
const serveFile = files.listeners('request')[0];
const generated = new Map();
let devBundle;
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const q = Object.fromEntries(url.searchParams);
  let body;
  let type = 'text/html; charset=utf-8';
  if (url.pathname === '/gen/page')
    body = renderPage({ ...q, n: Number(q.n), spacer: Number(q.spacer ?? 0), now: NOW });
  else if (url.pathname === '/gen/leak') body = leakPage();
  else if (url.pathname === '/gen/ssr') body = ssrPage(q.variant, ssr.renderArticle, NOW);
  else if (url.pathname === '/gen/cls') body = q.tag === 'demo' ? clsDemoPage() : clsPage(q.tag, NOW);
  else if (url.pathname === '/gen/reelkit.dev.js' && devBundle) [body, type] = [devBundle, 'text/javascript'];
  else if (url.pathname.startsWith('/gen/peer/') && peerBundles.has(url.pathname.slice(10, -3)))
    [body, type] = [peerBundles.get(url.pathname.slice(10, -3)), 'text/javascript'];
  else return serveFile(req, res);
  const key = url.href;
  if (!generated.has(key)) generated.set(key, Buffer.from(body));
  const buf = generated.get(key);
  res.writeHead(200, { 'content-type': type, 'content-length': buf.length, 'cache-control': 'no-store' });
  res.end(buf);
});
const port = await listen(server, 0);
const origin = `http://127.0.0.1:${port}`;
const pageUrl = (kind, n, variant, extra = {}) =>
  `${origin}/gen/page?${new URLSearchParams({ kind, n: String(n), variant, ...extra })}`;

// ---------------------------------------------------------------- browser
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
  protocolTimeout: 300_000,
});
const chromium = (await browser.version()).replace(/^HeadlessChrome\//, 'Chromium ');

/** A fresh browser context (empty cache, own renderer) with one page; closed after `fn`. */
async function withPage(fn, viewport = { width: 1280, height: 800 }) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  page.setDefaultTimeout(120_000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warn') && !m.text().startsWith('Failed to load resource'))
      problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.setViewport(viewport);
  try {
    return await fn(page, ctx, problems);
  } finally {
    await ctx.close();
  }
}

const notes = [];
const note = (s) => {
  if (!notes.includes(s)) notes.push(s);
};

// ---------------------------------------------------------------- peers (bench/peers)
const PEERS = resolve('bench/peers');
/** Minified ES module bundles of the peer libraries, by `${kind}-${variant}`. */
const peerBundles = new Map();

/** bench/peers/node_modules, installed from its lockfile when missing; false when that fails. */
function ensurePeers() {
  if (existsSync(`${PEERS}/node_modules/.package-lock.json`)) return true;
  log('bench/peers: npm ci (peer libraries and Lighthouse; bench only, not the root install)');
  try {
    execFileSync('npm', ['ci', '--prefix', PEERS, '--no-audit', '--no-fund'], { stdio: ['ignore', 2, 2] });
    return true;
  } catch (e) {
    note(`bench/peers could not be installed (${e.message.split('\n')[0]}): peers and Lighthouse skipped.`);
    return false;
  }
}

/** Bundles every peer of the minimal workloads; a peer that does not build is skipped, with a note. */
async function buildPeers() {
  if (args['no-peers'] || !ensurePeers()) return;
  for (const [kind, k] of Object.entries(KINDS)) {
    for (const [variant, peer] of Object.entries(k.peers ?? {})) {
      try {
        const out = await build({
          stdin: { contents: `import ${JSON.stringify(peer.entry)};`, resolveDir: PEERS, loader: 'js' },
          bundle: true,
          format: 'esm',
          target: 'es2022',
          minify: true,
          write: false,
          nodePaths: [`${PEERS}/node_modules`, resolve('node_modules')],
          logLevel: 'silent',
        });
        peerBundles.set(`${kind}-${variant}`, Buffer.from(out.outputFiles[0].contents));
      } catch (e) {
        note(`peer ${peer.label}: skipped, it does not bundle (${e.errors?.[0]?.text ?? e.message}).`);
      }
    }
  }
}

/** reelkit, vanilla, then the peers of `kind` that bundled. */
const variantsOf = (kind) => [
  'reelkit',
  'vanilla',
  ...Object.keys(KINDS[kind].peers ?? {}).filter((v) => peerBundles.has(`${kind}-${v}`)),
];
const labelOf = (kind, variant) => KINDS[kind].peers?.[variant]?.label ?? tagOf(kind, variant);

// ---------------------------------------------------------------- profile mode
/** Self size by node type and constructor name in a V8 heap snapshot of `page`. */
async function heapByConstructor(page) {
  const cdp = await page.createCDPSession();
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snap = JSON.parse(chunks.join(''));
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((x) => f.indexOf(x));
  const sums = new Map();
  for (let i = 0; i < snap.nodes.length; i += f.length) {
    const key = `${types[snap.nodes[i + ti]]}: ${String(snap.strings[snap.nodes[i + ni]]).slice(0, 60)}`;
    const cur = sums.get(key) ?? { size: 0, count: 0 };
    cur.size += snap.nodes[i + si];
    cur.count++;
    sums.set(key, cur);
  }
  return sums;
}

/** An unminified bundle of src/index.ts for the profile modes, served as /gen/reelkit.dev.js. */
async function buildDevBundle(conditions = []) {
  const out = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    write: false,
    minify: false,
    conditions,
  });
  devBundle = Buffer.from(out.outputFiles[0].contents);
}

if (String(args.profile).startsWith('heap')) {
  await buildDevBundle(['development']); // Lit's readable build: ChildPart, TemplateInstance…
  const n = 1000;
  const heapKind = String(args.profile).split('-')[1] ?? 'film';
  for (const variant of ['reelkit', 'vanilla']) {
    const at = [];
    for (const count of [0, n]) {
      at.push(
        await withPage(async (page) => {
          await page.goto(pageUrl(heapKind, count, variant, { dev: '1' }), { waitUntil: 'domcontentloaded' });
          await page.evaluate(() => bench.done);
          return heapByConstructor(page);
        }),
      );
    }
    const diff = [...at[1]]
      .map(([k, v]) => [k, v.size - (at[0].get(k)?.size ?? 0), v.count - (at[0].get(k)?.count ?? 0)])
      .sort((a, b) => b[1] - a[1]);
    for (const [label, rows] of [
      ['JS (V8) objects', diff.filter(([k]) => !k.startsWith('native:'))],
      ['Blink (native) objects', diff.filter(([k]) => k.startsWith('native:'))],
    ]) {
      const total = rows.reduce((t, [, size]) => t + size, 0);
      console.log(
        `\n${variant} ${heapKind}, ${label}: ${fmt(total / n, 0)} B per element (heap snapshot self sizes, 1000 minus 0)`,
      );
      for (const [k, size, count] of rows.slice(0, 25))
        console.log(`  ${fmt(size / n, 1).padStart(8)} B/el  ${fmt(count / n, 1).padStart(6)} objects/el  ${k}`);
    }
  }
  await browser.close();
  server.close();
  process.exit(0);
}

/** Self and inclusive time by function of a V8 CPU profile, added into `self`/`incl` (ms, divided by `share`). */
function addProfile(profile, self, incl, share) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const name = (id) => {
    const f = byId.get(id).callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop().split('?')[0]}:${f.lineNumber + 1}`;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000 / share;
    self.set(name(id), (self.get(name(id)) ?? 0) + ms);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const k = name(x);
      if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + ms);
      seen.add(k);
    }
  });
}

const topOf = (m) =>
  [...m]
    .filter(([k]) => !/^\((idle|root|program)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);

/** Prints a profile's top functions: self and inclusive time. */
function printProfile(title, self, incl) {
  console.log(`\n${title}`);
  console.log('  self time:');
  for (const [k, ms] of topOf(self)) console.log(`  ${fmt(ms, 2).padStart(9)} ms  ${k}`);
  console.log('  inclusive time:');
  for (const [k, ms] of topOf(incl)) console.log(`  ${fmt(ms, 2).padStart(9)} ms  ${k}`);
}

// --profile=live-timer (or live-countdown): what a second of ticking costs, 500 elements
// on screen: a CPU profile of 5 s after they settled, and Chromium's own split of the
// main thread (script, style, layout) over the same seconds, per second.
if (String(args.profile).startsWith('live')) {
  await buildDevBundle();
  const kind = String(args.profile).split('-')[1] ?? 'timer';
  const seconds = 5;
  for (const variant of ['reelkit', 'vanilla']) {
    const self = new Map();
    const incl = new Map();
    const split = await withPage(async (page) => {
      await page.goto(pageUrl(kind, 500, variant, { dev: '1' }), { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => bench.done);
      const bottom = await page.evaluate(() => document.getElementById('grid').getBoundingClientRect().bottom);
      await page.setViewport({ width: 1280, height: Math.min(Math.ceil(bottom) + 16, 20_000) });
      await sleep(1500);
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      const before = await metrics(cdp);
      await cdp.send('Profiler.start');
      await sleep(seconds * 1000);
      const { profile } = await cdp.send('Profiler.stop');
      const after = await metrics(cdp);
      addProfile(profile, self, incl, seconds);
      const per = (k) => ((after[k] - before[k]) / (after.Timestamp - before.Timestamp)) * 1000;
      // What the rest of the main thread is: a 3 s trace, event time by name (ms per second).
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await sleep(3000);
      const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
      const main = events.find(
        (e) =>
          e.name === 'thread_name' &&
          e.args?.name === 'CrRendererMain' &&
          events.some((x) => x.pid === e.pid && x.name === 'Layout'),
      );
      const byName = new Map();
      for (const e of events)
        if (e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur)
          byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000 / 3);
      const traced = [...byName]
        .filter(([k]) => !/^(RunTask|ThreadControllerImpl|TimerFire|FunctionCall|v8)/.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, ms]) => `${k} ${fmt(ms, 1)}`)
        .join(', ');
      return `${['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']
        .map((k) => `${k.replace('Duration', '')} ${fmt(per(k), 1)} ms/s`)
        .join(', ')}\n  trace, ms/s: ${traced}`;
    });
    printProfile(`${variant} ${kind} x500 on screen, per second of ticking: ${split}`, self, incl);
  }
  await browser.close();
  server.close();
  process.exit(0);
}

if (args.profile) {
  const [kind, n] = String(args.profile).split('-');
  if (!KINDS[kind]) throw new Error(`--profile=<${Object.keys(KINDS).join('|')}>-<n> or --profile=heap[-<kind>]`);
  // Unminified, with Lit's production build (its dev build adds checks that skew times).
  await buildDevBundle();
  const loads = Number(n) <= 10 ? 6 : 2; // the first is a warm-up
  for (const variant of ['reelkit', 'vanilla']) {
    const self = new Map();
    const incl = new Map();
    let rendered = [];
    for (let load = 0; load < loads; load++) {
      await withPage(async (page) => {
        const cdp = await page.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        await page.goto(pageUrl(kind, n, variant, { dev: '1' }), { waitUntil: 'domcontentloaded' });
        const res = await page.evaluate(() => bench.done);
        const { profile } = await cdp.send('Profiler.stop');
        if (load === 0) return;
        rendered.push(res.rendered);
        addProfile(profile, self, incl, loads - 1);
      });
    }
    printProfile(
      `${variant} ${kind} x${n}: mean of ${loads - 1} loads, rendered at ${fmt(summary(rendered).median)} ms (median)`,
      self,
      incl,
    );
  }
  await browser.close();
  server.close();
  process.exit(0);
}

const results = { version: 1, suites: {}, notes };

// ---------------------------------------------------------------- weight
function weight() {
  const stale =
    !existsSync('dist/size.json') || statSync('dist/size.json').mtimeMs < statSync('dist/reelkit.js').mtimeMs;
  if (stale) execFileSync(process.execPath, ['scripts/size.mjs'], { stdio: 'ignore' });
  const size = JSON.parse(readFileSync('dist/size.json', 'utf8'));
  const baselines = Object.values(KINDS).map(({ baseline }) => {
    const buf = Buffer.concat([readFileSync(`bench/baselines/${baseline}`), readFileSync('bench/baselines/dom.js')]);
    return { file: `bench/baselines/${baseline} + dom.js`, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
  });
  return { ...size, baselines };
}

// ---------------------------------------------------------------- cold render
const COLD = [
  ['film', 1],
  ['film', 1000],
  ['related', 200],
  ['countdown', 500],
  ['offers', 100],
  ['card', 1],
  ['card', 1000],
  ['timer', 1000],
];

async function coldOnce(kind, n, variant) {
  return withPage(async (page, _ctx, problems) => {
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(pageUrl(kind, n, variant), { waitUntil: 'domcontentloaded' });
    const res = await page.evaluate(() => bench.done);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
    const t = mainThreadTime(trace, { rendered: res.rendered, painted: res.painted });
    return { ...res, t, problems };
  });
}

async function cold() {
  const raw = {};
  // Runs per scenario: twice as many for pages that take under 3 s (their ratios are
  // the noisiest: the 1000-card vanilla page's JS time ranged 190-330 ms over 5 runs),
  // 3 for pages that take over 8 s (to keep the suite short).
  const limit = {};
  for (let run = 0; run <= RUNS * 2; run++) {
    for (const [kind, n] of COLD) {
      const key = `${kind}-${n}`;
      if (!wantKind(kind) || run > (limit[key] ?? RUNS)) continue;
      for (const variant of variantsOf(kind)) {
        const r = await coldOnce(kind, n, variant);
        if (r.ok !== (kind === 'related' || kind === 'offers' ? 1 : n))
          note(`${tagOf(kind, variant)} x${n}: only ${r.ok} of ${r.count} rendered content.`);
        for (const p of r.problems.slice(0, 3)) note(`${tagOf(kind, variant)} x${n}: ${p}`);
        if (run === 0) {
          const slow = r.t.painted.at > 8000;
          const want = slow ? Math.min(3, RUNS) : r.t.painted.at < 3000 ? RUNS * 2 : RUNS;
          limit[key] = Math.min(limit[key] ?? Infinity, want);
          if (slow && want < RUNS)
            note(
              `${key}: one ${variant} page took ${fmt(r.t.painted.at / 1000)} s, so this page ran ${want} times instead of ${RUNS}.`,
            );
          continue; // warm-up
        }
        ((raw[key] ??= {})[variant] ??= []).push({
          at: r.t.rendered.at,
          busy: r.t.rendered.busy,
          script: r.t.rendered.script,
          cpu: r.t.rendered.scriptCpu,
          style: r.t.painted.style,
          layout: r.t.painted.layout,
          parse: r.t.rendered.parse,
          busyPaint: r.t.painted.busy,
          ok: r.ok,
          sample: r.sample,
        });
      }
    }
    log(`cold render: run ${run}${run === 0 ? ' (warm-up)' : ''}`);
    if (run >= Math.max(...Object.values(limit))) break;
  }
  const out = {};
  for (const [key, v] of Object.entries(raw)) {
    const s = (variant, f) => summary(v[variant].map((x) => x[f]));
    const fields = ['script', 'cpu', 'busy', 'at', 'busyPaint', 'style', 'layout', 'parse'];
    const row = { runs: v };
    for (const variant of Object.keys(v)) row[variant] = Object.fromEntries(fields.map((f) => [f, s(variant, f)]));
    row.ratio = Object.fromEntries(fields.map((f) => [f, ratio(row.reelkit[f].median, row.vanilla[f].median)]));
    row.rendered = v.reelkit.every((x) => x.ok > 0);
    row.sample = Object.fromEntries(Object.entries(v).map(([variant, list]) => [variant, list[0]?.sample]));
    // Peers (minimal workloads): each one's ratios to the same hand-written baseline.
    const kind = key.split('-')[0];
    const peers = Object.keys(v).filter((x) => x !== 'reelkit' && x !== 'vanilla');
    if (peers.length)
      row.peers = Object.fromEntries(
        peers.map((p) => [
          p,
          {
            label: labelOf(kind, p),
            rendered: v[p].every((x) => x.ok > 0),
            ratio: Object.fromEntries(fields.map((f) => [f, ratio(row[p][f].median, row.vanilla[f].median)])),
          },
        ]),
      );
    out[key] = row;
  }
  return out;
}

// ---------------------------------------------------------------- live cost
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function sampleLive(page, cdp, tag, state, seconds) {
  await sleep(1500); // settle: observers report, the first ticks after the change run
  const before = await page.evaluate((t) => bench.texts(t), tag);
  await page.evaluate((t) => bench.watchMutations(t), tag);
  const samples = [];
  let prev = await metrics(cdp);
  for (let i = 0; i < seconds; i++) {
    await sleep(1000);
    const m = await metrics(cdp);
    const mut = await page.evaluate(() => bench.takeMutations());
    const dt = m.Timestamp - prev.Timestamp;
    samples.push({
      busy: ((m.TaskDuration - prev.TaskDuration) / dt) * 1000,
      script: ((m.ScriptDuration - prev.ScriptDuration) / dt) * 1000,
      render: ((m.LayoutDuration - prev.LayoutDuration + m.RecalcStyleDuration - prev.RecalcStyleDuration) / dt) * 1000,
      mutations: mut / dt,
    });
    prev = m;
  }
  await page.evaluate(() => bench.stopMutations());
  const after = await page.evaluate((t) => bench.texts(t), tag);
  const changed = after.filter((t, i) => t !== before[i]).length;
  const visibility = await page.evaluate(() => document.visibilityState);
  const s = (f) => summary(samples.map((x) => x[f]));
  return {
    state,
    visibility,
    changed,
    busy: s('busy'),
    script: s('script'),
    render: s('render'),
    mutations: s('mutations'),
    seconds: samples,
  };
}

const LIVE_STATES = ['onscreen', 'offscreen', 'hidden'];

async function liveOnce(variant, n, height, seconds = LIVE_SECONDS, kind = 'countdown', states = LIVE_STATES) {
  const tag = tagOf(kind, variant);
  return withPage(async (page, ctx, problems) => {
    await page.goto(pageUrl(kind, n, variant, { spacer: '8000' }), { waitUntil: 'domcontentloaded' });
    const res = await page.evaluate(() => bench.done);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const gridBottom = await page.evaluate(() =>
      Math.ceil(document.getElementById('grid').getBoundingClientRect().bottom),
    );
    const tall = { width: 1280, height: height ?? Math.min(gridBottom + 16, 20_000) };
    const out = { rendered: res.ok, problems, height: tall.height, fits: gridBottom + 16 <= tall.height };

    // On screen: the viewport is made tall enough to show all of them at once.
    await page.setViewport(tall);
    await page.evaluate(() => scrollTo(0, 0));
    out.onscreen = await sampleLive(page, cdp, tag, 'on screen', seconds);
    if (!states.includes('offscreen')) return out;

    // Off screen: normal viewport, scrolled to the bottom of the spacer below them.
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const offBottom = await page.evaluate(() => document.getElementById('grid').getBoundingClientRect().bottom);
    if (offBottom >= 0) throw new Error('off-screen state: the countdowns are still in the viewport');
    out.offscreen = await sampleLive(page, cdp, tag, 'off screen', seconds);

    // Hidden: back on screen, then another tab is brought to the front.
    await page.setViewport(tall);
    await page.evaluate(() => scrollTo(0, 0));
    const other = await ctx.newPage();
    await other.bringToFront();
    const vis = await page.evaluate(() => document.visibilityState);
    if (vis !== 'hidden') throw new Error(`hidden state: document.visibilityState is "${vis}"`);
    out.hidden = await sampleLive(page, cdp, tag, 'hidden', seconds);
    await other.close();
    return out;
  });
}

/**
 * The minimal timers of issue 19: 500 second-precision timers on screen (reelkit,
 * the shared-interval baseline, peers), with the harness floor of the same page
 * without timers subtracted.
 */
async function liveTimers() {
  const out = {};
  let height;
  for (const variant of variantsOf('timer')) {
    log(`live cost: 500 minimal timers, ${variant} (${LIVE_SECONDS} s on screen)`);
    const r = await liveOnce(variant, 500, height, LIVE_SECONDS, 'timer', ['onscreen']);
    height ??= r.height; // every variant in the reelkit page's viewport
    out[variant] = { label: labelOf('timer', variant), ...r };
    if (r.rendered !== 500) note(`live: ${tagOf('timer', variant)} rendered ${r.rendered} of 500.`);
    if (!r.fits)
      note(`live: the on-screen viewport (${r.height} px) does not hold all 500 ${tagOf('timer', variant)}.`);
    for (const p of r.problems.slice(0, 3)) note(`live ${tagOf('timer', variant)}: ${p}`);
  }
  out.floor = await liveOnce('vanilla', 0, height, Math.ceil(LIVE_SECONDS / 2), 'timer', ['onscreen']);
  for (const variant of variantsOf('timer')) {
    out[variant].onscreen.net = Math.max(0, out[variant].onscreen.busy.median - out.floor.onscreen.busy.median);
    out[variant].onscreen.renderNet = Math.max(
      0,
      out[variant].onscreen.render.median - out.floor.onscreen.render.median,
    );
  }
  return out;
}

async function live() {
  const out = {};
  if (wantKind('timer')) out.timer = await liveTimers();
  if (!wantKind('countdown')) return out;
  for (const variant of ['reelkit', 'vanilla']) {
    log(`live cost: ${variant} (3 × ${LIVE_SECONDS} s)`);
    out[variant] = await liveOnce(variant, 500, out.reelkit?.height);
    if (out[variant].rendered !== 500)
      note(`live: ${KINDS.countdown[variant]} rendered ${out[variant].rendered} of 500.`);
    if (!out[variant].fits)
      note(
        `live: the on-screen viewport (${out[variant].height} px) does not hold all 500 ${KINDS.countdown[variant]}.`,
      );
    for (const p of out[variant].problems.slice(0, 3)) note(`live ${KINDS.countdown[variant]}: ${p}`);
  }
  // The harness's own cost (a page with the bundle and no countdowns, same viewports and
  // the same per-second CDP calls): subtracted to give each widget's net cost.
  const floorSeconds = Math.ceil(LIVE_SECONDS / 2); // it barely varies
  log(`live cost: floor (3 × ${floorSeconds} s)`);
  out.floor = await liveOnce('reelkit', 0, out.reelkit.height, floorSeconds);
  for (const state of ['onscreen', 'offscreen', 'hidden']) {
    for (const variant of ['reelkit', 'vanilla']) {
      out[variant][state].net = Math.max(0, out[variant][state].busy.median - out.floor[state].busy.median);
    }
  }
  return out;
}

// ---------------------------------------------------------------- memory
async function heap(page) {
  const cdp = await page.createCDPSession();
  await sleep(300);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const m = await metrics(cdp);
  return { js: h.usedSize, embedder: h.embedderHeapUsedSize ?? NaN, nodes: m.Nodes };
}

async function memory() {
  const out = {};
  for (const kind of ['film', 'card', 'timer']) {
    if (wantKind(kind)) out[kind] = await memoryOf(kind);
  }
  // The rich card's figures stay at the top level (earlier results have that shape).
  return { ...out.film, card: out.card, timer: out.timer };
}

async function memoryOf(kind) {
  const variants = variantsOf(kind);
  const runs = Object.fromEntries(variants.map((v) => [v, []]));
  // Heap after forced GC barely varies (±0.1 %), so two runs, no warm-up.
  for (let run = 1; run <= 2; run++) {
    for (const variant of variants) {
      const at = {};
      for (const n of [0, 1000]) {
        at[n] = await withPage(async (page) => {
          await page.goto(pageUrl(kind, n, variant), { waitUntil: 'domcontentloaded' });
          await page.evaluate(() => bench.done);
          return heap(page);
        });
      }
      runs[variant].push({
        js: (at[1000].js - at[0].js) / 1000,
        embedder: (at[1000].embedder - at[0].embedder) / 1000,
        nodes: (at[1000].nodes - at[0].nodes) / 1000,
      });
    }
    log(`memory: ${kind}, run ${run}`);
  }
  const s = (v, f) => summary(runs[v].map((x) => x[f]));
  const out = { runs };
  for (const v of variants)
    out[v] = { label: labelOf(kind, v), js: s(v, 'js'), embedder: s(v, 'embedder'), nodes: s(v, 'nodes') };
  return out;
}

// ---------------------------------------------------------------- layout shift
async function cls() {
  const out = {};
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  for (const tag of [...CLS_TAGS, ...(clsDemoPage() ? ['demo'] : [])]) {
    const values = [];
    let last;
    for (let run = 0; run < runs; run++) {
      last = await withPage(async (page, _ctx, problems) => {
        await page.goto(`${origin}/gen/cls?tag=${tag}`, { waitUntil: 'domcontentloaded' });
        const res = await page.evaluate(() => bench.done);
        await sleep(1500); // images, resize observers, late re-renders
        await page.evaluate(() => bench.nextFrame());
        return { ...(await page.evaluate(() => bench.cls())), ok: res.ok, count: res.count, problems };
      });
      values.push(last.cls);
    }
    out[tag] = { cls: summary(values), values, rendered: last.ok > 0 && last.ok === last.count, shifts: last.shifts };
    for (const p of last.problems.slice(0, 3)) note(`CLS <${tag}>: ${p}`);
  }
  log('layout shift: done');
  return out;
}

// ---------------------------------------------------------------- leaks
async function leaks() {
  return withPage(async (page, _ctx, problems) => {
    await page.goto(`${origin}/gen/leak`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => bench.done);
    const cdp = await page.createCDPSession();
    const usage = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const out = {};
    for (const [tag, data] of Object.entries(LEAK_DATA)) {
      const warm = Math.min(1000, CYCLES / 10);
      const first = await page.evaluate((t, d, n) => bench.cycles(t, d, n), tag, data, warm);
      await sleep(100);
      const h0 = await usage();
      const started = Date.now();
      await page.evaluate((t, d, n) => bench.cycles(t, d, n), tag, data, CYCLES);
      const ms = Date.now() - started;
      await sleep(1100); // anything scheduled "in a second" has had its chance to run
      const h1 = await usage();
      const timers = await page.evaluate(() => bench.timers());
      // Tickers and observers only start once an element is on screen: 20 of them stay
      // connected for 1.2 s, then are removed; no timer may outlive them.
      const batch = await page.evaluate((t, d) => bench.liveBatch(t, d, 20, 1200), tag, data);
      out[tag] = {
        batch,
        rendered: first.rendered,
        cycles: CYCLES,
        ms,
        heapBefore: h0,
        heapAfter: h1,
        growth: h1 - h0,
        perCycle: (h1 - h0) / CYCLES,
        timers,
      };
      log(`leaks: <${tag}> ${CYCLES} cycles in ${ms} ms`);
    }
    for (const p of problems.slice(0, 3)) note(`leaks: ${p}`);
    return out;
  });
}

// ---------------------------------------------------------------- server rendering
// Reference articles rendered per second on one core (this process's CPU time, so other
// load on the machine does not count), and the browser's script time to hydrate the
// server-rendered article against rendering the same article itself.
async function ssrSuite() {
  if (!ssr) throw new Error('dist/ssr.js is missing: run `npm run build`');
  const article = ssrArticle(NOW);
  const perSecond = [];
  for (let run = 0; run <= RUNS; run++) {
    const n = quick ? 50 : 200;
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) ssr.renderArticle(article, { lang: 'en' });
    const { user, system } = process.cpuUsage(before);
    if (run > 0) perSecond.push(n / ((user + system) / 1e6)); // run 0 warms the JIT up
  }
  const bytes = Buffer.byteLength(ssr.renderArticle(article, { lang: 'en' }));
  const raw = { hydrate: [], client: [] };
  for (let run = 0; run <= RUNS; run++) {
    for (const variant of ['hydrate', 'client']) {
      const r = await withPage(async (page, _ctx, problems) => {
        await page.tracing.start({ categories: CATEGORIES });
        await page.goto(`${origin}/gen/ssr?variant=${variant}`, { waitUntil: 'domcontentloaded' });
        const res = await page.evaluate(() => bench.done);
        const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
        return { ...res, t: mainThreadTime(trace, { rendered: res.rendered, painted: res.painted }), problems };
      });
      for (const p of r.problems.slice(0, 3)) note(`ssr ${variant}: ${p}`);
      if (r.ok !== 5) note(`ssr ${variant}: only ${r.ok} of 5 elements rendered content.`);
      if (run > 0)
        raw[variant].push({ cpu: r.t.rendered.scriptCpu, script: r.t.rendered.script, busy: r.t.painted.busy });
    }
    log(`ssr: run ${run}${run === 0 ? ' (warm-up)' : ''}`);
  }
  const s = (variant, f) => summary(raw[variant].map((x) => x[f]));
  const row = (variant) => ({ cpu: s(variant, 'cpu'), script: s(variant, 'script'), busy: s(variant, 'busy') });
  const hydrate = row('hydrate');
  const client = row('client');
  return {
    rendersPerSecond: summary(perSecond),
    htmlBytes: bytes,
    hydrate,
    client,
    ratio: {
      cpu: ratio(hydrate.cpu.median, client.cpu.median),
      script: ratio(hydrate.script.median, client.script.median),
    },
  };
}

// ---------------------------------------------------------------- run
const started = Date.now();
const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${osRelease()}`,
  node: process.version,
  browser: chromium,
  loadBefore: loadavg().map((x) => Number(x.toFixed(2))),
};
log(`bench: ${machine.browser}, ${machine.cpu} × ${machine.cores}, load ${machine.loadBefore.join(' ')}, ${RUNS} runs`);
const lighthouse = () =>
  ensurePeers()
    ? lighthouseSuite({ root: ROOT, peers: PEERS, runs: LH_RUNS, log, note, withPage, categories: CATEGORIES })
    : { error: 'no bench/peers' };
const suites = { weight, cold, live, memory, cls, leaks, ssr: ssrSuite, lighthouse };
if (['cold', 'live', 'memory'].some((x) => only.includes(x))) await buildPeers();
for (const name of SUITES) {
  if (!only.includes(name)) continue;
  try {
    results.suites[name] = await suites[name]();
  } catch (e) {
    results.suites[name] = { error: e.message };
    log(`${name}: FAILED ${e.stack}`);
  }
}
machine.loadAfter = loadavg().map((x) => Number(x.toFixed(2)));
machine.seconds = Math.round((Date.now() - started) / 1000);
results.machine = machine;
results.options = {
  runs: RUNS,
  liveSeconds: LIVE_SECONDS,
  cycles: CYCLES,
  lighthouseRuns: LH_RUNS,
  only,
  kinds: kinds ?? 'all',
  date: new Date(started).toISOString(),
};
await browser.close();
server.close();

// ---------------------------------------------------------------- report
const { renderReport } = await import('./lib/report.mjs');
const md = renderReport(results);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${OUT}.md`, md);
writeFileSync(`bench/results/${OUT}.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(md);
log(`written: bench/results/${OUT}.md, bench/results/${OUT}.json (${machine.seconds} s)`);
