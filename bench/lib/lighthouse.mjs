// The `lighthouse` suite: Lighthouse 12.2.3 (from bench/peers, never the root install)
// on the demo page as `npm start` serves it, but with brotli/gzip responses like a CDN,
// in its default configuration (mobile form factor, simulated slow 4G and 4× CPU), on
// the Debian Chromium; then the long tasks of the same page in a real run with the CPU
// throttled 4× over CDP (PerformanceObserver 'longtask' plus a trace to say what each
// task was).
/* global PerformanceObserver -- page globals, inside evaluateOnNewDocument */
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CHROME_ARGS, findChrome } from '../../scripts/browsers.mjs';
import { createStaticServer, listen } from '../../scripts/serve.mjs';
import { summary } from './stats.mjs';

export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  tbt: 'total-blocking-time',
  maxFid: 'max-potential-fid',
  cls: 'cumulative-layout-shift',
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  si: 'speed-index',
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One Lighthouse run of `url` in a fresh Chromium: the four scores, the metrics, what failed. */
async function lighthouseOnce(url, lighthouse, chromeLauncher) {
  const chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: CHROME_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: LH_CATEGORIES,
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue]));
    // Audits that cost points: in a category under 100, weighted, scored below 1.
    const failed = [];
    for (const c of LH_CATEGORIES) {
      for (const ref of lhr.categories[c].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1)
          failed.push({ category: c, id: a.id, title: a.title, score: a.score, display: a.displayValue ?? '' });
      }
    }
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const transfer = requests
      .filter((r) => /\/(dist|demo)\//.test(r.url))
      .map((r) => ({
        url: new URL(r.url).pathname,
        transfer: r.transferSize,
        resource: r.resourceSize,
      }));
    return {
      scores,
      metrics,
      failed,
      transfer,
      lighthouse: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    };
  } finally {
    await chrome.kill();
  }
}

/** What a trace event was, in words: the script URL, function or rendering step. */
function describe(e) {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  const file = (u) => (u ? new URL(u, 'http://x').pathname : '');
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.compile':
      return `${e.name} ${file(d.url ?? e.args?.fileName)}`;
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return `${e.name} ${file(e.args?.fileName ?? d.url)}`;
    case 'FunctionCall':
      return `FunctionCall ${d.functionName || '(anonymous)'} ${file(d.url)}:${(d.lineNumber ?? 0) + 1}`;
    case 'EventDispatch':
      return `EventDispatch ${d.type}`;
    case 'TimerFire':
      return 'TimerFire';
    default:
      return e.name;
  }
}

/** Trace events that say what a task did (the outermost of them inside a task is counted). */
const WORK = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MajorGC',
  'MinorGC',
  'Decode Image',
]);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The outermost of `events` (sorted by start): those not inside an earlier one. */
function outermost(events) {
  const out = [];
  let end = -Infinity;
  for (const e of events) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}

/**
 * The renderer main thread of the demo page in `events`, and its tasks over 50 ms,
 * each with what it spent its time on (the outermost script, parsing, style, layout
 * and paint events inside it, summed by what they were).
 */
function longTasksFromTrace(events) {
  const parse = events.find((e) => e.name === 'ParseHTML' && /\/demo\/$/.test(e.args?.beginData?.url ?? ''));
  if (!parse) return [];
  const own = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const origin = parse.ts;
  // Tasks from the start of the demo's own document on (not the unload of about:blank).
  const tasks = outermost(own.filter((e) => TASK.has(e.name))).filter((t) => t.dur > 50_000 && t.ts + t.dur > origin);
  return tasks.map((t) => {
    const inside = own.filter((e) => WORK.has(e.name) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
    const by = new Map();
    let covered = 0;
    for (const c of outermost(inside)) {
      by.set(describe(c), (by.get(describe(c)) ?? 0) + c.dur / 1000);
      covered += c.dur / 1000;
    }
    if (t.dur / 1000 - covered > 5) by.set('other', t.dur / 1000 - covered);
    return {
      at: Math.round((t.ts - origin) / 1000),
      ms: t.dur / 1000,
      parts: [...by]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([what, ms]) => ({ what, ms })),
    };
  });
}

/** Long tasks of the demo page on a mobile viewport with the CPU throttled 4× (real, not simulated). */
async function longTasksOnce(url, withPage, categories) {
  return withPage(
    async (page) => {
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluateOnNewDocument(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            window.__longTasks.push({ at: Math.round(e.startTime), ms: Math.round(e.duration) });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.tracing.start({ categories });
      await page.goto(url, { waitUntil: 'load' });
      await sleep(3000); // late renders, the first timer ticks, idle callbacks
      const observed = await page.evaluate(() => window.__longTasks);
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
      return { observed, traced: longTasksFromTrace(trace) };
    },
    { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  );
}

export async function lighthouseSuite({ root, peers, runs, log, note, withPage, categories }) {
  const require = createRequire(`${peers}/package.json`);
  const { default: lighthouse } = await import(pathToFileURL(require.resolve('lighthouse')).href);
  const chromeLauncher = await import(pathToFileURL(require.resolve('chrome-launcher')).href);
  const server = createStaticServer(root, { compress: true });
  const port = await listen(server, 0);
  const url = `http://127.0.0.1:${port}/demo/`;
  try {
    const lh = [];
    for (let run = 1; run <= runs; run++) {
      lh.push(await lighthouseOnce(url, lighthouse, chromeLauncher));
      const s = lh.at(-1).scores;
      log(`lighthouse: run ${run} of ${runs}: ${LH_CATEGORIES.map((c) => s[c]).join(' / ')}`);
    }
    const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, summary(lh.map((r) => r.scores[c]))]));
    const metrics = Object.fromEntries(Object.keys(METRICS).map((k) => [k, summary(lh.map((r) => r.metrics[k]))]));
    // What cost points in any run, once each, with the number of runs it failed in.
    const failed = new Map();
    for (const r of lh) for (const f of r.failed) failed.set(f.id, { ...f, runs: (failed.get(f.id)?.runs ?? 0) + 1 });
    const long = [];
    for (let run = 1; run <= runs; run++) {
      long.push(await longTasksOnce(url, withPage, categories));
      log(`long tasks (4× CPU): run ${run} of ${runs}: ${long.at(-1).observed.length}`);
    }
    const worst = long.reduce((a, b) => (b.observed.length > a.observed.length ? b : a));
    if (worst.observed.length !== worst.traced.length)
      note(
        `long tasks: the PerformanceObserver saw ${worst.observed.length}, the trace ${worst.traced.length} tasks over 50 ms (the trace also counts tasks before the observer existed).`,
      );
    return {
      url: '/demo/ (scripts/serve.mjs with compress: brotli/gzip by Accept-Encoding)',
      runs: lh,
      scores,
      metrics,
      failed: [...failed.values()],
      transfer: lh[0].transfer,
      lighthouse: lh[0].lighthouse,
      formFactor: lh[0].formFactor,
      throttling: lh[0].throttling,
      cpuSlowdown: lh[0].cpuSlowdown,
      benchmarkIndex: summary(lh.map((r) => r.benchmarkIndex)),
      longTasks: {
        perRun: long.map((r) => r.observed.length),
        observed: worst.observed,
        traced: worst.traced,
      },
    };
  } finally {
    server.close();
  }
}
