// Main-thread time from a Chromium trace (CDP Tracing via puppeteer).
//
// Busy = the union of the renderer main thread's top-level tasks. Script = the union of
// script events (compile, evaluate, function calls, microtasks, GC) minus any style,
// layout or paint nested inside them (forced by a script, counted as rendering, as
// DevTools does); scriptCpu = the same on the thread's CPU clock. Both are clipped to [navigation, mark]. The thread is the one that
// emitted the `rendered` user-timing mark; navigation = mark.ts - mark.startTime.

export const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
];

const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPT = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.produceCache',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'V8.GC_MC_INCREMENTAL',
  'V8.GCScavenger',
  'V8.GCCompactor',
  'V8.GCIncrementalMarking',
  'V8.GCFinalizeMC',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set([
  'Paint',
  'PrePaint',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'PaintImage',
  'Decode Image',
]);
const PARSE = new Set(['ParseHTML']);
const RENDER = new Set([...STYLE, ...LAYOUT, ...PAINT]);

/** Sorted, merged [start, end] intervals. */
function union(list) {
  const sorted = list.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const clip = (list, from, to) => list.map(([a, b]) => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => b > a);
const total = (list) => list.reduce((s, [a, b]) => s + b - a, 0);

/** Total length of merged intervals `a` not covered by merged intervals `b`. */
function minus(a, b) {
  let sum = 0;
  let j = 0;
  for (const [s, e] of a) {
    let cur = s;
    while (j < b.length && b[j][1] <= cur) j++;
    for (let k = j; k < b.length && b[k][0] < e; k++) {
      if (b[k][0] > cur) sum += b[k][0] - cur;
      cur = Math.max(cur, b[k][1]);
      if (cur >= e) break;
    }
    if (cur < e) sum += e - cur;
  }
  return sum;
}

/**
 * `events`: trace events; `marks`: {name: performance.now() ms} of marks the page set
 * (must include `rendered`). Returns ms of busy / script / style / layout / paint / parse
 * on the page's main thread from navigation to each mark.
 */
export function mainThreadTime(events, marks) {
  const m = events.find((e) => e.name === 'rendered' && String(e.cat).includes('blink.user_timing'));
  if (!m) throw new Error('trace has no "rendered" mark');
  const origin = m.ts - marks.rendered * 1000;
  const pick = (names) =>
    union(
      events
        .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && names.has(e.name))
        .map((e) => [e.ts, e.ts + (e.dur ?? 0)]),
    );
  // The same on the thread's own CPU clock (tts/tdur): time the main thread really ran,
  // without the time it was preempted by other processes, which on a loaded 2-core
  // machine stretched the wall-clock figures by up to 30 %. Events that run past the
  // mark count in proportion.
  const pickCpu = (names, from, to) =>
    union(
      events
        .filter(
          (e) =>
            e.pid === m.pid &&
            e.tid === m.tid &&
            e.ph === 'X' &&
            names.has(e.name) &&
            e.tts !== undefined &&
            e.tdur !== undefined &&
            e.ts >= from &&
            e.ts < to,
        )
        .map((e) => {
          const dur = e.dur ?? 0;
          const share = dur > 0 ? Math.min(1, (to - e.ts) / dur) : 1;
          return [e.tts, e.tts + e.tdur * share];
        }),
    );
  const top = pick(TOP);
  const script = pick(SCRIPT);
  const render = pick(RENDER);
  const groups = { style: pick(STYLE), layout: pick(LAYOUT), paint: pick(PAINT), parse: pick(PARSE) };
  const out = {};
  for (const [name, at] of Object.entries(marks)) {
    const end = origin + at * 1000;
    const c = (list) => clip(list, origin, end);
    const row = {
      at,
      busy: total(c(top)) / 1000,
      script: minus(c(script), render) / 1000,
      scriptCpu: minus(pickCpu(SCRIPT, origin, end), pickCpu(RENDER, origin, end)) / 1000,
    };
    for (const [g, list] of Object.entries(groups)) row[g] = total(c(list)) / 1000;
    out[name] = row;
  }
  return out;
}
