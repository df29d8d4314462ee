/**
 * The one translation registry: which words each language has, shared by every copy of
 * reelkit on the page through `globalThis[Symbol.for('reelkit.translations')]` (packs)
 * and `…translations.page` (the page's own words). A pack file (src/i18n/locales/*.js,
 * built to dist/locales/) is a side-effect module that adds itself to the first, so
 * `import 'reelkit/locales/de'` works with any bundle; `registerTranslation()` adds to
 * the second, which wins. No Lit, no elements: the elements ask through their base class.
 */

/** A word, or its forms by Intl.PluralRules category ({ one, few, many, other… }) when a count is involved. */
export type Word = string | Partial<Record<Intl.LDMLPluralRule, string>>;
/** One element's words by key ("directedBy"). */
export type Words = Record<string, Word>;
/** A language's words by element ("film-card"). */
export type Pack = Record<string, Words>;

type Registry = Record<string, Pack>;

const shared = (name: string): Registry =>
  ((globalThis as unknown as Record<symbol, Registry>)[Symbol.for(name)] ??= {});

/** Packs shipped with reelkit, by language code. */
export const packs = (): Registry => shared('reelkit.translations');
/** Words the page registered, by language code; they win over the packs. */
const pageWords = (): Registry => shared('reelkit.translations.page');

/** Every language reelkit ships a pack for (English is built in). */
export const PACKS = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'es', 'es-419', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja',
  'ko', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
] as const; // prettier-ignore

/** Languages written right to left. */
const RTL = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)\b/;
export const isRtl = (lang: string): boolean => RTL.test(lang);

let version = 0;
const listeners = new Set<() => void>();

/** The registry's version: bumped by registerTranslation(), so elements know to look again. */
export const registryVersion = (): number => version;

/** Called after every registerTranslation(); returns the unsubscribe. */
export function onRegister(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds a language, or replaces some words of one, for the whole page:
 * `registerTranslation('de', { 'film-card': { directedBy: 'Regie' } })`. Elements
 * already on the page re-render with the new words.
 */
export function registerTranslation(code: string, words: Pack): void {
  const registry = pageWords();
  const pack = (registry[code] ??= {});
  for (const [element, some] of Object.entries(words ?? {})) {
    if (some && typeof some === 'object') pack[element] = { ...pack[element], ...some };
  }
  version++;
  for (const listener of listeners) listener();
}

/**
 * The codes to look words up under for a language, most specific first, ending before
 * English: "de-AT" → ["de-AT", "de"]; "zh-TW" → ["zh-TW", "zh-Hant"]; "pt-PT" → ["pt-PT", "pt"].
 */
export function lookupChain(lang: string): string[] {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return [];
  }
  const { language, script, region } = locale;
  const chain = [lang];
  if (language === 'zh') {
    const traditional = script ? script === 'Hant' : /^(TW|HK|MO)$/.test(region ?? '');
    chain.push(traditional ? 'zh-Hant' : 'zh-Hans');
  } else if (language === 'es' && region && region !== 'ES' && !/^(EA|IC|GQ)$/.test(region)) {
    chain.push('es-419');
  } else if (language === 'pt' && region && /^(BR)$/.test(region)) {
    chain.push('pt-BR');
  }
  chain.push(language === 'iw' ? 'he' : language === 'no' || language === 'nn' ? 'nb' : language);
  return [...new Set(chain)].filter((code) => code !== 'en');
}

/** The region subtag of a language tag ("de-AT" → "AT"), if it has one. */
export function regionOf(lang: string): string | undefined {
  try {
    return new Intl.Locale(lang).region;
  } catch {
    return undefined;
  }
}

/** The shipped pack to load for a language: the first code of its chain reelkit ships. */
export const packFor = (lang: string): string | undefined =>
  lookupChain(lang).find((code) => (PACKS as readonly string[]).includes(code));

/** A word for `element`/`key` in the first language of `chain` that has it: the page's words first, then the packs. */
export function lookup(chain: readonly string[], element: string, key: string): Word | undefined {
  const page = pageWords();
  const shipped = packs();
  for (const code of chain) {
    const word = page[code]?.[element]?.[key] ?? shipped[code]?.[element]?.[key];
    if (word !== undefined) return word;
  }
  return undefined;
}
