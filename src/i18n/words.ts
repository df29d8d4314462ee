/**
 * Words as pages give them (`strings` on an element or on <film-data>) and as an element
 * shows them: the plural form for a count, placeholders filled.
 */
import { parseJson } from '../data/read.js';
import { pluralRules } from '../time/intl.js';
import type { Word } from './registry.js';

/** Page-given words: key → word, or (on <film-data>) element → { key → word }. */
export type Strings = Record<string, Word | Record<string, Word>>;

/** The `strings` attribute: a JSON object of words, else undefined with one warning. */
export function parseStrings(value: string | null): Strings | undefined {
  if (!value) return undefined;
  const parsed = parseJson(value);
  if (parsed.ok && parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
    return parsed.value as Strings;
  }
  console.warn(`reelkit: ignored strings attribute: expected a JSON object of texts`);
  return undefined;
}

/** A page-given word for `key`: <film-data>'s for this element (`element`), else for all. */
export const pageWord = (strings: Strings | undefined, key: string, element = ''): unknown =>
  (strings?.[element] as Record<string, Word> | undefined)?.[key] ?? strings?.[key];

/**
 * The text of a word: its plural form for `values.n` (by Intl.PluralRules category), with
 * {placeholders} filled. Anything else a page wrote is shown as text, never as markup.
 */
export function fill(word: unknown, values: Record<string, string | number>, lang: string | undefined): string {
  const forms = word as Record<string, unknown>;
  const text = String(
    word && typeof word === 'object' ? (forms[pluralRules(lang).select(Number(values.n ?? 0))] ?? forms.other) : word,
  );
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m));
}
