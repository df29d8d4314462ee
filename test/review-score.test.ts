import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { ReviewScore } from '../src/components/review-score/review-score.js';
import type { FilmData } from '../src/context/film-data.js';
import { captureConsole, languagesReady, shadowText, until } from './helpers.js';
import { sampleReview } from './fixtures/review.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const label = (el: Element) => part(el, 'score')?.getAttribute('aria-label');
const items = (el: Element, kind: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part=${kind}] li`)].map((li) => li.textContent);
const ldScripts = (doc: Document = document) =>
  [...doc.head.querySelectorAll('script[type="application/ld+json"][data-reelkit]')] as HTMLScriptElement[];
/** Width of the filled stars' nested <svg>, in the stars' own units (24 a star). */
const filled = (el: Element) => Number(el.shadowRoot!.querySelector('svg.stars > svg')!.getAttribute('width'));

const BY = 'by Sample Critic, Reelkit Weekly';

describe('<review-score>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('is defined', () => {
    expect(customElements.get('review-score')).to.equal(ReviewScore);
  });

  it('attributes: stars as one image with its accessible name, verdict, notes, byline with date, link', async () => {
    const el = await fixture<ReviewScore>(
      html`<review-score
        rating="3.5"
        best-rating="5"
        headline="Stylish, brutal and ice-cold"
        excerpt="All surface, and what a surface."
        pros=${'The stairwell fight\nThe soundtrack'}
        cons="A knotted plot"
        author="Sample Critic"
        publisher="Reelkit Weekly"
        date="2017-07-27"
        url="https://example.com/reviews/atomic-blonde"
        film="Atomic Blonde"
        lang="en-US"
      ></review-score>`,
    );
    expect(label(el)).to.equal(`Rated 3.5 out of 5 ${BY}`);
    expect(part(el, 'score')!.getAttribute('role')).to.equal('img');
    // 3.5 of 5 stars: 3.5 × 24 units of filled stars over five outlined ones.
    expect(filled(el)).to.equal(84);
    expect(el.shadowRoot!.querySelectorAll('svg.stars > g > path')).to.have.length(5);
    expect(shadowText(el, '.number')).to.equal('3.5/5');
    expect(shadowText(el, '[part=film]')).to.equal('Atomic Blonde');
    const verdict = part(el, 'verdict')!;
    expect([
      verdict.getAttribute('role'),
      verdict.getAttribute('aria-level'),
      shadowText(el, '[part=verdict]'),
    ]).to.deep.equal(['heading', '3', 'Stylish, brutal and ice-cold']);
    expect(shadowText(el, '[part=body]')).to.equal('All surface, and what a surface.');
    expect(items(el, 'pros')).to.deep.equal(['The stairwell fight', 'The soundtrack']);
    expect(items(el, 'cons')).to.deep.equal(['A knotted plot']);
    expect(shadowText(el, '[part=pros] .label')).to.equal('Pros');
    expect(shadowText(el, '[part=byline]')).to.equal('By Sample Critic, Reelkit Weekly July 27, 2017');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2017-07-27');
    expect(part(el, 'link')!.getAttribute('href')).to.equal('https://example.com/reviews/atomic-blonde');
    expect(part(el, 'aggregate')).to.equal(null);
    expect(log.warns).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('display by the scale: /5 stars, /10 a number, /100 a ring; `display` overrides', async () => {
    const el = await fixture<ReviewScore>(html`<review-score rating="8" lang="en"></review-score>`);
    expect([...part(el, 'score')!.classList]).to.deep.equal(['score', 'by-number']);
    expect(shadowText(el, '[part=score]')).to.equal('8/10');
    expect(label(el)).to.equal('Rated 8 out of 10');
    await expect(el).to.be.accessible();

    el.rating = '82';
    await el.updateComplete;
    expect([...part(el, 'score')!.classList]).to.deep.equal(['score', 'by-ring']);
    expect(shadowText(el, '[part=score]')).to.equal('82%');
    expect(el.shadowRoot!.querySelector('.arc')!.getAttribute('stroke-dasharray')).to.equal('82 100');
    expect(label(el)).to.equal('Rated 82 out of 100');
    await expect(el).to.be.accessible();

    el.display = 'stars';
    await el.updateComplete;
    expect(filled(el)).to.equal(0.82 * 120);
    el.display = 'number';
    await el.updateComplete;
    expect(shadowText(el, '[part=score]')).to.equal('82/100');
    expect(log.warns).to.deep.equal([]);
    el.setAttribute('display', 'bars');
    await el.updateComplete;
    expect(part(el, 'score')!.classList.contains('by-ring')).to.equal(true);
    expect(log.warns).to.deep.equal(['<review-score> ignored display: "bars" is not one of stars, number, ring']);
  });

  for (const layout of ['box', 'inline', 'hero'] as const) {
    it(`layout ${layout}: accessible; inline shows score, verdict and byline only`, async () => {
      const el = await fixture<ReviewScore>(html`<review-score layout=${layout} .data=${sampleReview}></review-score>`);
      const parts = [...el.shadowRoot!.querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
      expect(parts).to.deep.equal(
        layout === 'inline'
          ? ['base', 'score', 'verdict', 'byline']
          : ['base', 'film', 'score', 'aggregate', 'verdict', 'body', 'pros', 'cons', 'link', 'byline'],
      );
      expect(log.warns).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('the average beside it: with its source, or as the average', async () => {
    const el = await fixture<ReviewScore>(html`<review-score lang="en-US" .data=${sampleReview}></review-score>`);
    expect(shadowText(el, '[part=aggregate]')).to.equal('Readers: 6.7/10');
    el.data = { ...sampleReview, aggregateRating: { ratingValue: 71, ratingCount: 1 } };
    await el.updateComplete;
    expect(shadowText(el, '[part=aggregate]')).to.equal('Average: 71/100');
  });

  describe('every input path gives the same review', () => {
    const expectSample = (el: ReviewScore) => {
      expect(label(el)).to.equal(`Rated 3.5 out of 5 ${BY}`);
      expect(shadowText(el, '[part=verdict]')).to.equal(sampleReview.headline);
      expect(items(el, 'pros')).to.deep.equal(sampleReview.pros);
      expect(shadowText(el, '[part=film]')).to.equal('Atomic Blonde (2017)');
      expect(log.warns).to.deep.equal([]);
    };

    it('data property', async () => {
      expectSample(await fixture<ReviewScore>(html`<review-score .data=${sampleReview}></review-score>`));
    });

    it('data attribute', async () => {
      expectSample(
        await fixture<ReviewScore>(html`<review-score data=${JSON.stringify(sampleReview)}></review-score>`),
      );
    });

    it('child script', async () => {
      const el = await fixture<ReviewScore>(
        html`<review-score
          ><script type="application/json">
            ${JSON.stringify(sampleReview)}
          </script></review-score
        >`,
      );
      expectSample(el);
    });

    it("provider: the article's review, the article's film as the reviewed work", async () => {
      const review = { ...sampleReview, itemReviewed: undefined };
      const provider = await fixture<FilmData>(
        html`<film-data .data=${{ film: { name: 'Atomic Blonde', year: 2017 }, review }}
          ><review-score></review-score
        ></film-data>`,
      );
      const el = provider.querySelector('review-score')!;
      await el.updateComplete;
      expectSample(el);
    });

    it('JSON-LD CriticReview in a @graph, the film by @id; attributes win over it', async () => {
      const ld = {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Movie', '@id': '#film', name: 'Atomic Blonde', datePublished: '2017-07-28' },
          {
            '@type': 'CriticReview',
            itemReviewed: { '@id': '#film' },
            reviewRating: { '@type': 'Rating', ratingValue: 3.5, bestRating: 5 },
            headline: sampleReview.headline,
            positiveNotes: { '@type': 'ItemList', itemListElement: sampleReview.pros.map((name) => ({ name })) },
            author: { '@type': 'Person', name: 'Sample Critic' },
            publisher: { '@type': 'Organization', name: 'Reelkit Weekly' },
          },
        ],
      };
      const box = await fixture(
        html`<div>
          <script type="application/ld+json" id="review-ld">
            ${JSON.stringify(ld)}
          </script>
          <review-score jsonld="#review-ld"></review-score>
        </div>`,
      );
      const el = box.querySelector('review-score')!;
      await el.updateComplete;
      expectSample(el);
      el.setAttribute('headline', 'Overridden');
      await el.updateComplete;
      expect(shadowText(el, '[part=verdict]')).to.equal('Overridden');
    });

    it('JSON-LD with other types only: the fallback stays, one note of what was found', async () => {
      const box = await fixture(
        html`<div>
          <script type="application/ld+json" id="no-review">
            { "@type": "Movie", "name": "Atomic Blonde" }
          </script>
          <review-score jsonld="#no-review">Our verdict: 3.5/5</review-score>
        </div>`,
      );
      const el = box.querySelector('review-score')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(log.warns).to.deep.equal(['<review-score> jsonld: found Movie; no Review']);
    });
  });

  describe('bad input never breaks the page', () => {
    it('ratingValue above bestRating: one warning naming the element and field, the score dropped, the rest shown', async () => {
      const el = await fixture<ReviewScore>(
        html`<review-score rating="12" best-rating="10" headline="Off the scale"></review-score>`,
      );
      expect(log.warns).to.deep.equal(['<review-score> ignored ratingValue: 12 is above bestRating 10']);
      expect(part(el, 'score')).to.equal(null);
      expect(shadowText(el, '[part=verdict]')).to.equal('Off the scale');
      await expect(el).to.be.accessible();
    });

    it('unsafe URLs, NaN and wrong types: one warning each, the rest renders, nothing executes', async () => {
      const el = await fixture<ReviewScore>(
        html`<review-score
          .data=${{
            ratingValue: 'NaN',
            headline: '<img src=x onerror=alert(1)>',
            url: 'javascript:alert(1)',
            author: { name: 'Sample Critic', url: 'data:text/html,<script>alert(1)</script>' },
            pros: { no: 'list' },
          }}
        ></review-score>`,
      );
      expect(log.warns).to.deep.equal([
        '<review-score> ignored ratingValue: expected a number, got a string',
        '<review-score> ignored pros[0]: expected text, got an object',
        '<review-score> ignored author.url: data: URLs are not allowed',
        '<review-score> ignored url: javascript: URLs are not allowed',
      ]);
      expect(shadowText(el, '[part=verdict]')).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img, a[href^="javascript"]')).to.equal(null);
      expect(shadowText(el, '[part=byline]')).to.equal('By Sample Critic');
    });

    it('nothing to show: the fallback stays with one warning', async () => {
      const el = await fixture<ReviewScore>(html`<review-score author="Sample Critic">Verdict: 4/5</review-score>`);
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(log.warns).to.deep.equal(['<review-score> ignored data: needs ratingValue or headline']);
    });

    it('malformed JSON: one console.error, the fallback stays', async () => {
      const el = await fixture<ReviewScore>(html`<review-score data='{"ratingValue": 4,'>Verdict: 4/5</review-score>`);
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.match(/^<review-score> data attribute: malformed JSON/);
    });
  });

  it('right to left (Hebrew page): the stars fill from the right; accessible', async () => {
    const el = await fixture<ReviewScore>(
      html`<div dir="rtl" lang="he"><review-score .data=${sampleReview}></review-score></div>`,
    );
    const score = el.querySelector('review-score')!;
    await languagesReady('he');
    await until(() => score.shadowRoot!.querySelector('[part=score]'));
    expect(getComputedStyle(score.shadowRoot!.querySelector('.stars')!).transform).to.equal(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
    expect(getComputedStyle(part(score, 'pros')!).direction).to.equal('rtl');
    await expect(score).to.be.accessible();
  });

  it('dark theme: its own surface and text colours; accessible', async () => {
    const el = await fixture<ReviewScore>(html`<review-score theme="dark" .data=${sampleReview}></review-score>`);
    const base = getComputedStyle(part(el, 'base')!);
    expect([base.backgroundColor, base.color]).to.deep.equal(['rgb(28, 28, 33)', 'rgb(237, 237, 240)']);
    await expect(el).to.be.accessible();
  });

  it('a second language (German): the words, the numbers and the date', async () => {
    await languagesReady('de');
    const el = await fixture<ReviewScore>(html`<review-score lang="de" .data=${sampleReview}></review-score>`);
    await until(() => part(el, 'score'));
    expect(label(el)).to.equal('Bewertung von Sample Critic, Reelkit Weekly: 3,5 von 5');
    expect(shadowText(el, '[part=pros] .label')).to.equal('Pro');
    expect(shadowText(el, '[part=byline]')).to.equal('Von Sample Critic, Reelkit Weekly 27. Juli 2017');
    expect(shadowText(el, '[part=aggregate]')).to.equal('Readers: 6,7/10');
    expect(shadowText(el, '[part=cons] .label')).to.equal('Contra');
    expect(shadowText(el, '[part=link]')).to.equal('Zur ganzen Kritik');
    expect(log.warns).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  describe('emit-jsonld', () => {
    afterEach(() => ldScripts().forEach((s) => s.remove()));

    it('writes one Review script into the head, updates it in place, removes it on disconnect', async () => {
      const el = await fixture<ReviewScore>(html`<review-score emit-jsonld .data=${sampleReview}></review-score>`);
      expect(ldScripts()).to.have.length(1);
      const script = ldScripts()[0]!;
      expect(JSON.parse(script.text)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Review',
        itemReviewed: {
          '@type': 'Movie',
          name: 'Atomic Blonde',
          dateCreated: '2017',
          url: 'https://example.com/films/atomic-blonde',
        },
        reviewRating: { '@type': 'Rating', ratingValue: 3.5, bestRating: 5, worstRating: 0 },
        name: sampleReview.headline,
        reviewBody: sampleReview.reviewBody,
        positiveNotes: {
          '@type': 'ItemList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'The single-take stairwell fight' },
            { '@type': 'ListItem', position: 2, name: 'A soundtrack of 1980s hits' },
          ],
        },
        negativeNotes: {
          '@type': 'ItemList',
          itemListElement: [{ '@type': 'ListItem', position: 1, name: sampleReview.cons[0] }],
        },
        author: { '@type': 'Person', ...sampleReview.author },
        publisher: { '@type': 'Organization', ...sampleReview.publisher },
        datePublished: '2017-07-27',
        url: sampleReview.url,
      });
      el.data = { ...sampleReview, headline: '</script><script>alert(1)</script>' };
      await el.updateComplete;
      expect(ldScripts()).to.deep.equal([script]);
      expect(script.text).to.contain('"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
      el.remove();
      expect(ldScripts()).to.deep.equal([]);
      document.body.append(el);
      await el.updateComplete;
      expect(ldScripts()).to.have.length(1);
      el.emitJsonld = false;
      await el.updateComplete;
      expect(ldScripts()).to.deep.equal([]);
      el.remove();
      expect(log.warns).to.deep.equal([]);
    });

    it('without data or the attribute: no script', async () => {
      await fixture(html`<review-score emit-jsonld></review-score>`);
      await fixture(html`<review-score .data=${sampleReview}></review-score>`);
      expect(ldScripts()).to.deep.equal([]);
    });

    /** A page with a meta CSP enforcing Trusted Types, loading reelkit from the sources. */
    async function trustedTypesPage(policies: string) {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Trusted Types page"></iframe>`);
      const loaded = oneEvent(frame, 'load');
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${policies}">
        <script src="/test/security/pages/record.js"></script>
        <review-score emit-jsonld rating="4" headline="Verdict" author="Sample Critic" film="Atomic Blonde"></review-score>
        <script type="module" src="/src/index.ts"></script>`;
      await loaded;
      const win = frame.contentWindow as Window &
        typeof globalThis & { __violations: { directive: string; sample: string }[]; __console: string[] };
      await win.customElements.whenDefined('review-score');
      await (win.document.querySelector('review-score') as ReviewScore).updateComplete;
      await new Promise((r) => setTimeout(r, 50)); // violation events come in a later task
      // The sources run Lit in dev mode, which says so: not ours.
      win.__console = win.__console.filter((m) => !m.includes('Lit is in dev mode'));
      return win;
    }

    it("under require-trusted-types-for 'script' with the documented policy: the script is written, zero violations", async function () {
      this.timeout(30_000);
      const win = await trustedTypesPage('lit-html reelkit#jsonld');
      if (!('trustedTypes' in win)) this.skip();
      // Enforced: a plain string into a script's text throws here.
      expect(() => (win.document.createElement('script').text = '{}')).to.throw();
      const scripts = ldScripts(win.document);
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0]!.text).reviewRating.ratingValue).to.equal(4);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__console).to.deep.equal([]);
      win.document.querySelector('review-score')!.remove();
      expect(ldScripts(win.document)).to.deep.equal([]);
    });

    it('when the page does not allow reelkit#jsonld: one warning saying so, no script, the element renders', async function () {
      this.timeout(30_000);
      const win = await trustedTypesPage('lit-html');
      if (!('trustedTypes' in win)) this.skip();
      expect(ldScripts(win.document)).to.deep.equal([]);
      expect(win.__violations.map((v) => `${v.directive} ${v.sample}`)).to.deep.equal(['trusted-types reelkit#jsonld']);
      expect(win.__console).to.deep.equal([
        "warn: <review-score> ignored emit-jsonld: the page's CSP does not allow the Trusted Types policy reelkit#jsonld; no JSON-LD written",
      ]);
      expect(shadowText(win.document.querySelector('review-score')!, '[part=verdict]')).to.equal('Verdict');
    });
  });
});
