/**
 * What a valid Offer is (model.ts), for every input path, and the list <where-to-watch>
 * renders. Prices never travel without a currency; regions are ISO 3166 codes.
 */
import { bool, list, number, oneOf, record, text, url, when, type Coerce } from './fields.js';
import { OFFER_TYPES, type Offer, type OfferProvider, type OfferQuality } from './model.js';
import type { When } from '../time/when.js';

export const MAX_OFFERS = 200;

/** What <where-to-watch> renders: the offers, and the day their prices were checked. */
export interface OfferSet {
  offers: Offer[];
  checked?: When;
}

/** schema.org ActionAccessSpecification categories and the words stores use. */
const TYPE_ALIASES = {
  subscription: 'stream',
  flatrate: 'stream',
  externalsubscription: 'stream',
  streaming: 'stream',
  rental: 'rent',
  purchase: 'buy',
  nologinrequired: 'free',
  theatrical: 'cinema',
  cinemas: 'cinema',
  theater: 'cinema',
} as const;

const offerType = oneOf(OFFER_TYPES, TYPE_ALIASES);

const rawQuality = oneOf(['sd', 'hd', '4k'], { uhd: '4k', '2160p': '4k', fhd: 'hd', '1080p': 'hd', '720p': 'hd' });
const quality: Coerce<OfferQuality> = (value, path, report) =>
  rawQuality(value, path, report)?.toUpperCase() as OfferQuality | undefined;

let currencies: Set<string> | undefined;
/** The ISO 4217 codes this browser's Intl knows; undefined where it cannot list them. */
function knownCurrencies(): Set<string> | undefined {
  const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return list ? (currencies ??= new Set(list('currency'))) : undefined;
}

/** An ISO 4217 code ("usd" → "USD") that Intl can format. */
export const currency: Coerce<string> = (value, path, report) => {
  const code = text(8)(value, path, report)?.toUpperCase();
  if (code === undefined) return undefined;
  const known = knownCurrencies();
  if (!/^[A-Z]{3}$/.test(code) || (known && !known.has(code)))
    return void report(path, `"${code}" is not an ISO 4217 currency`);
  return code;
};

/** An ISO 3166 region code ("us" → "US"), or a UN M49 area ("419"). */
const regionCode: Coerce<string> = (value, path, report) => {
  const code = text(8)(value, path, report)?.toUpperCase();
  if (code === undefined) return undefined;
  if (!/^([A-Z]{2}|\d{3})$/.test(code)) return void report(path, `"${code}" is not an ISO 3166 region`);
  return code;
};

const provider = record<OfferProvider>(
  { name: text(120), logo: url(), url: url() },
  { required: ['name'], shorthand: 'name' },
);

const rawOffer = record<Partial<Offer>>(
  {
    provider,
    type: offerType,
    url: url(),
    price: number(0, 1e9),
    currency,
    quality,
    region: list(regionCode, { splitCommas: true, max: 250 }),
    availabilityStarts: when,
    availabilityEnds: when,
    sponsored: bool,
    affiliate: bool,
  },
  { required: ['provider'] },
);

/**
 * One offer. Without a link of its own it links to the provider; without a type it is
 * "buy" when it has a price, else "stream". A price is kept only with its currency.
 */
export const offer: Coerce<Offer> = (value, path, report) => {
  const o = rawOffer(value, path, report);
  if (!o) return undefined;
  const href = o.url ?? o.provider!.url;
  if (!href) return void report(path || 'data', 'needs url');
  const { price, currency: code, ...rest } = o;
  const priced = price !== undefined && code !== undefined;
  if (price !== undefined && !priced) report(`${path}.price`, 'has no valid currency; not shown');
  return {
    ...rest,
    url: href,
    type: o.type ?? (price !== undefined ? 'buy' : 'stream'),
    ...(priced ? { price, currency: code } : {}),
  } as Offer;
};

export const offers = list(offer, { max: MAX_OFFERS });

export const offerSet = record<OfferSet>({ offers, checked: when }, { required: ['offers'] });
