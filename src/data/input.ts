/**
 * What a page may pass as an element's `data` property: its record as the JSON Schema
 * describes it (the `*Input` types are generated from src/data/reelkit.schema.json, see
 * scripts/input-types.mjs). Types only.
 *
 * These are the developer's side of the contract: at run time every input is still
 * checked, and a field that fails is dropped with one warning naming the element and the
 * field (`data` takes `unknown` there). The model types (src/data/model.ts) are what an
 * element renders after that check.
 *
 * Not in the type, though accepted at run time: schema.org JSON-LD objects (`{"@type":
 * "Movie", …}`). A JSON-LD node has any keys, so with it in the union a misspelt key in an
 * object literal (`yeer: 2017`) would no longer be an error, and unknown keys are
 * otherwise silently ignored. JSON-LD goes in through `jsonld`, the `data` attribute or a
 * child script, or with a cast.
 */
import type {
  FilmInput,
  OfferInput,
  OfferSetInput,
  QuoteInput,
  RelatedInput,
  ReleaseInput,
  ReviewInput,
  VideoInput,
} from './input.generated.js';
import type { Film, FilmReview, Quote, RecordType, RelatedLink, Release, Video } from './model.js';
import type { OfferSet } from './offers.js';

export type * from './input.generated.js';
export type { OfferSet } from './offers.js';

/**
 * Each record type's `data`. A list may be given bare (`[…]`) or as the record
 * (`{ releases: […] }`); <release-countdown> and <where-to-watch> also take one item. The
 * checked model (`Film`, what <film-data> hands down and events carry) is taken too.
 * (Written out, not through a helper type: custom-elements.json quotes these lines.)
 */
export interface DataInputs {
  film: FilmInput | Film;
  release: ReleaseInput | readonly ReleaseInput[] | { releases: readonly (ReleaseInput | Release)[] };
  related:
    readonly RelatedInput[] | { items: readonly (RelatedInput | RelatedLink)[] } | { related: readonly RelatedInput[] };
  video: VideoInput | Video;
  quote: QuoteInput | Quote;
  review: ReviewInput | FilmReview;
  offers: OfferInput | readonly OfferInput[] | OfferSetInput | OfferSet;
}

/** The `data` property of an element that renders record type `K`. */
export type DataInput<K extends RecordType> = DataInputs[K];
