/** Splitting and wording spans of time, in the element's language. */
import { NO_GROUPING, dateTimeFormat, listFormat, numberFormat, relativeTimeFormat } from './intl.js';
import { DAY_MS, parseIsoDuration, toEpochMs, type When } from './when.js';

export const UNITS = ['day', 'hour', 'minute', 'second'] as const;
export type Unit = (typeof UNITS)[number];
export const UNIT_MS: Record<Unit, number> = { day: DAY_MS, hour: 3_600_000, minute: 60_000, second: 1000 };

export type Parts = Partial<Record<Unit, number>>;

/**
 * A span written by a person, in ms: "7d", "36h", "90m", "45s", a bare number (days),
 * or ISO 8601 ("P7D", "PT36H"). Undefined when it is none of these.
 */
export function parseSpan(value: string): number | undefined {
  const m = /^(\d{1,6}(?:\.\d+)?)\s*([dhms]?)$/i.exec(value.trim());
  // indexOf('') is 0: a bare number counts in days.
  if (m) return Number(m[1]) * UNIT_MS[UNITS['dhms'.indexOf(m[2]!.toLowerCase())]!];
  const seconds = parseIsoDuration(value);
  return seconds === undefined ? undefined : seconds * 1000;
}

/**
 * Splits a non-negative span into whole units from `largest` down to `smallest`,
 * truncating below `smallest` (a countdown never shows more time than is left).
 */
export function splitDuration(ms: number, largest: Unit = 'day', smallest: Unit = 'second'): Parts {
  let rest = Math.max(0, Math.floor(ms));
  const parts: Parts = {};
  const from = UNITS.indexOf(largest);
  const to = Math.max(from, UNITS.indexOf(smallest));
  for (let i = from; i <= to; i++) {
    const unit = UNITS[i]!;
    parts[unit] = Math.floor(rest / UNIT_MS[unit]);
    rest -= parts[unit]! * UNIT_MS[unit];
  }
  return parts;
}

export type DurationStyle = 'long' | 'short' | 'narrow';

/** Frozen formatter options per style and unit (the formatter cache's fast path), made on first use. */
const unitOptions: Record<string, Intl.NumberFormatOptions> = {};
const listOptions: Record<string, Intl.ListFormatOptions> = {};

/**
 * "12 days, 4 hours" / "12 days, 4 hr" / "12d 4h". Zero units are left out, as
 * Intl.DurationFormat does ("4 hours", not "0 days, 4 hours"); an all-zero span shows
 * its smallest unit ("0 minutes").
 *
 * NumberFormat's unit style joined by a unit ListFormat: what Intl.DurationFormat
 * specifies for these styles, and the same words (test/time/duration.test.ts compares
 * them in every shipped language). Not DurationFormat itself: in Chromium 156 the
 * page's first one takes about 20 ms to build and each format() call about 0.25 ms,
 * against about 0.005 ms for this.
 */
export function formatDuration(parts: Parts, locale: string | undefined, style: DurationStyle = 'long'): string {
  // Many countdowns to one release format the same text every tick: each text is made
  // once. Bounded, so a long-lived page does not grow it without end.
  const key = `${style}|${locale}|${UNITS.map((u) => parts[u])}`;
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size > 500) texts.clear();
    const units = UNITS.filter((u) => parts[u] !== undefined);
    const shown = units.filter((u) => parts[u]);
    const words = (shown.length ? shown : units.slice(-1)).map((unit) =>
      numberFormat(
        locale,
        (unitOptions[style + unit] ??= Object.freeze({ style: 'unit', unit, unitDisplay: style })),
      ).format(parts[unit]!),
    );
    text = listFormat(locale, (listOptions[style] ??= Object.freeze({ type: 'unit', style }))).format(words);
    texts.set(key, text);
  }
  return text;
}

const texts = new Map<string, string>();

const TWO_DIGITS: Intl.NumberFormatOptions = Object.freeze({ minimumIntegerDigits: 2, useGrouping: false });

/** "12:04:33:09": two-digit fields after the first, in the locale's digits. */
export function formatClock(parts: Parts, locale: string | undefined): string {
  const units = UNITS.filter((u) => parts[u] !== undefined);
  const two = numberFormat(locale, TWO_DIGITS);
  const one = numberFormat(locale, NO_GROUPING);
  return units.map((u, i) => (i === 0 ? one : two).format(parts[u]!)).join(':');
}

/**
 * "3 days ago", "yesterday", "in 2 hours": the largest unit that fits, from seconds
 * to years, via Intl.RelativeTimeFormat (numeric: auto).
 */
export function formatRelative(targetMs: number, nowMs: number, locale: string | undefined): string {
  const diff = targetMs - nowMs;
  const abs = Math.abs(diff);
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * DAY_MS],
    ['month', 30 * DAY_MS],
    ['week', 7 * DAY_MS],
    ['day', DAY_MS],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  for (const [unit, size] of steps) {
    if (abs >= size) return rtf.format(Math.trunc(diff / size), unit);
  }
  return rtf.format(Math.trunc(diff / 1000), 'second');
}

/**
 * formatWhen's formats, made once: a frozen options object is the formatter cache's fast
 * path (src/time/intl.ts); a fresh one per call is keyed by JSON text, on every countdown.
 */
const WHEN_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  year: Object.freeze({ year: 'numeric', timeZone: 'UTC' }),
  month: Object.freeze({ year: 'numeric', month: 'long', timeZone: 'UTC' }),
  day: Object.freeze({ dateStyle: 'long', timeZone: 'UTC' }),
  time: Object.freeze({ dateStyle: 'long', timeStyle: 'short' }),
  instant: Object.freeze({ dateStyle: 'long' }),
};

/**
 * "November 14, 2017" (with `time`: "… at 7:00 PM"). A calendar day is shown as that
 * same day to every reader; a wall time or instant in the reader's zone.
 */
export function formatWhen(
  when: When,
  locale: string | undefined,
  options: { timeZone?: string; time?: boolean } = {},
): string {
  if (when.type === 'day') {
    // A year or a month as given: "2026", "May 2026", never January 1.
    const style = when.precision ? WHEN_STYLES[when.precision] : WHEN_STYLES.day;
    return dateTimeFormat(locale, style).format(Date.UTC(when.y, when.m - 1, when.d));
  }
  const style = options.time ? WHEN_STYLES.time : WHEN_STYLES.instant;
  return dateTimeFormat(locale, style).format(toEpochMs(when, options.timeZone));
}

/** "14 Nov" (the year too when it is not `now`'s year): a short date, e.g. when an offer starts. */
export function formatShortWhen(when: When, now: number, locale: string | undefined): string {
  const day = when.type === 'day';
  const ms = day ? Date.UTC(when.y, when.m - 1, when.d) : toEpochMs(when);
  const year = new Date(ms).getUTCFullYear() !== new Date(now).getUTCFullYear() ? 'numeric' : undefined;
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', year, timeZone: day ? 'UTC' : undefined }).format(ms);
}

/** "3 days ago"; a calendar day is compared by calendar ("yesterday", "today"), never by hours. */
export function formatRelativeWhen(when: When, nowMs: number, locale: string | undefined): string {
  if (when.type !== 'day') return formatRelative(toEpochMs(when), nowMs, locale);
  const d = new Date(nowMs);
  const days = Math.round(
    (Date.UTC(when.y, when.m - 1, when.d) - Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())) / DAY_MS,
  );
  return days
    ? formatRelative(days * DAY_MS, 0, locale)
    : relativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'day');
}

/**
 * A countdown's text in one of its displays: "12 days, 4 hours" (units), "12d 4h"
 * (compact) or "12:04:33" (clock). Cached like formatDuration, so equal countdowns
 * format once a tick.
 */
export function formatCount(parts: Parts, locale: string | undefined, display: string): string {
  return display === 'clock'
    ? formatClock(parts, locale)
    : formatDuration(parts, locale, display === 'compact' ? 'narrow' : 'long');
}
