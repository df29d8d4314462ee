/**
 * The article model every widget renders. Types only.
 *
 * Field names follow schema.org where it has one (name, director, actor, genre,
 * duration, contentRating, aggregateRating, datePublished, isBasedOn, thumbnailUrl…)
 * so JSON-LD maps with little code. Values here are already checked: URLs passed the
 * allow-list, dates parsed, numbers are finite. A field that failed is absent.
 */
import type { When } from '../time/when.js';

export interface ImageRef {
  /** Allow-listed http(s) or relative URL. */
  url: string;
  alt?: string;
  width?: number;
  height?: number;
  /** Each candidate URL was checked; descriptors kept as given. */
  srcset?: string;
  sizes?: string;
}

export interface Person {
  name: string;
  url?: string;
  /** For cast: the character played (schema.org PerformanceRole.characterName). */
  characterName?: string;
}

export interface ContentRating {
  /** The rating as written: "R", "15", "FSK 16". */
  value: string;
  /** ISO 3166 region the rating applies to, e.g. "US". */
  region?: string;
}

export interface Review {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  ratingCount?: number;
  /** Who gave the score: "Rotten Tomatoes", "The Guardian". */
  source?: string;
  url?: string;
}

export interface CreativeWorkRef {
  name: string;
  /** "graphic novel", "novel", "play"… */
  genre?: string;
  author?: string;
  url?: string;
}

export const LINK_KINDS = ['info', 'official', 'tickets', 'watch', 'trailer'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface Link {
  url: string;
  kind: LinkKind;
  label?: string;
  /** Paid placement: rendered with rel="sponsored". */
  sponsored?: boolean;
}

/** Kinds of offer, in the order <where-to-watch> groups them ("ads": free with adverts). */
export const OFFER_TYPES = ['stream', 'rent', 'buy', 'free', 'ads', 'cinema'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];
export const OFFER_QUALITIES = ['SD', 'HD', '4K'] as const;
export type OfferQuality = (typeof OFFER_QUALITIES)[number];

/** Who sells or streams: a shop, a streaming service, a cinema chain (schema.org seller). */
export interface OfferProvider {
  name: string;
  /** URL of the publisher's own copy of the provider's logo (allow-listed); no request to the provider. */
  logo?: string;
  url?: string;
}

/** One way to watch the film: stream, rent, buy… (schema.org Offer / WatchAction). */
export interface Offer {
  provider: OfferProvider;
  type: OfferType;
  /** The offer's own link (allow-listed); the provider's url when the offer has none. */
  url: string;
  /** Never without `currency`: a price whose currency is missing or unknown is dropped. */
  price?: number;
  /** ISO 4217 code, upper case: "USD". */
  currency?: string;
  quality?: OfferQuality;
  /** ISO 3166 regions the offer is for, upper case; absent = everywhere. */
  region?: string[];
  /** In the future: a pre-order ("From 14 Nov"). */
  availabilityStarts?: When;
  /** In the past: the offer is over and not shown. */
  availabilityEnds?: When;
  /** Paid placement: rel="sponsored" and an "Ad" mark. */
  sponsored?: boolean;
  /** Affiliate link: rel="sponsored" and an "Affiliate" mark. */
  affiliate?: boolean;
}

export const RELEASE_KINDS = ['theatrical', 'digital', 'physical', 'streaming', 'tv'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];
export const PHYSICAL_FORMATS = ['dvd', 'blu-ray', '4k'] as const;
export type PhysicalFormat = (typeof PHYSICAL_FORMATS)[number];

export interface Release {
  kind: ReleaseKind;
  /** For kind "physical": DVD, Blu-ray or 4K UHD. */
  format?: PhysicalFormat;
  /** A calendar day, a wall-clock time, or an exact instant (see src/time/when.ts). */
  date: When;
  /** IANA zone the date is meant in; absent = the reader's zone. */
  timeZone?: string;
  /** ISO 3166 region, e.g. "US". */
  region?: string;
  /** Free label shown instead of the kind's name: "Digital HD", "4K Ultra HD". */
  label?: string;
  url?: string;
}

/**
 * `page`: a player page of another host (Brightcove, JW Player, Dailymotion…): the facade
 * is a link that opens it in a new tab. Without a url: the poster and title only.
 */
export const VIDEO_PROVIDERS = ['youtube', 'vimeo', 'file', 'page'] as const;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];

export interface Video {
  provider: VideoProvider;
  /** Provider id (YouTube 11 chars, Vimeo digits). Absent for files. */
  id?: string;
  /** Allow-listed URL: the file for provider "file", the player page for "page", else the public watch page. */
  url?: string;
  name?: string;
  thumbnail?: ImageRef;
  /** Seconds. */
  duration?: number;
  /** Seconds into the video to start at. */
  startTime?: number;
}

export interface Film {
  name: string;
  /** Release year shown after the title; derived from datePublished when absent. */
  year?: number;
  datePublished?: When;
  image?: ImageRef;
  director?: Person[];
  /** Writers (schema.org CreativeWork.author). */
  author?: Person[];
  actor?: Person[];
  genre?: string[];
  /** Runtime in whole minutes (inputs: ISO 8601 "PT1H55M", or minutes). */
  duration?: number;
  /** One rating, or one per region (the card shows the reader's region's). */
  contentRating?: ContentRating | ContentRating[];
  aggregateRating?: Review;
  /** Synopsis. */
  description?: string;
  isBasedOn?: CreativeWorkRef;
  trailer?: Video;
  /** Official site (schema.org url). */
  url?: string;
  links?: Link[];
  sameAs?: string[];
  releases?: Release[];
  offers?: Offer[];
}

export interface RelatedLink {
  headline: string;
  url: string;
  image?: ImageRef;
  datePublished?: When;
  /** Kicker / category line above the headline (schema.org articleSection). */
  articleSection?: string;
  author?: string;
  sponsored?: boolean;
}

export interface Quote {
  text: string;
  speaker?: string;
  speakerRole?: string;
  /** Source of the quote; becomes <blockquote cite>. */
  url?: string;
  /** Film the quote is about (name only). */
  about?: string;
}

/** What a <film-data> provider holds: everything one article carries. */
export interface Article {
  film?: Film;
  /** Releases not tied to film.releases (merged with them for countdowns). */
  releases?: Release[];
  related?: RelatedLink[];
  video?: Video;
  offers?: Offer[];
  quote?: Quote;
  review?: FilmReview;
}

export type RecordType = 'film' | 'release' | 'related' | 'video' | 'quote' | 'review' | 'offers';

/** A publication or an organisation: the review's publisher. */
export interface Publisher {
  name: string;
  url?: string;
}

/** The work a review is about (schema.org itemReviewed): usually the article's film. */
export interface ReviewedWork {
  name: string;
  year?: number;
  url?: string;
  image?: ImageRef;
}

/**
 * A critic's review of a film (schema.org Review / CriticReview): the verdict box of
 * <review-score>. Not `Review`, which is a rating record (a film's aggregateRating).
 * `ratingValue` lies inside [worstRating, bestRating]; a value outside its scale was
 * dropped with a warning and the rest of the review kept.
 */
export interface FilmReview {
  ratingValue?: number;
  /** Top of the scale: given, else 5, 10 or 100 by the value. */
  bestRating: number;
  worstRating: number;
  /** The verdict, one line ("A stylish, brutal spy thriller"). */
  headline?: string;
  /** An excerpt of the review. */
  reviewBody?: string;
  /** schema.org positiveNotes. */
  pros?: string[];
  /** schema.org negativeNotes. */
  cons?: string[];
  author?: Person;
  publisher?: Publisher;
  datePublished?: When;
  /** The full review. */
  url?: string;
  itemReviewed?: ReviewedWork;
  /** Audience or critics' average, shown beside the review's own score. */
  aggregateRating?: Review;
}
