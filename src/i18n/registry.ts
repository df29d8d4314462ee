/**
 * The one translation registry: which words each language has, shared by every copy of
 * reelkit on the page through `globalThis[Symbol.for('reelkit.translations')]` (packs)
 * and `…translations.page` (the page's own words). A pack file (src/i18n/locales/*.js,
 * built to dist/locales/) is a side-effect module that adds itself to the first, so
 * `import 'reelkit/locales/de'` works with any bundle; `registerTranslation()` adds to
 * the second, which wins. No Lit, no elements: the elements ask through their base class.
 */
import { orUndefined, perTag } from '../time/intl.js';

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
export const PACKS: readonly string[] =
  'ar bg cs da de el es es-419 fa fi fr he hi hu id it ja ko nb nl pl pt pt-BR ro ru sk sv th tr uk vi zh-Hans zh-Hant'.split(
    ' ',
  );

/** Languages written right to left. */
const RTL = /^(ar|he|iw|fa|ur|ps|yi|ckb)\b/;
export const isRtl = (lang: string): boolean => RTL.test(lang);

/** Called after every registerTranslation() (the elements' language controller re-renders them). */
export const registered = { then: (): void => {} };

/**
 * Adds a language, or replaces some words of one, for the whole page:
 * `registerTranslation('de', { 'film-card': { directedBy: 'Regie' } })`. Elements
 * already on the page re-render with the new words.
 */
export function registerTranslation(code: string, words: Pack): void {
  const pack = (pageWords()[code] ??= {});
  for (const [element, some] of Object.entries(words ?? {})) pack[element] = { ...pack[element], ...some };
  registered.then();
}

/** Parsed tags, once per tag: every element of a page asks for the same few. */
const parse = perTag(orUndefined((lang) => new Intl.Locale(lang)));

/** The region subtag of a language tag ("de-AT" → "AT"), if it has one. */
export const regionOf = (lang: string): string | undefined => parse(lang)?.region;

/**
 * The codes to look words up under for a language, most specific first, ending before
 * English: "de-AT" → ["de-AT", "de"]; "zh-TW" → ["zh-TW", "zh-Hant", "zh"]; "es-MX" →
 * ["es-MX", "es-419", "es"]; "pt-PT" → ["pt-PT", "pt"].
 */
export const lookupChain: (lang: string) => readonly string[] = perTag(chainOf);

function chainOf(lang: string): string[] {
  const locale = parse(lang);
  if (!locale) return [];
  const { language, script, region } = locale;
  const variant =
    language === 'zh'
      ? `zh-${script ?? (/^(TW|HK|MO)$/.test(region!) ? 'Hant' : 'Hans')}`
      : language === 'es' && region && region !== 'ES'
        ? 'es-419'
        : lang;
  const alias = ({ iw: 'he', no: 'nb', nn: 'nb' } as Record<string, string>)[language] ?? language;
  return [...new Set([lang, variant, alias])].filter((code) => code !== 'en');
}

/** The shipped pack to load for a language: the first code of its chain reelkit ships. */
export const packFor = (lang: string): string | undefined =>
  lookupChain(lang).find((code) => (PACKS as readonly string[]).includes(code));

/** A word for `element`/`key` in the first language of `chain` that has it: the page's words first, then the packs. */
export function lookup(chain: readonly string[], element: string, key: string): Word | undefined {
  for (const code of chain) {
    const word = pageWords()[code]?.[element]?.[key] ?? packs()[code]?.[element]?.[key];
    if (word !== undefined) return word;
  }
  return undefined;
}
