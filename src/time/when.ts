/**
 * Date semantics. Three kinds of "when", because CMS dates mean different things:
 *
 * - `day`: "2017-11-14". A calendar day. It starts at local midnight in the record's
 *   time zone when one is given, else in the READER's zone. Never UTC midnight: a
 *   Blu-ray "out November 14" is out on the 14th in Los Angeles too, not on the 13th.
 * - `local`: "2017-11-14T19:00". A wall-clock time in the record's (else reader's) zone.
 * - `instant`: "2017-11-14T19:00:00Z" / "+01:00". One exact moment everywhere.
 *
 * A year ("2001") or a year and month ("2026-05") is valid ISO 8601 and schema.org: it is
 * a `day` (the first of that year or month, for ordering and "has it started") with a
 * `precision` of 'year' or 'month', shown as "2026" / "May 2026", never as January 1.
 */
import { zoneOffsetMs } from './zone.js';
import { dateTimeFormat } from './intl.js';

export type When =
  | { type: 'day'; y: number; m: number; d: number; precision?: Precision }
  | { type: 'local'; y: number; m: number; d: number; h: number; mi: number; s: number }
  | { type: 'instant'; ms: number };

/** How much of a date was given: a whole year or a month; absent = the day. */
export type Precision = 'year' | 'month';

const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Earliest and latest years we accept: beyond these a "date" is a typo or an attack. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2999;
/** The length of a day in ms: the one definition every date and span calculation uses. */
export const DAY_MS = 86_400_000;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses an ISO 8601 date or date-time. Returns a reason string when it is not one. */
export function parseWhen(input: string): When | string {
  const text = input.trim();
  if (text.length > 40) return 'not an ISO 8601 date';
  const partial = PARTIAL.exec(text);
  if (partial) {
    const y = Number(partial[1]);
    const m = Number(partial[2] ?? 1);
    if (y < MIN_YEAR || y > MAX_YEAR) return `year ${y} is out of range`;
    if (m < 1 || m > 12) return `${text} is not a real month`;
    return { type: 'day', y, m, d: 1, precision: partial[2] ? 'month' : 'year' };
  }
  const match = ISO.exec(text);
  if (!match) return 'not an ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM)';
  const [, ys, ms, ds, hs, mis, ss, frac, zone] = match;
  const y = Number(ys);
  const m = Number(ms);
  const d = Number(ds);
  if (y < MIN_YEAR || y > MAX_YEAR) return `year ${y} is out of range`;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return `${text.slice(0, 10)} is not a real day`;
  if (hs === undefined) return { type: 'day', y, m, d };
  const h = Number(hs);
  const mi = Number(mis);
  const s = Number(ss ?? 0);
  if (h > 23 || mi > 59 || s > 59) return `${text} is not a real time`;
  if (!zone) return { type: 'local', y, m, d, h, mi, s };
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMin = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === '-' ? -1 : 1);
    if (Math.abs(offsetMin) > 18 * 60) return `offset ${zone} is out of range`;
  }
  const millis = frac ? Number(`0.${frac}`) * 1000 : 0;
  return { type: 'instant', ms: Date.UTC(y, m - 1, d, h, mi, s) + Math.floor(millis) - offsetMin * 60_000 };
}

/**
 * The exact moment a `When` starts: a day at 00:00 and a wall time as written, both
 * in `timeZone` (IANA) or, when absent, the reader's zone. DST gaps and overlaps
 * resolve as Temporal's "compatible" disambiguation does.
 */
export function toEpochMs(when: When, timeZone?: string): number {
  if (when.type === 'instant') return when.ms;
  const wall =
    when.type === 'day'
      ? Date.UTC(when.y, when.m - 1, when.d)
      : Date.UTC(when.y, when.m - 1, when.d, when.h, when.mi, when.s);
  // Offsets a day either side bracket any transition near `wall` (zones change at
  // most twice a year). A wall time valid under both is in an overlap: take the
  // earlier moment. Valid under neither is in a gap: apply the offset from before
  // the change, which moves it forward by the gap (Temporal's "compatible").
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter((t) => t + zoneOffsetMs(t, timeZone) === wall);
  return valid.length ? Math.min(...valid) : wall - before;
}

/** ISO text for <time datetime>: "2017-11-14" for days, full UTC for instants. */
export function toDatetimeAttr(when: When, timeZone?: string): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  if (when.type === 'day')
    return [pad(when.y, 4), pad(when.m), pad(when.d)]
      .slice(0, when.precision ? (when.precision === 'year' ? 1 : 2) : 3)
      .join('-');
  return new Date(toEpochMs(when, timeZone)).toISOString();
}

/** The first moment after a year- or month-precision date's whole period (for "Coming 2026"); undefined for full dates. */
export function periodEndMs(when: When, timeZone?: string): number | undefined {
  if (when.type !== 'day' || !when.precision) return undefined;
  // Month 13 is next January: toEpochMs goes through Date.UTC, which rolls over.
  const year = when.precision === 'year';
  return toEpochMs({ type: 'day', y: when.y + (year ? 1 : 0), m: year ? 1 : when.m + 1, d: 1 }, timeZone);
}

/** Year of a `When` as the record means it (the calendar year for days). */
export function yearOf(when: When, timeZone?: string): number {
  if (when.type !== 'instant') return when.y;
  return Number(dateTimeFormat('en', { year: 'numeric', timeZone: timeZone || undefined }).format(when.ms));
}

/** Parses "PT1H55M", "P1DT2H", "PT90S" into seconds; undefined when it is not one. */
export function parseIsoDuration(input: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(input.trim());
  if (!match || input.trim().length < 3 || /T$/i.test(input.trim())) return undefined;
  const [, d, h, m, s] = match;
  return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Math.round(Number(s ?? 0));
}
