/**
 * Offer helpers for <where-to-watch>: its plain-link fallback read as input, and the
 * offers as rendered (the reader's region, still on sale, grouped, cheapest first,
 * tracking parameters added, the rel each link needs).
 */
import type { Offer, OfferType } from '../../data/model.js';
import { isCrossOrigin } from '../../data/safe-url.js';
import { withParams } from '../../data/utm.js';
import { formatShortWhen } from '../../time/duration.js';
import { numberFormat } from '../../time/intl.js';
import { toEpochMs } from '../../time/when.js';

/** Display groups in order; "ads" (free with adverts) is shown with the free offers. */
export const GROUPS = ['stream', 'rent', 'buy', 'free', 'cinema'] as const;
export type Group = (typeof GROUPS)[number];
const groupOf = (type: OfferType): Group => (type === 'ads' ? 'free' : type);

/** An offer as rendered. `position` counts from 1 over the whole element, as schema.org ListItem does. */
export interface OfferView {
  offer: Offer;
  href: string;
  rel?: string;
  position: number;
  /** availabilityStarts is still ahead: a pre-order. */
  upcoming: boolean;
}

export interface OfferGroup {
  group: Group;
  views: OfferView[];
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW' };
const AMOUNT = String.raw`(\d{1,7}(?:[.,]\d{1,2})?)`;
const UNIT = String.raw`([$€£¥₹₩]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|SEK|NOK|DKK|PLN|CZK|HUF|INR|BRL|MXN|KRW|TRY)\b)`;
const PRICE = new RegExp(`${UNIT}\\s?${AMOUNT}|${AMOUNT}\\s?${UNIT}`);

/**
 * A price written in link text ("$3.99", "3,99 €", "EUR 3.99"): amount, currency and the
 * text without it; undefined when the text names no price.
 */
export function priceIn(text: string): { price: string; currency: string; rest: string } | undefined {
  const m = PRICE.exec(text);
  if (!m) return undefined;
  const unit = m[1] ?? m[4]!;
  const amount = (m[2] ?? m[3]!).replace(',', '.');
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/[\s:–—·|,-]+$/, '').trim();
  return { price: amount, currency: SYMBOLS[unit] ?? unit, rest };
}

/**
 * The plain links a page writes inside `host` (`<a href>` children, or a `<ul>`/`<ol>` of
 * them) as raw offers, checked later by the pipeline: the text is the provider, a price
 * in it is read, `data-type` (or the list's) gives the type, rel="sponsored" marks an ad.
 */
export function plainOffers(host: Element): Record<string, unknown>[] {
  const out = [];
  for (const a of host.querySelectorAll<HTMLAnchorElement>(':scope > a[href], :scope > :is(ul, ol) > li a[href]')) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const priced = priceIn(text);
    const typed = a.closest('[data-type]');
    out.push({
      provider: priced ? priced.rest : text,
      url: a.getAttribute('href'),
      price: priced?.price,
      currency: priced?.currency,
      type: typed && host.contains(typed) ? typed.getAttribute('data-type') : undefined,
      sponsored: a.relList.contains('sponsored') || undefined,
    });
  }
  return out;
}

/** Whether an offer is for `region` (offers without regions are for everyone). */
const forRegion = (offer: Offer, region: string | undefined) =>
  !region || !offer.region || offer.region.includes(region);

/**
 * The offers to show, grouped in GROUPS order, cheapest first within a group (offers
 * without a price after the priced ones, in their given order): only the reader's
 * region's and none whose availability has ended. Every href gets `utm`; a sponsored or
 * affiliate link gets rel="sponsored noopener", another origin's rel="noopener".
 */
export function buildGroups(
  offers: readonly Offer[],
  options: { region?: string; now: number; page: string; utm: Record<string, string | undefined> },
): OfferGroup[] {
  const { region, now, page, utm } = options;
  const shown = offers.filter(
    (o) => forRegion(o, region) && !(o.availabilityEnds && toEpochMs(o.availabilityEnds) <= now),
  );
  const price = (o: Offer) => o.price ?? Infinity;
  let position = 0;
  const groups: OfferGroup[] = [];
  for (const group of GROUPS) {
    const views = shown
      .filter((o) => groupOf(o.type) === group)
      .sort((a, b) => price(a) - price(b) || 0)
      .map((offer) => {
        const paid = offer.sponsored || offer.affiliate;
        const rel = paid ? 'sponsored noopener' : isCrossOrigin(offer.url, page) ? 'noopener' : undefined;
        const upcoming = !!offer.availabilityStarts && toEpochMs(offer.availabilityStarts) > now;
        return { offer, href: withParams(offer.url, utm), rel, position: ++position, upcoming };
      });
    if (views.length) groups.push({ group, views });
  }
  return groups;
}

/** "$3.99" in the reader's language. */
export const formatPrice = (price: number, currency: string, locale: string | undefined): string =>
  numberFormat(locale, { style: 'currency', currency }).format(price);

/** An element's words: `t(key, values)`. */
export type Words = (key: string, values?: Record<string, string | number>) => string;

/**
 * What an offer's link says in the reader's language: its price, when an upcoming offer
 * starts, its "Ad"/"Affiliate" mark, and its whole accessible name ("Rent on Rent
 * Example for $3.99, HD, Pre-order, Affiliate").
 */
export function offerTexts({ offer, upcoming }: OfferView, now: number, locale: string | undefined, t: Words) {
  const price = offer.price !== undefined ? formatPrice(offer.price, offer.currency!, locale) : undefined;
  const when = upcoming ? formatShortWhen(offer.availabilityStarts!, now, locale) : undefined;
  const mark = offer.sponsored ? t('sponsored') : offer.affiliate ? t('affiliate') : '';
  const soon = when && (offer.type === 'buy' ? t('preorder') : t('from', { date: when }));
  const values = { type: t(offer.type), provider: offer.provider.name, price: price ?? '' };
  const name = [t(price ? 'offerPrice' : 'offer', values), offer.quality, soon, mark].filter(Boolean).join(', ');
  return { price, when, mark, name };
}

/** The attributes of a single offer. */
export interface OfferAttributes {
  provider?: string;
  href?: string;
  type?: string;
  price?: string;
  currency?: string;
  quality?: string;
  logo?: string;
  starts?: string;
  sponsored?: boolean;
  affiliate?: boolean;
  checked?: string;
}

/** The raw record the attributes describe: one offer (with `provider` or `href`) and `checked`. */
export function singleOffer(a: OfferAttributes): Record<string, unknown> | undefined {
  const one = a.provider || a.href;
  if (!one && !a.checked) return undefined;
  const offer = {
    provider: a.provider && { name: a.provider, logo: a.logo },
    url: a.href,
    type: a.type,
    price: a.price,
    currency: a.currency,
    quality: a.quality,
    availabilityStarts: a.starts,
    sponsored: a.sponsored || undefined,
    affiliate: a.affiliate || undefined,
  };
  return { offers: one ? [offer] : undefined, checked: a.checked || undefined };
}
