/**
 * The read-only parts of <review-score> (score, notes, byline, average) as functions of
 * the checked review and the element's words, like film-card.parts.ts.
 */
import { html, nothing, svg } from 'lit';
import type { FilmReview, Publisher, Review } from '../../data/model.js';
import { formatWhen } from '../../time/duration.js';
import { toDatetimeAttr } from '../../time/when.js';
import { ONE_DECIMAL, SHORT_UNIT_LIST, listFormat, numberFormat } from '../../time/intl.js';

export const DISPLAYS = ['stars', 'number', 'ring'] as const;
export type Display = (typeof DISPLAYS)[number];

export interface ScoreWords {
  t(key: string, values?: Record<string, string | number>): string;
  locale: string | undefined;
}

/** The display a scale suggests: out of 5 as stars, out of 10 as a number, out of 100 as a ring. */
export const displayFor = (best: number): Display => (best <= 5 ? 'stars' : best <= 10 ? 'number' : 'ring');

const decimal = (w: ScoreWords, n: number) => numberFormat(w.locale, ONE_DECIMAL).format(n);

/** How full the scale is, 0–1. */
const fraction = (value: number, best: number, worst: number) =>
  Math.min(1, Math.max(0, worst < 0 ? (value - worst) / (best - worst) : value / best));

const STAR = 'M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01z';
const stars = (n: number) =>
  Array.from({ length: n }, (_, i) => svg`<path transform="translate(${i * 24} 0)" d=${STAR} />`);

/**
 * Stars: outlined stars with the filled ones drawn over them in a nested <svg> as wide
 * as the score (an <svg> clips to its own box: no ids, no clip-path). Filled and empty
 * differ in shape, not only in colour. Whole stars for scales up to 5, else 5 stars.
 */
function starsPart(r: FilmReview & { ratingValue: number }) {
  const count = r.bestRating <= 5 && r.bestRating % 1 === 0 ? r.bestRating : 5;
  const width = count * 24;
  const filled = fraction(r.ratingValue, r.bestRating, r.worstRating) * width;
  return html`<svg class="stars" viewBox="0 0 ${width} 24" aria-hidden="true">
    <g>${stars(count)}</g>
    <svg width=${filled}><g class="full">${stars(count)}</g></svg>
  </svg>`;
}

/** A ring filled to the score, the percentage in its middle. */
function ringPart(r: FilmReview & { ratingValue: number }, w: ScoreWords) {
  const pct = Math.round(fraction(r.ratingValue, r.bestRating, r.worstRating) * 100);
  return html`<span class="ring" aria-hidden="true"
    ><svg viewBox="0 0 36 36">
      <circle cx="18" cy="18" r="15.9155" />
      <circle class="arc" cx="18" cy="18" r="15.9155" stroke-dasharray="${pct} 100" />
    </svg>
    <span class="pct">${numberFormat(w.locale, { style: 'percent' }).format(pct / 100)}</span></span
  >`;
}

/** "Rated 4 out of 5 by Sample Critic, Reelkit Weekly". */
export function scoreLabel(r: FilmReview & { ratingValue: number }, w: ScoreWords): string {
  const by = [r.author?.name, r.publisher?.name].filter((n): n is string => !!n);
  const values = { value: decimal(w, r.ratingValue), best: decimal(w, r.bestRating) };
  return by.length
    ? w.t('ratedBy', { ...values, by: listFormat(w.locale, SHORT_UNIT_LIST).format(by) })
    : w.t('rated', values);
}

/** The score as ONE image with an accessible name; the visible number beside stars and in a ring. */
export function scorePart(r: FilmReview, display: Display, w: ScoreWords) {
  if (r.ratingValue === undefined) return nothing;
  const scored = r as FilmReview & { ratingValue: number };
  const number = html`<span class="number" aria-hidden="true"
    ><span class="value">${decimal(w, scored.ratingValue)}</span>/${decimal(w, r.bestRating)}</span
  >`;
  return html`<div part="score" class="score by-${display}" role="img" aria-label=${scoreLabel(scored, w)}>
    ${display === 'stars' ? starsPart(scored) : display === 'ring' ? ringPart(scored, w) : nothing}
    ${display === 'ring' ? nothing : number}
  </div>`;
}

/** A list of pros or cons under its own label; the +/− marks say which without colour. */
export function notesPart(kind: 'pros' | 'cons', notes: string[] | undefined, w: ScoreWords) {
  if (!notes) return nothing;
  return html`<div part=${kind} class="notes ${kind}">
    <p class="label" id=${kind}>${w.t(kind)}</p>
    <ul aria-labelledby=${kind}>
      ${notes.map((n) => html`<li dir="auto">${n}</li>`)}
    </ul>
  </div>`;
}

const named = (p: Publisher) => (p.url ? html`<a href=${p.url}>${p.name}</a>` : p.name);

/** "By Sample Critic, Reelkit Weekly · July 27, 2017": names linked when they have a URL. */
export function bylinePart(r: FilmReview, w: ScoreWords) {
  const who = [r.author, r.publisher].filter((p): p is Publisher => !!p);
  if (!who.length && !r.datePublished) return nothing;
  // The word's own text around the names: "By {name}", "{name} 評", "von {name}".
  const [before = '', after = ''] = w.t('by', { name: '\u{E000}' }).split('\u{E000}');
  let i = 0;
  const names = listFormat(w.locale, SHORT_UNIT_LIST)
    .formatToParts(who.map((p) => p.name))
    .map((p) => (p.type === 'literal' ? p.value : named(who[i++]!)));
  return html`<p part="byline" class="byline">
    ${who.length ? html`<span class="by">${before}${names}${after}</span>` : nothing}
    ${
      r.datePublished
        ? html`<time datetime=${toDatetimeAttr(r.datePublished)}>${formatWhen(r.datePublished, w.locale)}</time>`
        : nothing
    }
  </p>`;
}

/** The audience's or critics' average beside the review's own score: "Readers: 6.7/10". */
export function aggregatePart(a: Review | undefined, w: ScoreWords) {
  if (!a) return nothing;
  const values = { value: decimal(w, a.ratingValue), best: decimal(w, a.bestRating), source: a.source ?? '' };
  const text = w.t(a.source ? 'averageBy' : 'average', values);
  return html`<p part="aggregate" class="aggregate">${a.url ? html`<a href=${a.url}>${text}</a>` : text}</p>`;
}
