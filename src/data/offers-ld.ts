/**
 * schema.org -> raw offers (checked later by offers.ts, like every input): a Movie's
 * `offers` (Offer, or AggregateOffer with its offers or its lowPrice) and its
 * `potentialAction` WatchActions: the target's urlTemplate, and per
 * ActionAccessSpecification the category, availability, eligibleRegion and the Offer it
 * expects (price, currency, seller).
 */
import { isRecord } from './fields.js';
import { all, first, get, isType, type Json } from './jsonld-graph.js';

/** "https://schema.org/Rental" and "Rental" alike; the offer spec knows the words. */
const category = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/^.*[/#]/, '') : v);

/** A provider: Organization {name, url, logo}, or its name. */
function seller(v: unknown): unknown {
  const s = first(v);
  if (!isRecord(s)) return s;
  const logo = first(get(s, 'logo'));
  return { name: get(s, 'name'), url: get(s, 'url'), logo: isRecord(logo) ? get(logo, 'url') : logo };
}

/** Country {name: "US"}, Place with an address, or the code itself. */
function regions(v: unknown): unknown {
  if (v === undefined) return undefined;
  return all(v).map((r) =>
    isRecord(r) ? (get(r, 'identifier') ?? get(get(r, 'address'), 'addressCountry') ?? get(r, 'name')) : r,
  );
}

/** The host a link points to, as a provider's name of last resort ("www.example.com" → "example.com"). */
const hostOf = (href: unknown): unknown =>
  typeof href === 'string' ? /^https?:\/\/(?:www\.)?([^/?#:@]+)/i.exec(href)?.[1] : undefined;

function offerFromLd(o: Json): Json {
  const spec = first(get(o, 'priceSpecification'));
  return {
    provider: seller(get(o, 'seller') ?? get(o, 'offeredBy')),
    type: category(get(o, 'category') ?? get(o, 'businessFunction')),
    url: get(o, 'url'),
    price: get(o, 'price') ?? get(o, 'lowPrice') ?? get(spec, 'price'),
    currency: get(o, 'priceCurrency') ?? get(spec, 'priceCurrency'),
    region: regions(get(o, 'eligibleRegion') ?? get(o, 'areaServed')),
    availabilityStarts: get(o, 'availabilityStarts'),
    availabilityEnds: get(o, 'availabilityEnds'),
  };
}

/** Offer and AggregateOffer nodes; an AggregateOffer that lists its offers gives those. */
function fromOffers(v: unknown): Json[] {
  return all(v)
    .filter(isRecord)
    .flatMap((o) =>
      isType(o, 'AggregateOffer') && get(o, 'offers') !== undefined ? fromOffers(get(o, 'offers')) : [offerFromLd(o)],
    );
}

/** One offer per access requirement of each WatchAction (one when it states none). */
function fromWatchActions(v: unknown): Json[] {
  return all(v)
    .filter((a) => isType(a, 'WatchAction'))
    .flatMap((a) => {
      const target = first(get(a, 'target'));
      const href = isRecord(target) ? (get(target, 'urlTemplate') ?? get(target, 'url')) : target;
      const access = all(get(a, 'actionAccessibilityRequirement')).filter(isRecord);
      return (access.length ? access : [{}]).map((req) => {
        const deal = first(get(req, 'expectsAcceptanceOf'));
        const o = isRecord(deal) ? offerFromLd(deal) : {};
        return {
          ...o,
          provider: o.provider ?? seller(get(a, 'provider') ?? get(a, 'agent')) ?? hostOf(href),
          type: category(get(req, 'category')) ?? o.type,
          url: href ?? o.url,
          region: regions(get(req, 'eligibleRegion')) ?? o.region,
          availabilityStarts: get(req, 'availabilityStarts') ?? o.availabilityStarts,
          availabilityEnds: get(req, 'availabilityEnds') ?? o.availabilityEnds,
        };
      });
    });
}

/** A Movie node's offers and watch actions as raw offers; undefined when it has none. */
export function offersFromLd(movie: Json): Json[] | undefined {
  const out = [...fromOffers(get(movie, 'offers')), ...fromWatchActions(get(movie, 'potentialAction'))];
  return out.length ? out : undefined;
}
