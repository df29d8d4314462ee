/**
 * schema.org Review / CriticReview / ReviewNewsArticle -> the raw FilmReview shape
 * (checked later by reviews.ts like every other input). Called from schema-org.ts,
 * which passes its rating reader so the two files do not import each other.
 */
import { isRecord } from './fields.js';
import { all, first, get, isType, type Json } from './jsonld-graph.js';

const nameOf = (v: unknown): unknown => (isRecord(v) ? get(v, 'name') : v);
const whoOf = (v: unknown): unknown => {
  const who = first(v);
  return isRecord(who) ? { name: get(who, 'name'), url: get(who, 'url') } : who;
};

/** positiveNotes / negativeNotes: an ItemList (by position), a list of ListItems, or texts. */
function notes(v: unknown): unknown {
  if (v === undefined) return undefined;
  const list = first(v);
  const items = isType(list, 'ItemList') ? all(get(list, 'itemListElement')) : all(v);
  return items
    .slice()
    .sort((a, b) => Number(get(a, 'position') ?? 0) - Number(get(b, 'position') ?? 0))
    .map((item) => (isRecord(item) ? (get(item, 'name') ?? nameOf(get(item, 'item'))) : item));
}

const yearOf = (date: unknown): unknown =>
  typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined;

export function reviewFromLd(node: Json, rating: (v: unknown) => unknown): Json {
  const item = first(get(node, 'itemReviewed'));
  const score = get(node, 'reviewRating');
  const num = (key: string) => (isRecord(score) ? get(score, key) : undefined);
  return {
    ratingValue: isRecord(score) ? num('ratingValue') : score,
    bestRating: num('bestRating'),
    worstRating: num('worstRating'),
    headline: get(node, 'headline') ?? get(node, 'name'),
    reviewBody: get(node, 'reviewBody') ?? get(node, 'description'),
    pros: notes(get(node, 'positiveNotes')),
    cons: notes(get(node, 'negativeNotes')),
    author: whoOf(get(node, 'author')),
    publisher: whoOf(get(node, 'publisher')),
    datePublished: get(node, 'datePublished'),
    url: get(node, 'url'),
    itemReviewed: isRecord(item)
      ? { name: get(item, 'name'), year: yearOf(get(item, 'datePublished')), url: get(item, 'url') }
      : item,
    aggregateRating: isRecord(item) ? rating(get(item, 'aggregateRating')) : undefined,
  };
}
