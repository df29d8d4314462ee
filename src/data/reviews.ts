/**
 * What a valid FilmReview (the record <review-score> renders) is, for every input path.
 * Built from field coercers only; the aggregate rating's checker comes from records.ts
 * (`filmReviewWith(review)` there), so this file and records.ts do not import each other.
 */
import { list, MAX_LONG_TEXT, number, record, text, url, when, type Coerce } from './fields.js';
import type { FilmReview, Person, Publisher, Review, ReviewedWork } from './model.js';

const named = <T>(max: number) => record<T>({ name: text(max), url: url() }, { required: ['name'], shorthand: 'name' });

const noteList = list(text(300), { max: 20 });

/** Pros or cons: a list, or one text with one item per line (a multi-line attribute). */
const notes: Coerce<string[]> = (value, path, report) =>
  noteList(typeof value === 'string' ? value.split(/\s*\n\s*/) : value, path, report);

const itemReviewed = record<ReviewedWork>(
  { name: text(300), year: number(1870, 2999, true), url: url() },
  { required: ['name'], shorthand: 'name' },
);

/** The default top of a scale, by the value: 3.5 is out of 5, 8 out of 10, 82 out of 100. */
export const defaultBest = (value = 0): number => (value <= 5 ? 5 : value <= 10 ? 10 : 100);

type Raw = Omit<FilmReview, 'bestRating' | 'worstRating'> & { bestRating?: number; worstRating?: number };

/**
 * A review: every field checked on its own, then the score against its scale. A score
 * outside the scale is dropped with one warning and the verdict, byline and notes kept;
 * a review with nothing to show is dropped ("needs ratingValue or headline").
 */
export function filmReviewWith(rating: Coerce<Review>): Coerce<FilmReview> {
  const raw = record<Raw>({
    ratingValue: number(-1e6, 1e6),
    bestRating: number(-1e6, 1e6),
    worstRating: number(-1e6, 1e6),
    headline: text(300),
    reviewBody: text(MAX_LONG_TEXT),
    pros: notes,
    cons: notes,
    author: named<Person>(200),
    publisher: named<Publisher>(200),
    datePublished: when,
    url: url(),
    itemReviewed,
    aggregateRating: rating,
  });
  return (value, path, report) => {
    const r = raw(value, path, report);
    if (!r) return undefined;
    const at = (key: string) => (path ? `${path}.${key}` : key);
    const { ratingValue: v, ...rest } = r;
    let best = r.bestRating ?? defaultBest(v);
    let worst = r.worstRating ?? 0;
    if (!(worst < best)) {
      report(at('bestRating'), `${best} is not above worstRating ${worst}; the scale is 0–${defaultBest(v)}`);
      [best, worst] = [defaultBest(v), 0];
    }
    const problem =
      v === undefined
        ? undefined
        : v > best
          ? `${v} is above bestRating ${best}`
          : v < worst
            ? `${v} is below worstRating ${worst}`
            : undefined;
    if (problem) report(at('ratingValue'), problem);
    const out: FilmReview = { ...rest, bestRating: best, worstRating: worst };
    if (v !== undefined && !problem) out.ratingValue = v;
    if (out.ratingValue === undefined && !r.headline && !r.reviewBody && !r.pros && !r.cons) {
      if (!problem) report(path || 'data', 'needs ratingValue or headline');
      return undefined;
    }
    return out;
  };
}
