/**
 * Specs for every record of the model (see model.ts). One place decides what a valid
 * Film, Release, RelatedLink, Video and Quote is, for every input path.
 */
import {
  bool,
  list,
  MAX_LONG_TEXT,
  number,
  oneOf,
  record,
  span,
  srcset,
  text,
  timeZone,
  url,
  when,
  type Coerce,
} from './fields.js';
import {
  LINK_KINDS,
  VIDEO_PROVIDERS,
  type Article,
  type ContentRating,
  type CreativeWorkRef,
  type Film,
  type ImageRef,
  type Link,
  type Person,
  type Quote,
  type RelatedLink,
  type Release,
  type Review,
  type Video,
} from './model.js';
import { discFormat, formatOfKind, releaseKind } from './releases.js';
import { filmReviewWith } from './reviews.js';
import { resolveVideo } from './video.js';
import { MAX_OFFERS, offer } from './offers.js';

export const MAX_RELATED = 200;

export const imageRef = record<ImageRef>(
  {
    url: url(),
    alt: text(),
    width: number(1, 10_000, true),
    height: number(1, 10_000, true),
    srcset,
    sizes: text(),
  },
  { required: ['url'], shorthand: 'url' },
);

export const person = record<Person>(
  { name: text(200), url: url(), characterName: text(200) },
  { required: ['name'], shorthand: 'name' },
);

const oneRating = record<ContentRating>(
  { value: text(40), region: text(8) },
  { required: ['value'], shorthand: 'value' },
);
const ratings = list(oneRating, { max: 40 });

/** One rating as before, or a list of them, one per region. */
const contentRating: Coerce<ContentRating | ContentRating[]> = (value, path, report) =>
  Array.isArray(value) ? ratings(value, path, report) : oneRating(value, path, report);

const rawReview = record<Partial<Review>>({
  ratingValue: number(-1e6, 1e6),
  bestRating: number(-1e6, 1e6),
  worstRating: number(-1e6, 1e6),
  ratingCount: number(0, 1e12, true),
  source: text(200),
  url: url(),
});

/** A score needs a value inside its scale; the scale defaults to 0–10, as most film sites use. */
export const review: Coerce<Review> = (value, path, report) => {
  const r = rawReview(value, path, report);
  if (!r || r.ratingValue === undefined) {
    if (r) report(path, 'needs ratingValue');
    return undefined;
  }
  const best = r.bestRating ?? (r.ratingValue > 10 ? 100 : 10);
  const worst = r.worstRating ?? 0;
  if (!(worst < best) || r.ratingValue < worst || r.ratingValue > best) {
    return void report(`${path}.ratingValue`, `${r.ratingValue} is outside its scale ${worst}–${best}`);
  }
  return { ...r, ratingValue: r.ratingValue, bestRating: best, worstRating: worst };
};

const creativeWork = record<CreativeWorkRef>(
  { name: text(300), genre: text(80), author: text(200), url: url() },
  { required: ['name'], shorthand: 'name' },
);

const rawLink = record<Link>(
  {
    url: url(),
    kind: oneOf(LINK_KINDS, { tickets: 'tickets', buy: 'watch', stream: 'watch', website: 'official' }),
    label: text(120),
    sponsored: bool,
  },
  { required: ['url'], shorthand: 'url' },
);

/** A link; without a (valid) kind it is a plain "more info" link. */
export const link: Coerce<Link> = (value, path, report) => {
  const l = rawLink(value, path, report);
  return l && { ...l, kind: l.kind ?? 'info' };
};

// Specs are built once at module load, not per value (a page has hundreds of these).
const rawRelease = record<Partial<Release>>(
  {
    kind: releaseKind,
    format: discFormat,
    date: when,
    timeZone,
    region: text(8),
    label: text(120),
    url: url(),
  },
  { required: ['date'] },
);

export const release: Coerce<Release> = (value, path, report) => {
  const r = rawRelease(value, path, report);
  if (!r) return undefined;
  // "kind": "blu-ray" is how people write it: keep the format it names.
  const format = r.format ?? formatOfKind((value as { kind?: unknown }).kind);
  return { ...r, kind: r.kind ?? (format ? 'physical' : 'theatrical'), ...(format ? { format } : {}) } as Release;
};

const rawVideo = record<Partial<Video>>({
  provider: oneOf(VIDEO_PROVIDERS, { 'youtube-nocookie': 'youtube', mp4: 'file', webm: 'file' }),
  id: text(64),
  url: url(),
  name: text(300),
  thumbnail: imageRef,
  duration: span(1, 86_400 * 2),
  startTime: span(1, 86_400 * 2),
});

export const video: Coerce<Video> = (value, path, report) => {
  const v = rawVideo(value, path, report);
  if (!v) return undefined;
  return resolveVideo(v, path, report);
};

export const relatedLink = record<RelatedLink>(
  {
    headline: text(300),
    url: url(),
    image: imageRef,
    datePublished: when,
    articleSection: text(80),
    author: text(120),
    sponsored: bool,
  },
  { required: ['headline', 'url'] },
);

export const quote = record<Quote>(
  { text: text(MAX_LONG_TEXT), speaker: text(200), speakerRole: text(200), url: url(), about: text(300) },
  { required: ['text'], shorthand: 'text' },
);

const FILM_FIELDS = {
  name: text(300),
  year: number(1870, 2999, true),
  datePublished: when,
  image: imageRef,
  director: list(person, { splitCommas: true, max: 50 }),
  author: list(person, { splitCommas: true, max: 50 }),
  actor: list(person, { splitCommas: true, max: 200 }),
  genre: list(text(60), { splitCommas: true, max: 20 }),
  duration: span(60, 60 * 24 * 7),
  contentRating,
  aggregateRating: review,
  description: text(MAX_LONG_TEXT),
  isBasedOn: creativeWork,
  trailer: video,
  url: url(),
  links: list(link, { max: 20 }),
  sameAs: list(url(), { max: 20 }),
  releases: list(release, { max: 50 }),
  offers: list(offer, { max: MAX_OFFERS }),
};

export const film = record<Film>(FILM_FIELDS, { required: ['name'], shorthand: 'name' });

/**
 * The film as <film-card> shows it: every field but `releases`, `sameAs` and `offers`,
 * which the card never renders. A card checks only what it shows: it should neither spend time on
 * a release list nor warn about data it ignores.
 */
export const filmShown = record<Film>(
  Object.fromEntries(Object.entries(FILM_FIELDS).filter(([key]) => !['releases', 'sameAs', 'offers'].includes(key))),
  { required: ['name'], shorthand: 'name' },
);

export const filmReview = filmReviewWith(review);

export const article = record<Article>({
  film,
  releases: list(release, { max: 50 }),
  related: list(relatedLink, { max: MAX_RELATED }),
  video,
  offers: list(offer, { max: MAX_OFFERS }),
  quote,
  review: filmReview,
});
