/** The offer record on its own: every field's check, every input shape, schema.org Offer and WatchAction. */
import { expect } from '@open-wc/testing';
import { offer, offerSet } from '../../src/data/offers.js';
import { normalizeOwn, resolveArticle, resolveRecord, selectFromArticle } from '../../src/data/read.js';
import { articleFromLd } from '../../src/data/schema-org.js';
import { watchLd, watchOffers } from '../fixtures/offers.js';

type Reports = string[];
const check = (value: unknown): [unknown, Reports] => {
  const reports: Reports = [];
  const out = offer(value, 'offers[0]', (path, reason) => reports.push(`${path}: ${reason}`));
  return [out, reports];
};

describe('offer (the record spec)', () => {
  it('keeps a complete offer, normalising codes and aliases', () => {
    expect(
      check({
        provider: { name: 'Rent Example', url: 'https://rent.example.com/', logo: '/img/rent.svg' },
        type: 'Rental',
        url: 'https://rent.example.com/a?x=1',
        price: '3.99',
        currency: 'usd',
        quality: '1080p',
        region: 'us, gb',
        availabilityStarts: '2017-11-14',
        sponsored: false,
        affiliate: true,
      }),
    ).to.deep.equal([
      {
        provider: { name: 'Rent Example', url: 'https://rent.example.com/', logo: '/img/rent.svg' },
        type: 'rent',
        url: 'https://rent.example.com/a?x=1',
        price: 3.99,
        currency: 'USD',
        quality: 'HD',
        region: ['US', 'GB'],
        availabilityStarts: { type: 'day', y: 2017, m: 11, d: 14 },
        sponsored: false,
        affiliate: true,
      },
      [],
    ]);
  });

  const aliases: [string, string][] = [
    ['subscription', 'stream'],
    ['flatrate', 'stream'],
    ['externalSubscription', 'stream'],
    ['rental', 'rent'],
    ['purchase', 'buy'],
    ['nologinrequired', 'free'],
    ['ads', 'ads'],
    ['theatrical', 'cinema'],
  ];
  for (const [word, type] of aliases) {
    it(`type "${word}" is ${type}`, () => {
      expect((check({ provider: 'P', url: '/x', type: word })[0] as { type: string }).type).to.equal(type);
    });
  }

  it('without a type: "buy" with a price, else "stream"; without a url: the provider’s', () => {
    expect(check({ provider: { name: 'P', url: '/p' } })).to.deep.equal([
      { provider: { name: 'P', url: '/p' }, url: '/p', type: 'stream' },
      [],
    ]);
    expect(check({ provider: 'P', url: '/x', price: 5, currency: 'EUR' })[0]).to.deep.equal({
      provider: { name: 'P' },
      url: '/x',
      type: 'buy',
      price: 5,
      currency: 'EUR',
    });
  });

  const bad: [string, unknown, unknown, string[]][] = [
    [
      'a javascript: link drops the offer (no provider url to fall back on)',
      { provider: 'P', url: 'javascript:alert(1)' },
      undefined,
      ['offers[0].url: javascript: URLs are not allowed', 'offers[0]: needs url'],
    ],
    ['no provider', { url: '/x' }, undefined, ['offers[0]: needs provider']],
    [
      'a negative price',
      { provider: 'P', url: '/x', type: 'rent', price: -3, currency: 'USD' },
      { provider: { name: 'P' }, url: '/x', type: 'rent' },
      ['offers[0].price: -3 is outside 0–1000000000'],
    ],
    [
      'NaN as a price',
      { provider: 'P', url: '/x', type: 'rent', price: 'NaN', currency: 'USD' },
      { provider: { name: 'P' }, url: '/x', type: 'rent' },
      ['offers[0].price: expected a number, got a string'],
    ],
    [
      'an unknown currency drops the price too',
      { provider: 'P', url: '/x', type: 'rent', price: 3, currency: 'XYZ' },
      { provider: { name: 'P' }, url: '/x', type: 'rent' },
      ['offers[0].currency: "XYZ" is not an ISO 4217 currency', 'offers[0].price: has no valid currency; not shown'],
    ],
    [
      'a price without a currency',
      { provider: 'P', url: '/x', type: 'rent', price: 3 },
      { provider: { name: 'P' }, url: '/x', type: 'rent' },
      ['offers[0].price: has no valid currency; not shown'],
    ],
    [
      'an unknown type and quality, a bad region',
      { provider: 'P', url: '/x', type: 'lease', quality: '8K', region: ['US', 'Narnia'] },
      { provider: { name: 'P' }, url: '/x', type: 'stream', region: ['US'] },
      [
        'offers[0].type: "lease" is not one of stream, rent, buy, free, ads, cinema',
        'offers[0].quality: "8K" is not one of sd, hd, 4k',
        'offers[0].region[1]: "NARNIA" is not an ISO 3166 region',
      ],
    ],
  ];
  for (const [name, input, expected, reports] of bad) {
    it(name, () => expect(check(input)).to.deep.equal([expected, reports]));
  }
});

describe('offers through the pipeline', () => {
  const quiet = () => {};

  it('a list, a single offer and a film with offers are all own JSON', () => {
    expect(normalizeOwn('offers', [1, 2])).to.deep.equal({ offers: [1, 2] });
    expect(normalizeOwn('offers', { provider: 'P', url: '/x' })).to.deep.equal({
      offers: [{ provider: 'P', url: '/x' }],
    });
    expect(normalizeOwn('offers', { offers: [], checked: '2017-11-01' })).to.deep.equal({
      offers: [],
      checked: '2017-11-01',
    });
  });

  it('a provider’s article gives its own offers, else its film’s', () => {
    expect(selectFromArticle('offers', { offers: ['a'], film: { name: 'F', offers: ['b'] } })).to.deep.equal({
      offers: ['a'],
    });
    expect(selectFromArticle('offers', { film: { name: 'F', offers: ['b'] } })).to.deep.equal({ offers: ['b'] });
    expect(selectFromArticle('offers', { film: { name: 'F' } })).to.equal(undefined);
  });

  it('an article is checked with its offers and its film’s', () => {
    const a = resolveArticle({ film: { name: 'F', offers: watchOffers }, offers: watchOffers.slice(0, 1) }, quiet);
    expect(a?.offers?.map((o) => o.provider.name)).to.deep.equal(['Stream Example']);
    expect(a?.film?.offers?.length).to.equal(4);
  });

  it('checked is a date', () => {
    const reports: string[] = [];
    const set = offerSet({ offers: watchOffers, checked: 'yesterday' }, '', (p, r) => reports.push(`${p}: ${r}`));
    expect(set?.checked).to.equal(undefined);
    expect(reports).to.deep.equal(['checked: not an ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM)']);
  });

  it('schema.org WatchAction, AggregateOffer and Offer give the same offers as the JSON', () => {
    const reports: string[] = [];
    const fromLd = resolveRecord('offers', [selectFromArticle('offers', articleFromLd(watchLd))], (p, r) =>
      reports.push(`${p}: ${r}`),
    );
    expect(reports).to.deep.equal([]);
    expect(fromLd?.offers).to.deep.equal([
      {
        provider: { name: 'Shop Example' },
        type: 'buy',
        url: 'https://shop.example.com/atomic-blonde-digital-hd',
        price: 14.99,
        currency: 'USD',
        region: ['US'],
      },
      {
        provider: { name: 'Disc Example' },
        type: 'buy',
        url: 'https://discs.example.com/atomic-blonde-blu-ray',
        price: 19.99,
        currency: 'USD',
        region: ['US'],
        availabilityStarts: { type: 'day', y: 2017, m: 11, d: 14 },
      },
      {
        provider: { name: 'Stream Example' },
        type: 'stream',
        url: 'https://stream.example.com/atomic-blonde',
        region: ['US'],
        availabilityStarts: { type: 'day', y: 2017, m: 10, d: 31 },
      },
      {
        provider: { name: 'Rent Example' },
        type: 'rent',
        url: 'https://rent.example.com/atomic-blonde',
        price: 3.99,
        currency: 'USD',
        region: ['US'],
      },
    ]);
  });

  it('a WatchAction with no seller is named by its host; an AggregateOffer alone is its lowest price', () => {
    const ld = {
      '@type': 'Movie',
      name: 'F',
      potentialAction: { '@type': 'WatchAction', target: 'https://www.watch.example.org/f' },
      offers: { '@type': 'AggregateOffer', lowPrice: 9.99, priceCurrency: 'GBP', url: '/buy', seller: 'Shop' },
    };
    const r = resolveRecord('offers', [selectFromArticle('offers', articleFromLd(ld))], quiet);
    expect(r?.offers).to.deep.equal([
      { provider: { name: 'Shop' }, url: '/buy', type: 'buy', price: 9.99, currency: 'GBP' },
      { provider: { name: 'watch.example.org' }, url: 'https://www.watch.example.org/f', type: 'stream' },
    ]);
  });
});
