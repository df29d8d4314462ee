import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { WhereToWatch, type WatchOfferEventDetail } from '../src/components/where-to-watch/where-to-watch.js';
import { priceIn } from '../src/components/where-to-watch/offer-views.js';
import type { FilmData } from '../src/context/film-data.js';
import { watchLd, watchOffers } from './fixtures/offers.js';
import { captureConsole, emulateTimeZone, languagesReady, nextFrame, shadowText, until } from './helpers.js';

/**
 * Wednesday 1 November 2017, noon UTC, the demo's moment: Digital HD out, the Blu-ray a
 * pre-order until the 14th. Europe/London where the browser can be told (Chromium);
 * the 14th is 13 days ahead in every zone, so Firefox checks the same.
 */
const NOW = Date.UTC(2017, 10, 1, 12);

const root = (el: Element) => el.shadowRoot!;
const links = (el: Element) => [...root(el).querySelectorAll('a')];
/** Each link's accessible name (its only text outside the aria-hidden face). */
const names = (el: Element) => links(el).map((a) => a.querySelector('.sr')!.textContent);
/** What each link shows. */
const faces = (el: Element) => links(el).map((a) => a.querySelector('.face')!.textContent!.replace(/\s+/g, ' ').trim());
const headings = (el: Element) =>
  [...root(el).querySelectorAll('[role="heading"]')].map((h) => `${h.getAttribute('aria-level')} ${h.textContent}`);

/** The demo offers as the reader in the US sees them, in the list layout. */
const DEMO_DOM = `
  <section part="base" aria-labelledby="heading">
    <div part="heading" id="heading" role="heading" aria-level="2">Where to watch</div>
    <div part="group">
      <div part="group-heading" id="g-stream" role="heading" aria-level="3">Stream</div>
      <ul part="list" class="list" aria-labelledby="g-stream">
        <li part="item" data-p="1">
          <a part="link" href="https://stream.example.com/atomic-blonde" rel="noopener">
            <span class="face" aria-hidden="true"><span part="provider">Stream Example</span><span part="quality">HD</span></span>
            <span class="sr">Stream on Stream Example, HD</span>
          </a>
        </li>
      </ul>
    </div>
    <div part="group">
      <div part="group-heading" id="g-rent" role="heading" aria-level="3">Rent</div>
      <ul part="list" class="list" aria-labelledby="g-rent">
        <li part="item" data-p="2">
          <a part="link" href="https://rent.example.com/atomic-blonde" rel="noopener">
            <span class="face" aria-hidden="true"><span part="provider">Rent Example</span><span part="quality">HD</span><span part="price">$3.99</span></span>
            <span class="sr">Rent on Rent Example for $3.99, HD</span>
          </a>
        </li>
      </ul>
    </div>
    <div part="group">
      <div part="group-heading" id="g-buy" role="heading" aria-level="3">Buy</div>
      <ul part="list" class="list" aria-labelledby="g-buy">
        <li part="item" data-p="3">
          <a part="link" href="https://shop.example.com/atomic-blonde-digital-hd" rel="sponsored noopener">
            <span class="face" aria-hidden="true"><span part="provider">Shop Example</span><span part="quality">HD</span><span part="price">$14.99</span><span part="mark">Affiliate</span></span>
            <span class="sr">Buy on Shop Example for $14.99, HD, Affiliate</span>
          </a>
        </li>
        <li part="item" data-p="4">
          <a part="link" href="https://discs.example.com/atomic-blonde-blu-ray" rel="sponsored noopener">
            <span class="face" aria-hidden="true"><span part="provider">Disc Example</span><span part="quality">4K</span><span part="price">$19.99</span><span part="mark">Ad</span>
            <span part="availability">Pre-order · <time datetime="2017-11-14">From Nov 14</time></span></span>
            <span class="sr">Buy on Disc Example for $19.99, 4K, Pre-order, Ad</span>
          </a>
        </li>
      </ul>
    </div>
    <p part="note">Prices may change.</p>
  </section>`;

describe('<where-to-watch>', () => {
  before(() => languagesReady('de', 'ar'));
  let log: ReturnType<typeof captureConsole>;
  let clock: sinon.SinonFakeTimers;
  before(() => emulateTimeZone('Europe/London'));
  after(() => emulateTimeZone(undefined));
  beforeEach(() => {
    log = captureConsole();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    log.restore();
  });

  it('is defined as <where-to-watch>', () => {
    expect(customElements.get('where-to-watch')).to.equal(WhereToWatch);
  });

  it('renders the demo offers grouped, cheapest first, with labelled headings and full link names', async () => {
    const el = await fixture<WhereToWatch>(html`<where-to-watch lang="en-US" .data=${watchOffers}></where-to-watch>`);
    await expect(el).shadowDom.to.equal(DEMO_DOM);
    await expect(el).to.be.accessible();
    expect(log.warns).to.deep.equal([]);
    expect(log.errors).to.deep.equal([]);
  });

  describe('every input path gives the same offers', () => {
    const want = [
      'Stream on Stream Example, HD',
      'Rent on Rent Example for $3.99, HD',
      'Buy on Shop Example for $14.99, HD, Affiliate',
      'Buy on Disc Example for $19.99, 4K, Pre-order, Ad',
    ];
    const fromLd = [
      'Stream on Stream Example',
      'Rent on Rent Example for $3.99',
      'Buy on Shop Example for $14.99',
      'Buy on Disc Example for $19.99, Pre-order',
    ];
    const check = async (el: Element, expected: string[]) => {
      await until(() => links(el).length === expected.length, 'offers rendered');
      expect(names(el)).to.deep.equal(expected);
      expect(log.warns).to.deep.equal([]);
      expect(log.errors).to.deep.equal([]);
    };

    it('data property', async () => {
      await check(await fixture(html`<where-to-watch lang="en-US" .data=${watchOffers}></where-to-watch>`), want);
    });
    it('data attribute', async () => {
      const json = JSON.stringify({ offers: watchOffers });
      await check(await fixture(html`<where-to-watch lang="en-US" data=${json}></where-to-watch>`), want);
    });
    it('child script', async () => {
      const el = await fixture(
        html`<where-to-watch lang="en-US"
          ><script type="application/json">
            ${JSON.stringify(watchOffers)}
          </script></where-to-watch
        >`,
      );
      await check(el, want);
    });
    it('<film-data> article offers, and the film’s offers', async () => {
      const a = await fixture<FilmData>(
        html`<film-data .data=${{ offers: watchOffers }}><where-to-watch lang="en-US"></where-to-watch></film-data>`,
      );
      await check(a.querySelector('where-to-watch')!, want);
      const film = { film: { name: 'Atomic Blonde', offers: watchOffers } };
      const b = await fixture<FilmData>(
        html`<film-data .data=${film}><where-to-watch lang="en-US"></where-to-watch></film-data>`,
      );
      await check(b.querySelector('where-to-watch')!, want);
    });
    it('schema.org JSON-LD: WatchAction, AggregateOffer, Offer', async () => {
      const box = await fixture(
        html`<div>
          <script type="application/ld+json">
            ${JSON.stringify(watchLd)}
          </script>
          <where-to-watch lang="en-US" jsonld></where-to-watch>
        </div>`,
      );
      await check(box.querySelector('where-to-watch')!, fromLd);
    });
    it('attributes: a single offer', async () => {
      const el = await fixture(
        html`<where-to-watch
          lang="en-US"
          provider="Rent Example"
          href="https://rent.example.com/atomic-blonde"
          type="rental"
          price="3.99"
          currency="USD"
          quality="hd"
          affiliate
        ></where-to-watch>`,
      );
      await check(el, ['Rent on Rent Example for $3.99, HD, Affiliate']);
      expect(links(el)[0]!.rel).to.equal('sponsored noopener');
    });
    it('the light-DOM fallback: link text is the provider, a price in it is read', async () => {
      const el = await fixture(
        html`<where-to-watch lang="en-US">
          <h2>Where to watch</h2>
          <ul>
            <li data-type="rent"><a href="https://rent.example.com/atomic-blonde">Rent Example – $3.99</a></li>
            <li><a href="https://shop.example.com/atomic-blonde" rel="sponsored">Shop Example 14,99 €</a></li>
            <li data-type="stream"><a href="https://stream.example.com/atomic-blonde">Stream Example</a></li>
          </ul>
        </where-to-watch>`,
      );
      await check(el, [
        'Stream on Stream Example',
        'Rent on Rent Example for $3.99',
        'Buy on Shop Example for €14.99, Ad',
      ]);
    });
  });

  it('reads prices written in text', () => {
    expect(priceIn('Rent Example – $3.99')).to.deep.equal({ price: '3.99', currency: 'USD', rest: 'Rent Example' });
    expect(priceIn('Shop: 14,99 €')).to.deep.equal({ price: '14.99', currency: 'EUR', rest: 'Shop' });
    expect(priceIn('GBP 7 Shop')).to.deep.equal({ price: '7', currency: 'GBP', rest: 'Shop' });
    expect(priceIn('BBC 2 iPlayer')).to.equal(undefined);
  });

  it('shows the reader’s region only: the region attribute, else the language’s region; offers without one always', async () => {
    const offers = [
      { provider: 'US shop', url: '/us', region: 'US' },
      { provider: 'UK shop', url: '/uk', region: ['GB', 'IE'] },
      { provider: 'Everywhere', url: '/all' },
    ];
    const el = await fixture<WhereToWatch>(html`<where-to-watch lang="en-GB" .data=${offers}></where-to-watch>`);
    expect(faces(el)).to.deep.equal(['UK shop', 'Everywhere']);
    el.region = 'us';
    await el.updateComplete;
    expect(faces(el)).to.deep.equal(['US shop', 'Everywhere']);
    el.region = 'Narnia';
    el.lang = 'en';
    await el.updateComplete;
    expect(links(el).length).to.equal(3);
    expect(log.warns).to.deep.equal(['<where-to-watch> ignored region: "Narnia" is not an ISO 3166 region']);
  });

  it('orders groups stream, rent, buy, free, in cinemas; cheapest first; ended offers are gone', async () => {
    const offers = [
      { provider: 'Cinema', url: '/c', type: 'cinema' },
      { provider: 'Ads', url: '/a', type: 'ads' },
      { provider: 'Buy dear', url: '/b2', type: 'buy', price: 20, currency: 'EUR' },
      { provider: 'Buy cheap', url: '/b1', type: 'buy', price: 5, currency: 'EUR' },
      { provider: 'Buy unpriced', url: '/b0', type: 'buy' },
      { provider: 'Ended', url: '/e', type: 'rent', availabilityEnds: '2017-10-01' },
      { provider: 'Free', url: '/f', type: 'free' },
      { provider: 'Stream', url: '/s', type: 'subscription' },
    ];
    const el = await fixture<WhereToWatch>(html`<where-to-watch lang="en" .data=${offers}></where-to-watch>`);
    expect(headings(el)).to.deep.equal(['2 Where to watch', '3 Stream', '3 Buy', '3 Free', '3 In cinemas']);
    expect(faces(el)).to.deep.equal([
      'Stream',
      'Buy cheap €5.00',
      'Buy dear €20.00',
      'Buy unpriced',
      'Ads',
      'Free',
      'Cinema',
    ]);
    expect(names(el)[4]).to.equal('Free with ads on Ads');
    await expect(el).to.be.accessible();
  });

  it('notes that prices may change, with the day they were checked', async () => {
    const el = await fixture<WhereToWatch>(
      html`<where-to-watch lang="en-US" checked="2017-10-30" .data=${watchOffers}></where-to-watch>`,
    );
    expect(shadowText(el, '[part=note]')).to.equal('Prices may change; checked October 30, 2017.');
    el.data = [{ provider: 'P', url: '/p' }];
    await el.updateComplete;
    expect(root(el).querySelector('[part=note]')).to.equal(null);
  });

  it('after the Blu-ray’s day it is no longer a pre-order', async () => {
    clock.setSystemTime(Date.UTC(2017, 10, 20, 12));
    const el = await fixture<WhereToWatch>(html`<where-to-watch lang="en-US" .data=${watchOffers}></where-to-watch>`);
    expect(names(el)[3]).to.equal('Buy on Disc Example for $19.99, 4K, Ad');
    expect(root(el).querySelector('[part=availability]')).to.equal(null);
  });

  describe('layouts and themes (axe in each)', () => {
    for (const layout of ['list', 'compact', 'grid']) {
      for (const theme of ['light', 'dark']) {
        it(`${layout}, ${theme}`, async () => {
          const el = await fixture<WhereToWatch>(
            html`<where-to-watch lang="en-US" layout=${layout} theme=${theme} .data=${watchOffers}></where-to-watch>`,
          );
          expect(links(el).length).to.equal(4);
          expect(root(el).querySelectorAll('[part=group]').length).to.equal(layout === 'compact' ? 0 : 3);
          await expect(el).to.be.accessible();
          expect(log.warns).to.deep.equal([]);
        });
      }
    }

    it('without a visible heading the section keeps its name', async () => {
      const el = await fixture<WhereToWatch>(
        html`<where-to-watch lang="en-US" heading="" heading-level="4" .data=${watchOffers}></where-to-watch>`,
      );
      expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Where to watch');
      expect(headings(el)[0]).to.equal('5 Stream');
      await expect(el).to.be.accessible();
    });
  });

  it('a second language: German words, prices and dates', async () => {
    const el = await fixture<WhereToWatch>(
      html`<where-to-watch lang="de-DE" region="US" checked="2017-10-30" .data=${watchOffers}></where-to-watch>`,
    );
    expect(headings(el)).to.deep.equal(['2 Wo ansehen', '3 Streamen', '3 Leihen', '3 Kaufen']);
    expect(names(el)).to.deep.equal([
      'Streamen bei Stream Example, HD',
      'Leihen bei Rent Example für 3,99\u00a0$, HD',
      'Kaufen bei Shop Example für 14,99\u00a0$, HD, Partnerlink',
      'Kaufen bei Disc Example für 19,99\u00a0$, 4K, Vorbestellen, Anzeige',
    ]);
    expect(shadowText(el, '[part=availability]')).to.equal('Vorbestellen · Ab 14. Nov.');
    expect(shadowText(el, '[part=note]')).to.equal('Preise können sich ändern; Stand: 30. Oktober 2017.');
    await expect(el).to.be.accessible();
  });

  it('right to left (Arabic): the shadow content runs right to left and passes axe', async () => {
    const el = await fixture<WhereToWatch>(html`<where-to-watch lang="ar" .data=${watchOffers}></where-to-watch>`);
    const section = root(el).querySelector('section')!;
    expect(section.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(section).direction).to.equal('rtl');
    expect(headings(el)[0]).to.equal('2 أين تشاهد');
    await expect(el).to.be.accessible();
  });

  describe('bad input never breaks the page', () => {
    it('one warning per bad field, naming the element and the field; the rest renders', async () => {
      const offers = [
        { provider: 'Evil', url: 'javascript:alert(1)' },
        { provider: 'Negative', url: '/n', type: 'rent', price: -3, currency: 'USD' },
        { provider: 'NaN', url: '/nan', type: 'rent', price: 'NaN', currency: 'USD' },
        { provider: 'Funny money', url: '/x', type: 'buy', price: 3, currency: 'XYZ' },
        { provider: 'Good', url: '/g', type: 'rent', price: 2, currency: 'USD' },
      ];
      const el = await fixture<WhereToWatch>(html`<where-to-watch lang="en-US" .data=${offers}></where-to-watch>`);
      expect(names(el)).to.deep.equal([
        'Rent on Good for $2.00',
        'Rent on Negative',
        'Rent on NaN',
        'Buy on Funny money',
      ]);
      expect(log.warns).to.deep.equal([
        '<where-to-watch> ignored offers[0].url: javascript: URLs are not allowed',
        '<where-to-watch> ignored offers[0]: needs url',
        '<where-to-watch> ignored offers[1].price: -3 is outside 0–1000000000',
        '<where-to-watch> ignored offers[2].price: expected a number, got a string',
        '<where-to-watch> ignored offers[3].currency: "XYZ" is not an ISO 4217 currency',
        '<where-to-watch> ignored offers[3].price: has no valid currency; not shown',
      ]);
      expect(links(el).every((a) => a.getAttribute('href')!.startsWith('/'))).to.equal(true);
    });

    it('malformed JSON is one error; an unknown layout one warning', async () => {
      const el = await fixture<WhereToWatch>(html`<where-to-watch data="{oops" layout="carousel"></where-to-watch>`);
      expect(log.errors.length).to.equal(1);
      expect(log.errors[0]).to.match(/^<where-to-watch> data attribute: malformed JSON/);
      expect(log.warns).to.deep.equal([
        '<where-to-watch> ignored layout: "carousel" is not one of list, compact, grid',
      ]);
      expect(root(el).querySelector('slot')).to.not.equal(null);
    });
  });

  describe('links and analytics', () => {
    it('adds the utm-* parameters (a link’s own win) like <related-links>', async () => {
      const offers = [{ provider: 'P', url: 'https://p.example.com/a?utm_source=own#x' }];
      const el = await fixture<WhereToWatch>(
        html`<where-to-watch utm-source="reelkit" utm-campaign=${'fall & winter'} .data=${offers}></where-to-watch>`,
      );
      expect(links(el)[0]!.getAttribute('href')).to.equal(
        'https://p.example.com/a?utm_source=own&utm_campaign=fall%20%26%20winter#x',
      );
    });

    it('watch-offer-click: offer, position and href; preventDefault stops the navigation', async () => {
      const el = await fixture<WhereToWatch>(
        html`<where-to-watch lang="en-US" utm-medium="watch" .data=${watchOffers}></where-to-watch>`,
      );
      const seen: WatchOfferEventDetail[] = [];
      const onClick = (e: CustomEvent<WatchOfferEventDetail>) => {
        seen.push(e.detail);
        e.preventDefault();
      };
      document.addEventListener('watch-offer-click', onClick);
      const href = location.href;
      links(el)[1]!.click();
      document.removeEventListener('watch-offer-click', onClick);
      expect(location.href).to.equal(href);
      expect(seen.length).to.equal(1);
      expect(seen[0]!.position).to.equal(2);
      expect(seen[0]!.href).to.equal('https://rent.example.com/atomic-blonde?utm_medium=watch');
      expect(seen[0]!.offer.provider.name).to.equal('Rent Example');
    });

    it('watch-offer-impression: once per offer, when half of it is visible', async () => {
      const seen: string[] = [];
      const onSeen = (e: CustomEvent<WatchOfferEventDetail>) => seen.push(`${e.detail.position} ${e.detail.href}`);
      document.addEventListener('watch-offer-impression', onSeen);
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 150vh"></div>
          <where-to-watch lang="en-US" .data=${watchOffers}></where-to-watch>
          <div style="height: 150vh"></div>
        </div>`,
      );
      const el = wrap.querySelector('where-to-watch')!;
      try {
        await nextFrame();
        await nextFrame();
        expect(seen).to.deep.equal([]);
        el.scrollIntoView({ block: 'center' });
        await until(() => seen.length === 4, 'four impressions');
        window.scrollTo(0, 0);
        await nextFrame();
        el.scrollIntoView({ block: 'center' });
        await nextFrame();
        await nextFrame();
        expect(seen).to.deep.equal([
          '1 https://stream.example.com/atomic-blonde',
          '2 https://rent.example.com/atomic-blonde',
          '3 https://shop.example.com/atomic-blonde-digital-hd',
          '4 https://discs.example.com/atomic-blonde-blu-ray',
        ]);
      } finally {
        document.removeEventListener('watch-offer-impression', onSeen);
        window.scrollTo(0, 0);
      }
    });

    it('a middle click is reported too', async () => {
      const el = await fixture<WhereToWatch>(html`<where-to-watch .data=${watchOffers}></where-to-watch>`);
      const seen: number[] = [];
      el.addEventListener('watch-offer-click', (e) => {
        seen.push(e.detail.position);
        e.preventDefault();
      });
      links(el)[0]!.addEventListener('auxclick', (e) => e.preventDefault());
      const r = links(el)[0]!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.x + 5), Math.round(r.y + 5)], button: 'middle' });
      await resetMouse();
      expect(seen).to.deep.equal([1]);
    });

    it('makes no request and adds no script or iframe', async () => {
      const el = await fixture<WhereToWatch>(html`<where-to-watch .data=${watchOffers}></where-to-watch>`);
      expect(root(el).querySelectorAll('script, iframe, img').length).to.equal(0);
    });
  });

  it('logos: decorative, lazy, gone when they fail to load', async () => {
    const offers = [{ provider: { name: 'P', logo: 'data-missing.svg' }, url: '/p' }];
    const el = await fixture<WhereToWatch>(html`<where-to-watch .data=${offers}></where-to-watch>`);
    const img = root(el).querySelector('img')!;
    expect([img.alt, img.getAttribute('loading'), img.width]).to.deep.equal(['', 'lazy', 32]);
    await until(() => !root(el).querySelector('img'), 'broken logo removed');
  });

  it('releases its observer on disconnect', async () => {
    const el = await fixture<WhereToWatch>(html`<where-to-watch .data=${watchOffers}></where-to-watch>`);
    const spy = sinon.spy(IntersectionObserver.prototype, 'disconnect');
    el.remove();
    spy.restore();
    expect(spy.callCount).to.equal(1);
  });
});
