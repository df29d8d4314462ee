/**
 * Words as pages give them (`strings` on an element or on <film-data>) and as an element
 * shows them: the plural form for a count, placeholders filled.
 */
import { parseJson } from '../data/read.js';
import { pluralRules } from '../time/intl.js';
import type { Word } from './registry.js';

/** Page-given words: key → word, or (on <film-data>) element → { key → word }. */
export type Strings = Record<string, Word | Record<string, Word>>;

const isTexts = (v: unknown): v is Record<string, string> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Keeps texts and objects of texts (plural forms, or one element's words); drops the rest. */
function keepWords(value: Record<string, unknown>): Strings {
  const out: Strings = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' || isTexts(v)) out[k] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) out[k] = keepWords(v as Record<string, unknown>) as Word;
  }
  return out;
}

/** The `strings` attribute: a JSON object of words, else undefined with one warning. */
export function parseStrings(value: string | null): Strings | undefined {
  if (!value) return undefined;
  const parsed = parseJson(value);
  if (parsed.ok && parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
    return keepWords(parsed.value as Record<string, unknown>);
  }
  console.warn(`reelkit: ignored strings attribute: expected a JSON object of texts`);
  return undefined;
}

/** A page-given word for `key`: an element's own `strings[key]`, or <film-data>'s for this element, then for all. */
export function pageWord(strings: Strings | undefined, key: string, element?: string): Word | undefined {
  if (!strings) return undefined;
  const section = element !== undefined ? strings[element] : undefined;
  const own = section && typeof section === 'object' ? (section as Record<string, Word>)[key] : undefined;
  return own ?? (Object.hasOwn(strings, key) ? (strings[key] as Word) : undefined);
}

/** The text of a word: its plural form for `values.n`, with {placeholders} filled. */
export function fill(word: Word, values: Record<string, string | number>, lang: string | undefined): string {
  let text: string | undefined;
  if (typeof word === 'string') text = word;
  else {
    const n = Number(values.n ?? 0);
    text = word[pluralRules(lang).select(n)] ?? word.other ?? Object.values(word)[0] ?? '';
  }
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m));
}
