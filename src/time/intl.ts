/**
 * Cached Intl formatters. Constructing an Intl formatter costs 10-100x a format()
 * call, and a page with 500 countdowns would otherwise build thousands per second.
 * Keyed by constructor, locale and options; formatters without an explicit
 * timeZone capture the reader's zone when built, so tests that emulate another zone
 * call clearIntlCache().
 */
type Ctor = 'DateTimeFormat' | 'NumberFormat' | 'RelativeTimeFormat' | 'PluralRules' | 'ListFormat';

const cache = new Map<string, unknown>();

/**
 * Fast path for frozen option objects (module constants such as `ONE_DECIMAL` below):
 * found by identity and locale, without serialising the options on every lookup (a
 * card makes about ten).
 */
let byOptions = new WeakMap<object, Map<string, unknown>>();

function cached<T>(ctor: Ctor, locale: string | undefined, options: object, make: () => T): T {
  const frozen = Object.isFrozen(options);
  const perLocale = frozen ? byOptions.get(options) : undefined;
  const hit = perLocale?.get(locale ?? '') as T | undefined;
  if (hit !== undefined) return hit;
  const key = `${ctor}|${locale ?? ''}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  if (frozen) {
    if (perLocale) perLocale.set(locale ?? '', value);
    else byOptions.set(options, new Map([[locale ?? '', value]]));
  }
  return value;
}

/** Shared frozen options for the hottest calls (see the fast path above). */
export const ONE_DECIMAL: Intl.NumberFormatOptions = Object.freeze({ maximumFractionDigits: 1 });
export const NO_GROUPING: Intl.NumberFormatOptions = Object.freeze({ useGrouping: false });
export const AND_LIST: Intl.ListFormatOptions = Object.freeze({ type: 'conjunction' });
export const SHORT_UNIT_LIST: Intl.ListFormatOptions = Object.freeze({ type: 'unit', style: 'short' });

/**
 * `read` once per language tag: a page asks for the same few tags on every element and
 * update. Cleared past 100 tags, so a page writing junk tags cannot grow it.
 */
export function perTag<T>(read: (tag: string) => T): (tag: string) => T {
  const cache = new Map<string, T>();
  return (tag) => {
    if (!cache.has(tag)) {
      if (cache.size > 100) cache.clear();
      cache.set(tag, read(tag));
    }
    return cache.get(tag) as T;
  };
}

/** What `read` gives, or undefined where it throws (a tag Intl refuses). */
export const orUndefined =
  <T>(read: (tag: string) => T) =>
  (tag: string): T | undefined => {
    try {
      return read(tag);
    } catch {
      return undefined;
    }
  };

const canonical = perTag(orUndefined((lang) => Intl.getCanonicalLocales(lang)[0]));

/** A usable BCP 47 tag, or undefined (= browser default) for junk like lang="x!". */
export const safeLocale = (lang: string | undefined | null): string | undefined => (lang ? canonical(lang) : undefined);

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  cached('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions) =>
  cached('NumberFormat', locale, options, () => new Intl.NumberFormat(locale, options));

export const relativeTimeFormat = (locale: string | undefined, options: Intl.RelativeTimeFormatOptions) =>
  cached('RelativeTimeFormat', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

export const pluralRules = (locale: string | undefined, options: Intl.PluralRulesOptions = {}) =>
  cached('PluralRules', locale, options, () => new Intl.PluralRules(locale, options));

export const listFormat = (locale: string | undefined, options: Intl.ListFormatOptions) =>
  cached('ListFormat', locale, options, () => new Intl.ListFormat(locale, options));

export function clearIntlCache(): void {
  cache.clear();
  byOptions = new WeakMap();
}
