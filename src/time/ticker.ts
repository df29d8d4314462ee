/**
 * ONE shared clock for every time widget on the page.
 *
 * Subscribers say how often their text can change ('second' or 'minute'); the ticker
 * runs a single setTimeout aligned to the next wall-clock boundary of the finest
 * cadence anyone needs, calls every subscriber due at that boundary, and sleeps when
 * nobody listens or the page is hidden. When the page becomes visible again every
 * subscriber is called at once, so countdowns catch up without waiting a tick.
 *
 * Hour- and day-precision widgets subscribe at 'minute': a zone like Asia/Kolkata
 * (+05:30) puts local midnight at :30 UTC, so hour boundaries of a countdown are not
 * UTC hour boundaries. Elements re-render only when their text changes, so a minute
 * cadence costs one comparison per widget per minute.
 */
export type Cadence = 'second' | 'minute';

/**
 * A subscriber: an object with a `tick` method (a widget's controller), not a callback,
 * so a thousand countdowns hold no closure and no subscription record each.
 */
export interface Ticking {
  tick(nowMs: number): void;
}

const STEP: Record<Cadence, number> = { second: 1000, minute: 60_000 };

const subscribers = new Map<Ticking, Cadence>();
/** How many subscribers tick every second: the step is known without a pass over all. */
let seconds = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;
let lastMinute = -1;

const isHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

function onVisibility(): void {
  if (isHidden()) {
    stop();
  } else {
    fire(true);
  }
}

function stop(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

function schedule(): void {
  stop();
  if (subscribers.size === 0 || isHidden()) return;
  const step = seconds ? STEP.second : STEP.minute;
  // +1 ms: land just after the boundary, never on the last millisecond before it.
  timer = setTimeout(() => fire(false), step - (Date.now() % step) + 1);
}

function fire(all: boolean): void {
  timer = undefined;
  const now = Date.now();
  // Compare minute numbers rather than "are we near :00": a throttled timer that
  // fires late still delivers the minute tick.
  const minute = Math.floor(now / STEP.minute);
  const onMinute = minute !== lastMinute;
  lastMinute = minute;
  // A snapshot of the subscribers (a tick may unsubscribe); each one's cadence read as it is called.
  for (const s of [...subscribers.keys()]) {
    if (all || onMinute || subscribers.get(s) === 'second') s.tick(now);
  }
  schedule();
}

/** Starts calling `who.tick` on every `cadence` boundary (again: changes its cadence). */
export function subscribe(cadence: Cadence, who: Ticking): void {
  const before = subscribers.get(who);
  if (before === cadence) return;
  if (before === 'second') seconds--;
  if (cadence === 'second') seconds++;
  subscribers.set(who, cadence);
  if (!listening && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibility);
    listening = true;
  }
  // Only a change of step needs a new timer: the thousandth countdown of a page adds none.
  if (timer === undefined || (cadence === 'second' && seconds === 1)) schedule();
}

/** Stops calling `who`; the last one out stops the clock. */
export function unsubscribe(who: Ticking): void {
  const cadence = subscribers.get(who);
  if (!cadence) return;
  subscribers.delete(who);
  if (cadence === 'second') seconds--;
  if (subscribers.size === 0) {
    stop();
    if (listening) document.removeEventListener('visibilitychange', onVisibility);
    listening = false;
  }
  // Seconds no longer needed: the minute step is enough (one pending tick at most is wasted otherwise).
  else if (cadence === 'second' && !seconds) schedule();
}

/** For tests and leak checks: how many subscribers, and whether a timer is pending. */
export function tickerState(): { subscribers: number; running: boolean } {
  return { subscribers: subscribers.size, running: timer !== undefined };
}
