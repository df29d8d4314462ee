/**
 * Field coercers: untrusted value in, checked value (or undefined) out, and a report
 * for every value that was dropped or changed. Records are built ONLY from the keys a
 * spec names and read with Object.hasOwn, so `__proto__`, `constructor` and
 * `prototype` in the input are never read and never written anywhere.
 */
import { checkUrl, wellFormed } from './safe-url.js';
import { parseIsoDuration, parseWhen, type When } from '../time/when.js';
import { isValidTimeZone } from '../time/zone.js';

/** Receives "poster.url", "javascript: URLs are not allowed". */
export type Report = (path: string, reason: string) => void;
export type Coerce<T> = (value: unknown, path: string, report: Report) => T | undefined;

export const MAX_SHORT_TEXT = 500;
export const MAX_LONG_TEXT = 5000;
export const MAX_LIST = 500;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export const has = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text. Numbers become text; markup stays literal text (it is rendered as text). */
export const text =
  (max = MAX_SHORT_TEXT): Coerce<string> =>
  (value, path, report) => {
    if (value === undefined || value === null || value === '') return undefined;
    let s: string;
    if (typeof value === 'string') s = wellFormed(value);
    else if (typeof value === 'number' && Number.isFinite(value)) s = String(value);
    else return void report(path, `expected text, got ${describe(value)}`);
    s = s.trim();
    if (s.length > max) {
      report(path, `longer than ${max} characters; shortened`);
      // Cut on a code point boundary: never leave half a surrogate pair.
      s = `${s.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
    }
    return s === '' ? undefined : s;
  };

/** A finite number in [min, max]; numeric strings ("7.8") accepted. */
export const number =
  (min: number, max: number, integer = false): Coerce<number> =>
  (value, path, report) => {
    if (value === undefined || value === null || value === '') return undefined;
    const n = typeof value === 'string' && value.trim() !== '' && value.length < 40 ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n))
      return void report(path, `expected a number, got ${describe(value)}`);
    if (n < min || n > max) return void report(path, `${n} is outside ${min}–${max}`);
    if (integer && !Number.isInteger(n)) return void report(path, `expected a whole number, got ${n}`);
    return n;
  };

/** true/false, "true"/"false", and "" (a present boolean attribute) as true. */
export const bool: Coerce<boolean> = (value, path, report) => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  return void report(path, `expected true or false, got ${describe(value)}`);
};

/** One of `values` (case-insensitive), with optional aliases ("bluray" -> "blu-ray"). */
export const oneOf =
  <T extends string>(values: readonly T[], aliases: Record<string, T> = {}): Coerce<T> =>
  (value, path, report) => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string')
      return void report(path, `expected one of ${values.join(', ')}, got ${describe(value)}`);
    const key = value.trim().toLowerCase();
    const found = (values as readonly string[]).includes(key)
      ? (key as T)
      : has(aliases, key)
        ? aliases[key]
        : undefined;
    if (found === undefined) return void report(path, `"${value.slice(0, 40)}" is not one of ${values.join(', ')}`);
    return found;
  };

/** A URL that passed the allow-list. */
export const url =
  (options: { mailto?: boolean } = {}): Coerce<string> =>
  (value, path, report) => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') return void report(path, `expected a URL, got ${describe(value)}`);
    const check = checkUrl(value, options);
    if (!check.ok) return void report(path, check.reason);
    return check.url;
  };

/** A srcset whose every candidate URL passed the allow-list; bad candidates dropped. */
export const srcset: Coerce<string> = (value, path, report) => {
  const raw = text(MAX_LONG_TEXT)(value, path, report);
  if (raw === undefined) return undefined;
  const kept: string[] = [];
  for (const candidate of raw.split(/,\s+/)) {
    const [candidateUrl = '', ...descriptor] = candidate.trim().split(/\s+/);
    const check = checkUrl(candidateUrl);
    if (!check.ok) report(path, check.reason);
    else if (descriptor.every((d) => /^\d+(\.\d+)?[wx]$/.test(d))) kept.push([check.url, ...descriptor].join(' '));
    else report(path, `bad descriptor in "${candidate.slice(0, 40)}"`);
  }
  return kept.length ? kept.join(', ') : undefined;
};

/** An ISO 8601 date (calendar day), wall time, or instant. */
export const when: Coerce<When> = (value, path, report) => {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed =
    isRecord(value) && 'type' in value
      ? checkWhenObject(value)
      : typeof value === 'string'
        ? parseWhen(value)
        : undefined;
  if (parsed === undefined) return void report(path, `expected an ISO 8601 date, got ${describe(value)}`);
  if (typeof parsed === 'string') return void report(path, parsed);
  return parsed;
};

/**
 * A date object that a provider already checked arrives as a When, but JSON can forge
 * one ({"type":"instant","ms":1e300}): re-check it exactly as parseWhen would.
 */
function checkWhenObject(value: Record<string, unknown>): When | string {
  const int = (n: unknown) => (Number.isInteger(n) ? (n as number) : NaN);
  if (value.type === 'instant') {
    const ms = value.ms;
    if (typeof ms !== 'number' || !Number.isFinite(ms)) return 'not a valid date';
    return parseWhen(new Date(Math.max(-8.64e15, Math.min(8.64e15, ms))).toISOString().replace(/^\+0*/, ''));
  }
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const [y, m, d] = [int(value.y), int(value.m), int(value.d)];
  if ([y, m, d].some((n) => !(n >= 0))) return 'not a valid date';
  let iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (value.type === 'local') {
    const [h, mi, sec] = [int(value.h), int(value.mi), int(value.s)];
    if ([h, mi, sec].some((n) => !(n >= 0))) return 'not a valid date';
    iso += `T${pad(h)}:${pad(mi)}:${pad(sec)}`;
  } else if (value.type !== 'day') return 'not a valid date';
  const parsed = parseWhen(iso);
  const p = value.precision;
  if (p === undefined || typeof parsed === 'string' || parsed.type !== 'day') return parsed;
  return p === 'year' || p === 'month' ? { ...parsed, precision: p } : 'not a valid date';
}

export const timeZone: Coerce<string> = (value, path, report) => {
  const zone = text(64)(value, path, report);
  if (zone === undefined) return undefined;
  if (!isValidTimeZone(zone)) return void report(path, `"${zone}" is not an IANA time zone`);
  return zone;
};

/** A span: ISO 8601 ("PT1H55M") or a plain number in `unitSeconds` units; result in that unit. */
export const span =
  (unitSeconds: number, max: number): Coerce<number> =>
  (value, path, report) => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && /^P/i.test(value.trim())) {
      const seconds = parseIsoDuration(value);
      if (seconds === undefined) return void report(path, `"${value.slice(0, 40)}" is not an ISO 8601 duration`);
      return number(0, max)(Math.round(seconds / unitSeconds), path, report);
    }
    return number(0, max)(value, path, report);
  };

/** A list; a single value counts as a list of one, a comma string as several. */
export const list =
  <T>(item: Coerce<T>, options: { splitCommas?: boolean; max?: number } = {}): Coerce<T[]> =>
  (value, path, report) => {
    if (value === undefined || value === null || value === '') return undefined;
    let items: unknown[];
    if (Array.isArray(value)) items = value;
    else if (typeof value === 'string' && options.splitCommas) items = value.split(',');
    else items = [value];
    const max = options.max ?? MAX_LIST;
    if (items.length > max) {
      report(path, `more than ${max} entries; the rest were ignored`);
      items = items.slice(0, max);
    }
    const out: T[] = [];
    for (let i = 0; i < items.length; i++) {
      const v = item(items[i], `${path}[${i}]`, report);
      if (v !== undefined) out.push(v);
    }
    return out.length ? out : undefined;
  };

export type Spec = Record<string, Coerce<unknown>>;

/**
 * A record from a spec: only the spec's keys, each coerced. `required` keys missing
 * drop the whole record with one report. A bare string becomes `{[shorthand]: s}`
 * (a person given as "David Leitch").
 */
export const record = <T>(spec: Spec, options: { required?: string[]; shorthand?: string } = {}): Coerce<T> => {
  // Worked out once per spec, not per value: a page of cards runs this thousands of times.
  const keys = Object.keys(spec);
  const required = options.required ?? [];
  return (value, path, report) => {
    if (value === undefined || value === null || value === '') return undefined;
    let input = value;
    if (options.shorthand && (typeof value === 'string' || typeof value === 'number')) {
      input = { [options.shorthand]: value };
    }
    if (!isRecord(input)) return void report(path, `expected an object, got ${describe(value)}`);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (!has(input, key)) continue;
      const v = spec[key]!(input[key], path ? `${path}.${key}` : key, report);
      if (v !== undefined) out[key] = v;
    }
    const missing = required.length ? required.filter((k) => out[k] === undefined) : required;
    if (missing.length) {
      // A required field that was given but refused has been reported already.
      const absent = missing.filter((k) => !has(input as object, k));
      if (absent.length) report(path || 'data', `needs ${absent.join(' and ')}`);
      return undefined;
    }
    return out as T;
  };
};
