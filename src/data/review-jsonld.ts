/**
 * A checked FilmReview as schema.org JSON-LD text: what `<review-score emit-jsonld>`
 * writes into the page for search engines (Google reads script-inserted JSON-LD). Only
 * the checked model goes in, so every URL passed the allow-list; `<` is written as
 * \u003c, so the text can never close a <script> even if a page serializes it as HTML.
 */
import type { FilmReview } from './model.js';
import { toDatetimeAttr } from '../time/when.js';

const notes = (list: string[] | undefined) =>
  list && {
    '@type': 'ItemList',
    itemListElement: list.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
  };

const who = (type: string, v: { name: string; url?: string } | undefined) => v && { '@type': type, ...v };

export function reviewJsonLd(r: FilmReview): string {
  const item = r.itemReviewed;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Review',
    itemReviewed: item && {
      '@type': 'Movie',
      name: item.name,
      dateCreated: item.year === undefined ? undefined : String(item.year),
      url: item.url,
    },
    reviewRating:
      r.ratingValue === undefined
        ? undefined
        : {
            '@type': 'Rating',
            ratingValue: r.ratingValue,
            bestRating: r.bestRating,
            worstRating: r.worstRating,
          },
    name: r.headline,
    reviewBody: r.reviewBody,
    positiveNotes: notes(r.pros),
    negativeNotes: notes(r.cons),
    author: who('Person', r.author),
    publisher: who('Organization', r.publisher),
    datePublished: r.datePublished && toDatetimeAttr(r.datePublished),
    url: r.url,
  };
  return JSON.stringify(ld).replace(/</g, '\\u003c');
}
