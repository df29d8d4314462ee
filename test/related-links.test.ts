import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { RelatedLinks } from '../src/components/related-links/related-links.js';
import { pageKey, withParams } from '../src/components/related-links/links.js';
import type { FilmData } from '../src/context/film-data.js';
import type { RelatedLinkEventDetail } from '../src/components/related-links/related-links.js';
import { article, relatedStories } from './fixtures/atomic-blonde.js';
import { captureConsole, emulateTimeZone, nextFrame, shadowText, until, languagesReady } from './helpers.js';

/** Thursday 23 November 2017, noon, in whatever zone the browser runs. */
const NOW = new Date(2017, 10, 23, 12, 0, 0);
/** A 16:9 thumbnail that exists (served from the demo page). */
const THUMB = '/demo/img/featurette.svg';

const stories = (n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    headline: `Story ${i + 1}`,
    url: `/news/story-${i + 1}`,
    articleSection: 'News',
    datePublished: '2017-11-20',
    ...extra,
  }));

const root = (el: Element) => el.shadowRoot!;
const links = (el: Element) => [...root(el).querySelectorAll('a')];
const headlines = (el: Element) => links(el).map((a) => a.textContent!.trim());
const list = (el: Element) => root(el).querySelector('ul')!;
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('<related-links>', () => {
  before(() => languagesReady('de', 'ar'));
  let log: ReturnType<typeof captureConsole>;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    log = captureConsole();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    log.restore();
  });

  it('is defined as <related-links>', () => {
    expect(customElements.get('related-links')).to.equal(RelatedLinks);
    expect(document.createElement('related-links')).to.be.instanceOf(RelatedLinks);
  });

  it('renders the reference article’s two links as a labelled nav with a real list', async () => {
    const el = await fixture<RelatedLinks>(html`<related-links lang="en" .data=${relatedStories}></related-links>`);
    await expect(el).shadowDom.to.equal(`
      <nav part="base" aria-labelledby="heading">
        <div part="heading" id="heading" role="heading" aria-level="2">Related stories</div>
        <ul part="list" id="stories" class="list">
          <li part="item" data-i="0">
            <div part="body">
              <div part="kicker">Marvel</div>
              <a part="link" href="https://example.com/news/guardians-3-script-endgame" rel="noopener">Avengers: Endgame Won't Change Guardians of the Galaxy 3's Script</a>
              <div part="meta"><time part="date" datetime="2017-11-20" title="November 20, 2017">3 days ago</time></div>
            </div>
          </li>
          <li part="item" data-i="1">
            <div part="body">
              <div part="kicker">Production</div>
              <a part="link" href="https://example.com/news/deadpool-2-wraps" rel="noopener">Deadpool 2 wraps filming with David Leitch directing</a>
              <div part="meta"><time part="date" datetime="2017-10-16" title="October 16, 2017">last month</time></div>
            </div>
          </li>
        </ul>
      </nav>`);
    await expect(el).to.be.accessible();
    expect(log.warns).to.deep.equal([]);
  });

  it('without a model it shows its light DOM through a slot', async () => {
    const el = await fixture<RelatedLinks>(html`<related-links><p>Nothing yet</p></related-links>`);
    await expect(el).shadowDom.to.equal('<slot></slot>');
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  describe('inputs', () => {
    it('data property (object with items)', async () => {
      const el = await fixture<RelatedLinks>(html`<related-links .data=${{ items: stories(3) }}></related-links>`);
      expect(headlines(el)).to.deep.equal(['Story 1', 'Story 2', 'Story 3']);
    });

    it('data attribute (a bare JSON list)', async () => {
      const el = await fixture<RelatedLinks>(
        html`<related-links data=${JSON.stringify(relatedStories)}></related-links>`,
      );
      expect(headlines(el)).to.deep.equal([relatedStories[0].headline, relatedStories[1].headline]);
    });

    it('child <script type="application/json">', async () => {
      const el = await fixture<RelatedLinks>(
        html`<related-links
          ><script type="application/json">
            { "items": [{ "headline": "From the script", "url": "/a", "author": "Jane Doe" }] }
          </script></related-links
        >`,
      );
      expect(headlines(el)).to.deep.equal(['From the script']);
      expect(shadowText(el, '[part=meta]')).to.equal('Jane Doe');
    });

    it('<film-data> provider', async () => {
      const provider = await fixture<FilmData>(
        html`<film-data .data=${article}><related-links lang="en"></related-links></film-data>`,
      );
      const el = provider.querySelector('related-links')!;
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal([relatedStories[0].headline, relatedStories[1].headline]);
    });

    describe('page JSON-LD', () => {
      let script: HTMLScriptElement;
      afterEach(() => script.remove());
      const addLd = (value: unknown) => {
        script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = JSON.stringify(value);
        document.head.append(script);
      };

      it('ItemList of articles', async () => {
        addLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          itemListElement: [
            { '@type': 'ListItem', position: 2, item: { '@type': 'NewsArticle', headline: 'Second', url: '/2' } },
            {
              '@type': 'ListItem',
              position: 1,
              item: { '@type': 'NewsArticle', headline: 'First', url: '/1', author: { name: 'A. Writer' } },
            },
          ],
        });
        const el = await fixture<RelatedLinks>(html`<related-links jsonld></related-links>`);
        expect(headlines(el)).to.deep.equal(['First', 'Second']);
        expect(shadowText(el, 'li [part=meta]')).to.equal('A. Writer');
      });

      it('NewsArticle relatedLink', async () => {
        addLd({
          '@type': 'NewsArticle',
          headline: 'Atomic Blonde review',
          relatedLink: [{ '@type': 'NewsArticle', headline: 'Related one', url: 'https://example.com/r1' }],
        });
        const el = await fixture<RelatedLinks>(html`<related-links jsonld></related-links>`);
        expect(headlines(el)).to.deep.equal(['Related one']);
      });
    });

    it('plain light-DOM links (img and time inside) are read and enhanced', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links lang="en">
          <a href="/news/guardians"
            ><img src=${THUMB} alt="" width="320" height="180" />Guardians 3 script
            <time datetime="2017-11-20">Nov 20</time></a
          >
          <a href="https://ads.example.net/offer" rel="sponsored">Win tickets</a>
        </related-links>
      `);
      expect(headlines(el)).to.deep.equal(['Guardians 3 script', 'Win tickets']);
      const img = root(el).querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(THUMB);
      expect(img.getAttribute('width')).to.equal('320');
      expect(root(el).querySelector('time')!.getAttribute('datetime')).to.equal('2017-11-20');
      expect(shadowText(el, 'li:nth-child(1) [part=meta]')).to.equal('3 days ago');
      expect(links(el)[1]!.rel).to.equal('noopener sponsored');
      expect(shadowText(el, 'li:nth-child(2) [part=kicker]')).to.equal('Sponsored');
      // The second item has no image: a placeholder keeps the cards aligned.
      expect(root(el).querySelector('li:nth-child(2) [part=placeholder]')).to.exist;
      // The light DOM is no longer shown once the element has a model.
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a <ul> of links: first link per item, <time> beside it, re-read on change', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links>
          <ul>
            <li><a href="/one">One</a> <time datetime="2017-11-22">yesterday</time> <a href="/author">Author</a></li>
            <li>
              <a href="/two"><img src=${THUMB} alt="Two" /></a>
            </li>
            <li>No link here</li>
          </ul>
        </related-links>
      `);
      expect(headlines(el)).to.deep.equal(['One', 'Two']);
      expect(shadowText(el, 'li [part=meta]')).to.equal('yesterday');
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '/three';
      a.textContent = 'Three';
      li.replaceChildren(a);
      el.querySelector('ul')!.append(li);
      await until(() => headlines(el).length === 3, 'third link not read');
      expect(headlines(el)).to.deep.equal(['One', 'Two', 'Three']);
    });

    it('own JSON wins over light-DOM links; the data property wins over both', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links data='[{"headline":"From JSON","url":"/j"}]'><a href="/l">From links</a></related-links>
      `);
      expect(headlines(el)).to.deep.equal(['From JSON']);
      el.data = [{ headline: 'From property', url: '/p' }];
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(['From property']);
    });

    it('view attributes: heading, heading-level, strings', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links
          heading="More on Atomic Blonde"
          heading-level="3"
          strings='{"sponsored":"Anzeige"}'
          .data=${[{ headline: 'Ad', url: '/ad', sponsored: true }]}
        ></related-links>
      `);
      const heading = root(el).querySelector('[role=heading]')!;
      expect(heading.textContent).to.equal('More on Atomic Blonde');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(shadowText(el, '[part=sponsored]')).to.equal('Anzeige');
      el.strings = { heading: 'Mehr zum Thema' };
      el.heading = undefined;
      await el.updateComplete;
      expect(heading.textContent).to.equal('Mehr zum Thema');
    });

    it('heading="" hides the heading and labels the nav instead', async () => {
      const el = await fixture<RelatedLinks>(html`<related-links heading="" .data=${stories(2)}></related-links>`);
      expect(root(el).querySelector('[role=heading]')).to.equal(null);
      const nav = root(el).querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Related stories');
      expect(nav.hasAttribute('aria-labelledby')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('items', () => {
    it('thumbnail: lazy, srcset, sizes, reserved 16:9 box, decorative by default', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links
          style="width: 600px"
          .data=${[
            {
              headline: 'With image',
              url: '/i',
              image: {
                url: THUMB,
                srcset: `${THUMB} 320w, /demo/img/atomic-blonde-poster.svg 640w`,
                sizes: '10rem',
                width: 320,
                height: 180,
              },
            },
          ]}
        ></related-links>
      `);
      const img = root(el).querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('srcset')).to.equal(`${THUMB} 320w, /demo/img/atomic-blonde-poster.svg 640w`);
      expect(img.getAttribute('sizes')).to.equal('10rem');
      expect(img.getAttribute('alt')).to.equal('');
      expect(getComputedStyle(img).aspectRatio).to.equal('16 / 9');
      expect(getComputedStyle(links(el)[0]!).getPropertyValue('-webkit-line-clamp')).to.equal('3');
    });

    it('a thumbnail that fails to load becomes a placeholder', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links .data=${[{ headline: 'Broken', url: '/b', image: { url: '/does-not-exist.png', alt: 'x' } }]}>
        </related-links>
      `);
      await until(() => root(el).querySelector('[part=placeholder]'), 'no placeholder after error');
      expect(root(el).querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('no image anywhere: no thumbnails or placeholders at all', async () => {
      const el = await fixture<RelatedLinks>(html`<related-links layout="grid" .data=${stories(3)}></related-links>`);
      expect(root(el).querySelectorAll('.media')).to.have.length(0);
    });

    it('sponsored: label and rel="sponsored"; author after the date', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links
          lang="en"
          .data=${[
            {
              headline: 'Partner',
              url: '/p',
              sponsored: true,
              articleSection: 'Deals',
              author: 'Brand Studio',
              datePublished: '2017-11-23',
            },
          ]}
        ></related-links>
      `);
      expect(links(el)[0]!.getAttribute('rel')).to.equal('sponsored');
      expect(shadowText(el, '[part=kicker]')).to.equal('Sponsored Deals');
      expect(shadowText(el, '[part=meta]')).to.equal('today Brand Studio');
      expect(getComputedStyle(root(el).querySelector('[part=author]')!, '::before').content).to.equal('"· "');
      await expect(el).to.be.accessible();
    });

    const rows: [string, string, string | undefined][] = [
      ['2017-11-23', 'today', 'en'],
      ['2017-11-22', 'yesterday', 'en'],
      ['2017-11-20', '3 days ago', 'en'],
      ['2017-11-13', 'last week', 'en'],
      ['2017-11-24', 'tomorrow', 'en'],
      ['2016-11-23', 'last year', 'en'],
      ['2017-11-23T10:00', '2 hours ago', 'en'],
      ['2017-11-20', 'vor 3 Tagen', 'de'],
      ['2017-11-22', 'أمس', 'ar'],
    ];
    for (const [date, expected, lang] of rows) {
      it(`datePublished=${date} lang=${lang} -> "${expected}"`, async () => {
        const el = await fixture<RelatedLinks>(
          html`<related-links
            lang=${lang!}
            .data=${[{ headline: 'x', url: '/x', datePublished: date }]}
          ></related-links>`,
        );
        expect(shadowText(el, 'time')).to.equal(expected);
      });
    }

    const zoneRows: [string, string][] = [
      ['America/Los_Angeles', 'today'],
      ['Europe/Berlin', 'yesterday'],
    ];
    for (const [zone, expected] of zoneRows) {
      it(`calendar day 2017-11-20 at 2017-11-21T06:00Z tz=${zone} -> "${expected}"`, async function () {
        if (!(await emulateTimeZone(zone))) this.skip();
        try {
          clock.setSystemTime(Date.parse('2017-11-21T06:00:00Z'));
          const el = await fixture<RelatedLinks>(
            html`<related-links
              lang="en"
              .data=${[{ headline: 'x', url: '/x', datePublished: '2017-11-20' }]}
            ></related-links>`,
          );
          expect(shadowText(el, 'time')).to.equal(expected);
          expect(root(el).querySelector('time')!.getAttribute('title')).to.equal('November 20, 2017');
        } finally {
          await emulateTimeZone(undefined);
        }
      });
    }
  });

  describe('layouts', () => {
    const columns = (el: RelatedLinks) => getComputedStyle(list(el)).gridTemplateColumns.split(' ').length;

    for (const layout of ['list', 'grid', 'carousel', 'compact'] as const) {
      it(`layout=${layout}: 8 items, class on the list, accessible`, async () => {
        const el = await fixture<RelatedLinks>(html`
          <related-links style="width: 700px" layout=${layout} .data=${stories(8, { image: { url: THUMB } })}>
          </related-links>
        `);
        expect(list(el).className).to.equal(layout);
        expect(root(el).querySelectorAll('li')).to.have.length(8);
        expect(root(el).querySelectorAll('img')).to.have.length(layout === 'compact' ? 0 : 8);
        await expect(el).to.be.accessible();
      });
    }

    it('list: thumbnail beside the text, wider from 48rem', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links style="width: 400px" .data=${stories(1, { image: { url: THUMB } })}></related-links>
      `);
      const img = root(el).querySelector('img')!;
      const body = root(el).querySelector('[part=body]')!;
      expect(body.getBoundingClientRect().left).to.be.greaterThan(img.getBoundingClientRect().right);
      expect(img.getBoundingClientRect().width).to.equal(96);
      el.style.width = '800px';
      await frames(1);
      expect(img.getBoundingClientRect().width).to.equal(160);
    });

    it('grid: container queries give 1, 2, 3 and 4 columns by the element’s own width', async () => {
      const el = await fixture<RelatedLinks>(html`<related-links layout="grid" .data=${stories(8)}></related-links>`);
      const result: number[] = [];
      for (const width of [300, 500, 800, 1100]) {
        el.style.width = `${width}px`;
        await frames(1);
        result.push(columns(el));
      }
      expect(result).to.deep.equal([1, 2, 3, 4]);
    });

    it('compact: text only, even when items have images', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links layout="compact" .data=${stories(2, { image: { url: THUMB } })}></related-links>
      `);
      expect(root(el).querySelectorAll('img, [part=placeholder]')).to.have.length(0);
    });

    describe('carousel', () => {
      const carousel = (dir = 'ltr') =>
        fixture<RelatedLinks>(html`
          <div dir=${dir} style="width: 600px">
            <related-links layout="carousel" .data=${stories(8)}></related-links>
          </div>
        `).then((div) => div.querySelector('related-links')!);
      const focused = (el: RelatedLinks) => links(el).indexOf(root(el).activeElement as HTMLAnchorElement);

      it('scroll-snap track with previous/next buttons that page through it', async () => {
        const el = await carousel();
        const track = list(el);
        expect(getComputedStyle(track).scrollSnapType).to.equal('x mandatory');
        expect(getComputedStyle(track.querySelector('li')!).scrollSnapAlign).to.equal('start');
        const prev = root(el).querySelector<HTMLButtonElement>('[part=prev]')!;
        const next = root(el).querySelector<HTMLButtonElement>('[part=next]')!;
        expect(prev.getAttribute('aria-label')).to.equal('Previous stories');
        expect(prev.getAttribute('aria-controls')).to.equal('stories');
        await until(
          () => prev.getAttribute('aria-disabled') === 'true' && next.getAttribute('aria-disabled') === 'false',
        );
        next.click();
        await until(() => track.scrollLeft > 0, 'next did not scroll');
        await until(() => prev.getAttribute('aria-disabled') === 'false', 'prev not enabled after scrolling');
        track.scrollLeft = track.scrollWidth;
        await until(() => next.getAttribute('aria-disabled') === 'true', 'next not disabled at the end');
        prev.click();
        await until(() => track.scrollLeft < track.scrollWidth - track.clientWidth - 1, 'prev did not scroll');
        await expect(el).to.be.accessible();
      });

      it('keyboard: arrows move between stories, Home/End to the ends', async () => {
        const el = await carousel();
        links(el)[0]!.focus();
        await sendKeys({ press: 'ArrowRight' });
        expect(focused(el)).to.equal(1);
        await sendKeys({ press: 'ArrowRight' });
        expect(focused(el)).to.equal(2);
        await sendKeys({ press: 'ArrowLeft' });
        expect(focused(el)).to.equal(1);
        await sendKeys({ press: 'End' });
        expect(focused(el)).to.equal(7);
        await until(() => list(el).scrollLeft > 0, 'the focused story was not scrolled into view');
        await sendKeys({ press: 'ArrowRight' });
        expect(focused(el)).to.equal(7);
        await sendKeys({ press: 'Home' });
        expect(focused(el)).to.equal(0);
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(1);
        // Visible focus: the ring is drawn around the whole card (the link's ::after).
        const after = getComputedStyle(links(el)[1]!, '::after');
        expect(after.outlineStyle).to.equal('solid');
        expect(after.outlineWidth).to.equal('2px');
      });

      it('keyboard in RTL: ArrowLeft moves forward', async () => {
        const el = await carousel('rtl');
        links(el)[0]!.focus();
        await sendKeys({ press: 'ArrowLeft' });
        expect(focused(el)).to.equal(1);
        await sendKeys({ press: 'ArrowRight' });
        expect(focused(el)).to.equal(0);
        const next = root(el).querySelector<HTMLButtonElement>('[part=next]')!;
        next.click();
        await until(() => list(el).scrollLeft < 0, 'next did not scroll towards the left in RTL');
      });

      it('arrows do nothing special in the other layouts', async () => {
        const el = await fixture<RelatedLinks>(html`<related-links .data=${stories(3)}></related-links>`);
        links(el)[0]!.focus();
        await sendKeys({ press: 'ArrowRight' });
        expect(focused(el)).to.equal(0);
      });

      it('"Show more" in a carousel that then overflows brings the buttons back', async () => {
        const el = await fixture<RelatedLinks>(html`
          <related-links style="width: 900px" layout="carousel" max="2" .data=${stories(8)}></related-links>
        `);
        await until(() => !root(el).querySelector('[part=controls]'), 'controls shown while all fit');
        root(el).querySelector<HTMLButtonElement>('[part=more]')!.click();
        await until(() => root(el).querySelector('[part=next]')?.getAttribute('aria-disabled') === 'false');
        expect(links(el)).to.have.length(4);
      });

      it('no buttons when every story fits', async () => {
        const el = await fixture<RelatedLinks>(html`
          <related-links style="width: 900px" layout="carousel" .data=${stories(2)}></related-links>
        `);
        await until(() => !root(el).querySelector('[part=controls]'), 'controls still shown');
      });
    });

    it('max: shows that many, "Show more" reveals as many again and focuses the first new story', async () => {
      const el = await fixture<RelatedLinks>(html`<related-links max="3" .data=${stories(8)}></related-links>`);
      expect(headlines(el)).to.deep.equal(['Story 1', 'Story 2', 'Story 3']);
      const more = root(el).querySelector<HTMLButtonElement>('[part=more]')!;
      expect(more.textContent).to.equal('Show more');
      await expect(el).to.be.accessible();
      more.click();
      await until(() => focused(el) === 3, 'story 4 not focused');
      expect(links(el)).to.have.length(6);
      root(el).querySelector<HTMLButtonElement>('[part=more]')!.click();
      await el.updateComplete;
      expect(links(el)).to.have.length(8);
      expect(root(el).querySelector('[part=more]')).to.equal(null);
      function focused(e: RelatedLinks) {
        return links(e).indexOf(root(e).activeElement as HTMLAnchorElement);
      }
    });

    it('200 items render (the pipeline’s cap), the 201st is reported', async () => {
      const el = await fixture<RelatedLinks>(html`<related-links .data=${stories(201)}></related-links>`);
      expect(root(el).querySelectorAll('li')).to.have.length(200);
      expect(headlines(el)[199]).to.equal('Story 200');
      expect(log.warns).to.deep.equal(['<related-links> ignored items: more than 200 entries; the rest were ignored']);
    });
  });

  describe('links', () => {
    const utmRows: [string, string][] = [
      ['https://example.com/a', 'https://example.com/a?utm_source=reelkit&utm_medium=related'],
      ['/news/a?id=7&q=a+b%20c&flag', '/news/a?id=7&q=a+b%20c&flag&utm_source=reelkit&utm_medium=related'],
      ['/news/a#comments', '/news/a?utm_source=reelkit&utm_medium=related#comments'],
      ['/news/a?id=7#c?d', '/news/a?id=7&utm_source=reelkit&utm_medium=related#c?d'],
      ['/news/a?', '/news/a?utm_source=reelkit&utm_medium=related'],
      ['/news/a?utm_source=newsletter&utm_source=x', '/news/a?utm_source=newsletter&utm_source=x&utm_medium=related'],
      ['/a?utm_source=nl&utm_medium=mail', '/a?utm_source=nl&utm_medium=mail'],
    ];
    for (const [url, expected] of utmRows) {
      it(`withParams(${url}) -> ${expected}`, () => {
        expect(withParams(url, { utm_source: 'reelkit', utm_medium: 'related', utm_campaign: undefined })).to.equal(
          expected,
        );
      });
    }

    it('withParams encodes values and leaves a URL that would grow too long alone', () => {
      expect(withParams('/a', { utm_campaign: 'fall & winter/2017' })).to.equal(
        '/a?utm_campaign=fall%20%26%20winter%2F2017',
      );
      const long = `/a?${'x'.repeat(2040)}`;
      expect(withParams(long, { utm_source: 'reelkit' })).to.equal(long);
    });

    it('utm-* attributes are added to every href; the model keeps the plain URL', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links utm-source="reelkit" utm-medium="related" utm-campaign="atomic blonde" .data=${relatedStories}>
        </related-links>
      `);
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.com/news/guardians-3-script-endgame?utm_source=reelkit&utm_medium=related&utm_campaign=atomic%20blonde',
        'https://example.com/news/deadpool-2-wraps?utm_source=reelkit&utm_medium=related&utm_campaign=atomic%20blonde',
      ]);
      el.utmCampaign = undefined;
      await el.updateComplete;
      expect(links(el)[0]!.getAttribute('href')).to.equal(
        'https://example.com/news/guardians-3-script-endgame?utm_source=reelkit&utm_medium=related',
      );
    });

    it('pageKey ignores the fragment, a trailing slash, utm_* keys and query order', () => {
      const base = 'https://news.example/films/atomic-blonde/?b=2&a=1';
      const key = pageKey(base, base);
      expect(pageKey('/films/atomic-blonde?a=1&b=2&utm_source=x#top', base)).to.equal(key);
      expect(pageKey('/films/atomic-blonde?a=1', base)).not.to.equal(key);
      expect(pageKey('https://other.example/films/atomic-blonde/?b=2&a=1', base)).not.to.equal(key);
    });

    it('an item pointing at the current page is left out', async () => {
      const here = location.href;
      const el = await fixture<RelatedLinks>(html`
        <related-links
          .data=${[
            { headline: 'This page', url: here },
            { headline: 'This page, another anchor', url: `${here.split('#')[0]}#comments` },
            { headline: 'Other', url: '/other-story' },
            { headline: 'This page from a campaign', url: `${here}${here.includes('?') ? '&' : '?'}utm_source=x` },
          ]}
        ></related-links>
      `);
      expect(headlines(el)).to.deep.equal(['Other']);
      expect(root(el).querySelector('li')!.dataset.i).to.equal('0');
    });

    it('only the current page among the items: nothing is rendered', async () => {
      const el = await fixture<RelatedLinks>(
        html`<related-links .data=${[{ headline: 'Me', url: location.href }]}></related-links>`,
      );
      expect(root(el).children).to.have.length(0);
    });

    it('rel="noopener" only for other origins', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links
          .data=${[
            { headline: 'Same', url: '/same' },
            { headline: 'Same absolute', url: `${location.origin}/x` },
            { headline: 'Other', url: 'https://example.org/y' },
          ]}
        ></related-links>
      `);
      expect(links(el).map((a) => a.getAttribute('rel'))).to.deep.equal([null, null, 'noopener']);
    });
  });

  describe('events', () => {
    /** Collects an event's details at the document (proves bubbles + composed). */
    const collect = (type: 'related-link-click' | 'related-link-impression') => {
      const got: RelatedLinkEventDetail[] = [];
      const handler = (e: CustomEvent<RelatedLinkEventDetail>) => {
        expect(e.bubbles && e.composed).to.equal(true);
        got.push(e.detail);
      };
      document.addEventListener(type, handler);
      return { got, stop: () => document.removeEventListener(type, handler) };
    };

    it('related-link-click: item, 1-based position, href; the page may cancel navigation', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links utm-source="rk" .data=${relatedStories}></related-links>
      `);
      const clicks = collect('related-link-click');
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('related-link-click', cancel);
      let navigated = true;
      const watch = (e: Event) => (navigated = !e.defaultPrevented);
      document.addEventListener('click', watch);
      try {
        links(el)[1]!.click();
        expect(clicks.got).to.have.length(1);
        expect(clicks.got[0]!.position).to.equal(2);
        expect(clicks.got[0]!.item.headline).to.equal(relatedStories[1].headline);
        expect(clicks.got[0]!.href).to.equal('https://example.com/news/deadpool-2-wraps?utm_source=rk');
        expect(navigated).to.equal(false);
        // A click on the card outside the headline text still lands on the link.
        const li = root(el).querySelector('li')!;
        const box = li.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.right - 3), Math.round(box.bottom - 3)] });
        expect(clicks.got.map((d) => d.position)).to.deep.equal([2, 1]);
        expect(navigated).to.equal(false);
      } finally {
        await resetMouse();
        clicks.stop();
        document.removeEventListener('related-link-click', cancel);
        document.removeEventListener('click', watch);
      }
    });

    it('related-link-impression: once per item, only when half of it was visible', async () => {
      const wrap = await fixture<HTMLDivElement>(html`
        <div>
          <div style="height: 150vh"></div>
          <related-links .data=${stories(2)}></related-links>
          <div style="height: 150vh"></div>
        </div>
      `);
      const el = wrap.querySelector('related-links')!;
      const seen = collect('related-link-impression');
      try {
        await frames();
        await aTimeout(50);
        expect(seen.got).to.deep.equal([]);
        const first = root(el).querySelector('li')!;
        const rect = () => first.getBoundingClientRect();
        // 30% of the first item in view: not yet.
        window.scrollBy(0, rect().top - innerHeight + rect().height * 0.3);
        await frames();
        await aTimeout(50);
        expect(seen.got).to.deep.equal([]);
        // 70%: fired, for the first item only.
        window.scrollBy(0, rect().height * 0.4);
        await until(() => seen.got.length === 1, 'first impression missing');
        await frames();
        expect(seen.got.map((d) => d.position)).to.deep.equal([1]);
        el.scrollIntoView();
        await until(() => seen.got.length === 2, 'second impression missing');
        window.scrollTo(0, 0);
        await frames();
        el.scrollIntoView();
        await frames();
        await aTimeout(50);
        expect(seen.got.map((d) => `${d.position} ${d.item.headline} ${d.href}`)).to.deep.equal([
          '1 Story 1 /news/story-1',
          '2 Story 2 /news/story-2',
        ]);
        // New data with one known and one new URL: only the new one is reported.
        el.data = [stories(2)[1], { headline: 'Fresh', url: '/fresh' }];
        await until(() => seen.got.length === 3, 'impression for the new item missing');
        await frames();
        expect(seen.got[2]!.item.headline).to.equal('Fresh');
        expect(seen.got).to.have.length(3);
      } finally {
        seen.stop();
        window.scrollTo(0, 0);
      }
    });

    it('stories hidden behind "Show more" or scrolled away in the carousel are not impressions', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links style="width: 600px" layout="carousel" max="6" .data=${stories(8)}></related-links>
      `);
      const seen = collect('related-link-impression');
      try {
        await until(() => seen.got.length > 0);
        await frames();
        await aTimeout(50);
        // Two cards per view at 600px: the third is scrolled away.
        expect(seen.got.map((d) => d.position)).to.deep.equal([1, 2]);
        list(el).scrollLeft = 1e5;
        await until(() => seen.got.some((d) => d.position === 6), 'last shown card not reported');
        await frames();
        await aTimeout(50);
        // 7 and 8 sit behind "Show more".
        expect(Math.max(...seen.got.map((d) => d.position))).to.equal(6);
      } finally {
        seen.stop();
      }
    });

    it('observers are released on disconnect and no network request is made', async () => {
      const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
      const fetchSpy = sinon.spy(window, 'fetch');
      try {
        const el = await fixture<RelatedLinks>(
          html`<related-links layout="carousel" .data=${stories(3)}></related-links>`,
        );
        await frames();
        el.remove();
        expect(disconnect.callCount).to.equal(1);
        expect(fetchSpy.callCount).to.equal(0);
      } finally {
        disconnect.restore();
        fetchSpy.restore();
      }
    });
  });

  describe('bad input', () => {
    it('unsafe URLs are dropped with one warning each; the rest renders', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links
          .data=${[
            { headline: 'Good', url: '/good' },
            { headline: 'Script', url: 'javascript:alert(1)' },
            { headline: 'Data', url: 'data:text/html,<b>x</b>' },
            { headline: 'Image', url: '/img', image: { url: 'javascript:alert(2)' } },
            { url: '/no-headline' },
          ]}
        ></related-links>
      `);
      expect(headlines(el)).to.deep.equal(['Good', 'Image']);
      expect(log.warns).to.deep.equal([
        '<related-links> ignored items[1].url: javascript: URLs are not allowed',
        '<related-links> ignored items[2].url: data: URLs are not allowed',
        '<related-links> ignored items[3].image.url: javascript: URLs are not allowed',
        '<related-links> ignored items[4]: needs headline',
      ]);
      await expect(el).to.be.accessible();
    });

    it('an unsafe light-DOM href is dropped with the same warning', async () => {
      const bad = 'javascript:alert(1)';
      const el = await fixture<RelatedLinks>(html`
        <related-links><a href=${bad}>Bad</a><a href="/ok">Fine</a></related-links>
      `);
      expect(headlines(el)).to.deep.equal(['Fine']);
      expect(log.warns).to.deep.equal(['<related-links> ignored items[0].url: javascript: URLs are not allowed']);
    });

    it('bad layout, heading-level and max fall back to defaults with one warning each', async () => {
      const el = await fixture<RelatedLinks>(html`
        <related-links layout="masonry" heading-level="9" max="-2" .data=${stories(3)}></related-links>
      `);
      expect(list(el).className).to.equal('list');
      expect(root(el).querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
      expect(links(el)).to.have.length(3);
      el.requestUpdate();
      await el.updateComplete;
      expect(log.warns).to.deep.equal([
        '<related-links> ignored layout: "masonry" is not one of list, grid, carousel, compact',
        '<related-links> ignored heading-level: "9" is not one of 1–6',
        '<related-links> ignored max: expected a whole number ≥ 0, got -2',
      ]);
    });

    it('malformed JSON in the data attribute: one error, light-DOM links still used', async () => {
      const el = await fixture<RelatedLinks>(html`<related-links data="[{"><a href="/ok">Fine</a></related-links>`);
      expect(headlines(el)).to.deep.equal(['Fine']);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.match(/^<related-links> data attribute: malformed JSON/);
    });
  });

  it('dark theme: colours come from the dark tokens', async () => {
    const el = await fixture<RelatedLinks>(html`<related-links theme="dark" .data=${stories(1)}></related-links>`);
    expect(getComputedStyle(links(el)[0]!).color).to.equal('rgb(237, 237, 240)');
    await expect(el).to.be.accessible();
  });
});
