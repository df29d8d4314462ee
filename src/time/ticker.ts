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
export type TickCallback = (nowMs: number) => void;

const STEP: Record<Cadence, number> = { second: 1000, minute: 60_000 };

interface Subscriber {
  cadence: Cadence;
  callback: TickCallback;
}

const subscribers = new Set<Subscriber>();
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
  let step = STEP.minute;
  for (const s of subscribers) step = Math.min(step, STEP[s.cadence]);
  const now = Date.now();
  // +1 ms: land just after the boundary, never on the last millisecond before it.
  timer = setTimeout(() => fire(false), step - (now % step) + 1);
}

function fire(all: boolean): void {
  timer = undefined;
  const now = Date.now();
  // Compare minute numbers rather than "are we near :00": a throttled timer that
  // fires late still delivers the minute tick.
  const minute = Math.floor(now / STEP.minute);
  const onMinute = minute !== lastMinute;
  lastMinute = minute;
  for (const s of [...subscribers]) {
    if (all || s.cadence === 'second' || onMinute) s.callback(now);
  }
  schedule();
}

/** Starts calling `callback` on every `cadence` boundary; returns the unsubscribe. */
export function subscribe(cadence: Cadence, callback: TickCallback): () => void {
  const sub: Subscriber = { cadence, callback };
  subscribers.add(sub);
  if (!listening && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibility);
    listening = true;
  }
  schedule();
  return () => {
    if (!subscribers.delete(sub)) return;
    if (subscribers.size === 0) {
      stop();
      if (listening) document.removeEventListener('visibilitychange', onVisibility);
      listening = false;
    } else {
      schedule();
    }
  };
}

/** For tests and leak checks: how many subscribers, and whether a timer is pending. */
export function tickerState(): { subscribers: number; running: boolean } {
  return { subscribers: subscribers.size, running: timer !== undefined };
}
