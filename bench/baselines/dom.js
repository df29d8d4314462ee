// Shared by the vanilla baselines: what a careful developer writes without a framework.
// Text only ever goes in through append(string) (text nodes), never through markup.

/** Element with attributes (null/undefined/false skipped) and children (strings become text). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v != null && v !== false) el.setAttribute(k, v);
  for (const c of children) if (c != null && c !== false) el.append(c);
  return el;
}

/** JSON from the `data` attribute, or undefined. */
export function readData(el) {
  try {
    return JSON.parse(el.getAttribute('data') ?? '');
  } catch {
    return undefined;
  }
}

/* global location, CSSStyleSheet */

/** http(s) or relative URLs only: a hand-written element still refuses javascript: links. */
export function safeUrl(url) {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'https:' || u.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function sheet(text) {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}

/** The same shared tokens every baseline reads (colour, radius, space), with fallbacks. */
export const base = sheet(`
:host { display: block; color-scheme: light dark; font-family: var(--reelkit-font, inherit);
  color: var(--reelkit-color-text, light-dark(#1b1b1f, #ededf0)); }
* { box-sizing: border-box; }
:focus-visible { outline: var(--reelkit-focus-ring, 2px solid light-dark(#0b57d0, #8ab4f8)); outline-offset: 2px; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`);

// The text is what Intl.DurationFormat (style long) gives, built the way its spec does
// it: unit-style NumberFormats joined by a unit ListFormat, created once. Not
// DurationFormat itself: in Chromium 156 one DurationFormat.format call takes ~0.4 ms
// against ~0.005 ms for this, so 500 countdowns calling it every second made the
// baseline, not the widget, the cost of the live suite (the text is identical).
const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];
let number; // the formatters, created on first use (the other baselines never pay for them)
let list;

/** "30 days, 4 hours, 5 minutes, 6 seconds": the countdown text of both countdown baselines. */
export function durationText(ms) {
  number ??= Object.fromEntries(
    UNITS.map(([unit]) => [unit, new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'long' })]),
  );
  list ??= new Intl.ListFormat(undefined, { type: 'unit', style: 'long' });
  let rest = Math.max(0, ms);
  const parts = [];
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n) parts.push(number[unit].format(n));
  }
  return list.format(parts.length ? parts : [number.second.format(0)]);
}
