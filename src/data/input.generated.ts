// Generated from src/data/reelkit.schema.json by scripts/input-types.mjs. Do not edit:
// change the schema and run `node scripts/input-types.mjs`.
/**
 * ISO 8601: YYYY (a year: shown as "2026", a countdown says "Coming 2026"), YYYY-MM (a month: "May 2026"), YYYY-MM-DD (a calendar day), YYYY-MM-DDTHH:MM[:SS] (wall time in timeZone), or with Z/±HH:MM (an exact instant).
 */
export type DateInput = string;
/**
 * An image: a URL string or an object.
 */
export type ImageInput =
  | UrlInput
  | {
      url: UrlInput;
      alt?: string;
      width?: number;
      height?: number;
      srcset?: string;
      sizes?: string;
    };
/**
 * An http(s) URL or a relative URL (path, ?query or #fragment). javascript:, data:, blob:, protocol-relative //host and others are refused.
 */
export type UrlInput = string;
/**
 * One person, a list, or (in attributes) a comma-separated string.
 */
export type PeopleInput = PersonInput | readonly PersonInput[];
export type PersonInput =
  | string
  | {
      name: string;
      url?: UrlInput;
      characterName?: string;
    };
export type LinkInput =
  | UrlInput
  | {
      url: UrlInput;
      kind?: 'info' | 'official' | 'tickets' | 'watch' | 'trailer';
      label?: string;
      sponsored?: boolean;
    };
export type OfferProviderInput =
  | string
  | {
      name: string;
      logo?: UrlInput;
      url?: UrlInput;
    };
export type ContentRatingItemInput =
  | string
  | {
      value: string;
      region?: string;
    };

/**
 * The JSON a <film-data> provider holds (one article). Each widget's own `data` is the matching part: <film-card> a film, <release-countdown> a release or list of releases, <related-links> a list of related items, <video-embed> a video, <pull-quote> a quote, <where-to-watch> a list of offers, <review-score> a review. Unknown keys are ignored by reelkit; over-long text is shortened; invalid fields are dropped with a console warning.
 */
export interface ArticleInput {
  film?: FilmInput;
  /**
   * @maxItems 50
   */
  releases?: readonly ReleaseInput[];
  /**
   * @maxItems 200
   */
  related?: readonly RelatedInput[];
  video?: VideoInput;
  /**
   * @maxItems 200
   */
  offers?: readonly OfferInput[];
  quote?: QuoteInput;
  review?: ReviewInput;
}
export interface FilmInput {
  name: string;
  year?: number;
  datePublished?: DateInput;
  image?: ImageInput;
  director?: PeopleInput;
  author?: PeopleInput;
  actor?: PeopleInput;
  genre?: string | readonly string[];
  /**
   * ISO 8601 duration (PT1H55M) or a number (minutes for a film, seconds for a video).
   */
  duration?: string | number;
  /**
   * One rating, or one per region: the card shows the reader's region's (from the language's region subtag), else one without a region, else the first.
   */
  contentRating?:
    | string
    | {
        value: string;
        region?: string;
      }
    | readonly ContentRatingItemInput[];
  aggregateRating?: AggregateRatingInput;
  description?: string;
  isBasedOn?:
    | string
    | {
        name: string;
        genre?: string;
        author?: string;
        url?: UrlInput;
      };
  trailer?: VideoInput;
  url?: UrlInput;
  /**
   * @maxItems 20
   */
  links?: readonly LinkInput[];
  /**
   * @maxItems 20
   */
  sameAs?: readonly UrlInput[];
  /**
   * @maxItems 50
   */
  releases?: readonly ReleaseInput[];
  /**
   * @maxItems 200
   */
  offers?: readonly OfferInput[];
}
export interface AggregateRatingInput {
  ratingValue: number;
  bestRating?: number;
  worstRating?: number;
  ratingCount?: number;
  source?: string;
  url?: UrlInput;
}
/**
 * Needs an id (with provider) or a url.
 */
export interface VideoInput {
  /**
   * page: a player page of another host (Brightcove, JW Player, Dailymotion…), shown as a link that opens it in a new tab
   */
  provider?: 'youtube' | 'vimeo' | 'file' | 'page';
  /**
   * YouTube id (11 characters) or Vimeo id (digits)
   */
  id?: string;
  url?: UrlInput;
  name?: string;
  thumbnail?: ImageInput;
  /**
   * ISO 8601 duration (PT1H55M) or a number (minutes for a film, seconds for a video).
   */
  duration?: string | number;
  /**
   * ISO 8601 duration (PT1H55M) or a number (minutes for a film, seconds for a video).
   */
  startTime?: string | number;
}
export interface QuoteInput {
  text: string;
  speaker?: string;
  speakerRole?: string;
  url?: UrlInput;
  about?: string;
}
/**
 * A critic's review of a film (<review-score>). Needs a ratingValue or a headline; a ratingValue outside [worstRating, bestRating] is dropped with a warning.
 */
export interface ReviewInput {
  ratingValue?: number;
  /**
   * Default: 5 for values up to 5, 10 up to 10, else 100.
   */
  bestRating?: number;
  /**
   * Default 0.
   */
  worstRating?: number;
  /**
   * The verdict.
   */
  headline?: string;
  reviewBody?: string;
  /**
   * A list, or one text with one item per line.
   */
  pros?: string | readonly string[];
  /**
   * A list, or one text with one item per line.
   */
  cons?: string | readonly string[];
  author?:
    | string
    | {
        name: string;
        url?: UrlInput;
      };
  publisher?:
    | string
    | {
        name: string;
        url?: UrlInput;
      };
  datePublished?: DateInput;
  url?: UrlInput;
  itemReviewed?:
    | string
    | {
        name: string;
        year?: number;
        url?: UrlInput;
      };
  aggregateRating?: AggregateRatingInput;
}
export interface ReleaseInput {
  /**
   * theatrical, digital, physical, streaming or tv (aliases: cinema, dvd, blu-ray, 4k, vod, digital hd)
   */
  kind?: string;
  /**
   * For physical releases: dvd, blu-ray or 4k
   */
  format?: string;
  date: DateInput;
  /**
   * IANA time zone the date is meant in, e.g. America/Los_Angeles. Absent: the reader's zone.
   */
  timeZone?: string;
  /**
   * ISO 3166 region, e.g. US
   */
  region?: string;
  label?: string;
  url?: UrlInput;
}
export interface RelatedInput {
  headline: string;
  url: UrlInput;
  image?: ImageInput;
  datePublished?: DateInput;
  articleSection?: string;
  author?: string;
  sponsored?: boolean;
}
/**
 * One way to watch the film (schema.org Offer / WatchAction). Without `url` the provider's url is the link; without `type` it is "buy" with a price, else "stream".
 */
export interface OfferInput {
  provider: OfferProviderInput;
  /**
   * stream, rent, buy, free, ads (free with adverts) or cinema; the other words are aliases (case ignored).
   */
  type?:
    | 'stream'
    | 'rent'
    | 'buy'
    | 'free'
    | 'ads'
    | 'cinema'
    | 'subscription'
    | 'flatrate'
    | 'externalsubscription'
    | 'streaming'
    | 'rental'
    | 'purchase'
    | 'nologinrequired'
    | 'theatrical'
    | 'cinemas'
    | 'theater';
  url?: UrlInput;
  /**
   * Shown only with `currency`.
   */
  price?: number | string;
  /**
   * ISO 4217 code: USD, EUR, GBP.
   */
  currency?: string;
  quality?: string;
  region?: string | readonly string[];
  availabilityStarts?: DateInput;
  availabilityEnds?: DateInput;
  sponsored?: boolean;
  affiliate?: boolean;
}
/**
 * What <where-to-watch> renders: its offers and the day their prices were checked.
 */
export interface OfferSetInput {
  /**
   * @maxItems 200
   */
  offers: readonly OfferInput[];
  checked?: DateInput;
}
