/**
 * The read-only parts of <film-card> (title, meta line, score, credits) as functions of the
 * checked film and the element's words. The element keeps the parts that carry state
 * or handlers (poster, synopsis, links).
 */
import { html, nothing } from 'lit';
import type { Film, ImageRef, Person } from '../../data/model.js';
import { yearOf } from '../../time/when.js';
import { present } from '../../base/present.js';
import { ratingFor } from '../../data/releases.js';
import { formatDuration, splitDuration } from '../../time/duration.js';
import { AND_LIST, NO_GROUPING, ONE_DECIMAL, SHORT_UNIT_LIST, listFormat, numberFormat } from '../../time/intl.js';

/** What the parts need of the element: its words, its language and its cast limit. */
export interface CardWords {
  t(key: string, values?: Record<string, string | number>): string;
  locale: string | undefined;
  /** The reader's region, for the content rating of several. */
  region?: string;
  castLimit: number;
  /** Name each actor's character: "Charlize Theron as Lorraine Broughton" (`cast-roles`). */
  roles?: boolean;
}

/** "A, B, and 3 more" in the element's language. */
function names(w: CardWords, people: Person[] | undefined, limit = 99, roles = false) {
  if (!people) return '';
  const named = (p: Person) => (roles && p.characterName ? w.t('as', { name: p.name, role: p.characterName }) : p.name);
  if (people.length === 1 && limit >= 1) return named(people[0]!); // what ListFormat gives for one
  const names = people.slice(0, limit).map(named);
  if (people.length > limit) names.push(w.t('andMore', { n: people.length - limit }));
  return listFormat(w.locale, AND_LIST).format(names);
}

const decimal = (w: CardWords, n: number): string => numberFormat(w.locale, ONE_DECIMAL).format(n);

// The title's two parts fill bindings of the element's own heading template: a part
// that returned the whole heading would cost every card one more nested template.

/** The film's name, linked to its page when there is one. */
export const titleName = (film: Film) => (film.url ? html`<a href=${film.url}>${film.name}</a>` : film.name);

/** " (2017)" after the name, from the year or the release date. */
export function titleYear(film: Film, w: CardWords) {
  const year = film.year ?? (film.datePublished && yearOf(film.datePublished));
  return year
    ? html` <span part="year" class="year">(${numberFormat(w.locale, NO_GROUPING).format(year)})</span>`
    : nothing;
}

export function metaPart({ contentRating, duration, genre }: Film, w: CardWords) {
  const certificate = ratingFor(contentRating, w.region);
  if (!certificate && !duration && !genre) return nothing;
  return html`<p part="meta" class="meta">
    ${
      certificate
        ? html`<span part="rating" class="badge"
            ><span class="visually-hidden">${w.t('rated')} </span>${certificate.value}${
              certificate.region ? html`<span class="visually-hidden"> (${certificate.region})</span>` : nothing
            }</span
          >`
        : nothing
    }
    ${
      duration
        ? html`<time part="runtime" datetime="PT${duration}M"
            >${formatDuration(splitDuration(duration * 60_000, 'hour', 'minute'), w.locale, 'short')}</time
          >`
        : nothing
    }
    ${genre ? html`<span part="genre">${listFormat(w.locale, SHORT_UNIT_LIST).format(genre)}</span>` : nothing}
  </p>`;
}

export function scorePart({ aggregateRating: score }: Film, w: CardWords) {
  if (!score) return nothing;
  const value = decimal(w, score.ratingValue);
  const best = decimal(w, score.bestRating);
  const label = w.t(score.source ? 'scoreBy' : 'score', { value, best, source: score.source ?? '' });
  return html`<p part="score" class="score" role="img" aria-label=${label}>
    <span part="score-value" class="score-value">${value}/${best}</span>
    ${score.source ? html`<span part="score-source" class="score-source">${score.source}</span>` : nothing}
  </p>`;
}

export function creditsPart({ director, actor, author, isBasedOn: basedOn }: Film, w: CardWords) {
  if (!director && !actor && !author && !basedOn) return nothing;
  const credit = (key: string, value: unknown) =>
    value
      ? html`<div>
          <dt>${w.t(key)}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  const work =
    basedOn &&
    (basedOn.url ? html`<a href=${basedOn.url}><cite>${basedOn.name}</cite></a>` : html`<cite>${basedOn.name}</cite>`);
  return html`<dl part="credits" class="credits">
    ${present(
      credit('directedBy', names(w, director)),
      credit('starring', names(w, actor, w.castLimit >= 0 ? w.castLimit : 3, w.roles)),
      credit('writtenBy', names(w, author)),
      credit(
        'basedOn',
        basedOn &&
          html`${work}${basedOn.genre ? ` (${basedOn.genre})` : ''}${
            basedOn.author ? ` ${w.t('by', { name: basedOn.author })}` : ''
          }`,
      ),
    )}
  </dl>`;
}

/** The meta line, score and credits, in order (each `nothing` when the film has none). */
export const readOnlyParts = (film: Film, w: CardWords) => [
  metaPart(film, w),
  scorePart(film, w),
  creditsPart(film, w),
];

/**
 * The poster `<img>`. `onError` is the element's method (Lit calls it with the element
 * as `this`), so no closure is made per render. A poster that is only a URL (what most
 * cards have) binds only src and alt: the responsive and size bindings of the full
 * template cost a part object and an attribute write each, on every card.
 */
export function posterImage(image: ImageRef, alt: string, onError: (e: Event) => void) {
  if (!image.srcset && !image.sizes && !image.width && !image.height)
    return html`<img
      part="poster-image"
      src=${image.url}
      alt=${alt}
      width="400"
      height="600"
      loading="lazy"
      decoding="async"
      @error=${onError}
    />`;
  return html`<img
    part="poster-image"
    src=${image.url}
    srcset=${image.srcset ?? nothing}
    sizes=${image.sizes ?? nothing}
    alt=${alt}
    width=${image.width ?? 400}
    height=${image.height ?? 600}
    loading="lazy"
    decoding="async"
    @error=${onError}
  />`;
}
