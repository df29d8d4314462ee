import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { FilmCard } from '../src/components/film-card/film-card.js';
import type { FilmData } from '../src/context/film-data.js';
import type { VideoEmbed } from '../src/components/video-embed/video-embed.js';
import { ContextProvider } from '@lit/context';
import { articleContext } from '../src/context/article-context.js';
import type { Article } from '../src/data/model.js';
import { captureConsole, nextFrame, shadowText, languagesReady } from './helpers.js';
import { atomicBlonde, featurette } from './fixtures/atomic-blonde.js';

const full = { ...atomicBlonde, trailer: featurette };
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const rect = (el: Element, sel: string) => q(el, sel)!.getBoundingClientRect();

/** A card inside a box of `width` px; returns the card once rendered and laid out. */
async function card(template: unknown, width = 320): Promise<FilmCard> {
  const box = await fixture(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('film-card, film-card-late') as FilmCard;
  await el.updateComplete;
  // Layout, then the ResizeObserver that shows "Read more" where the synopsis is cut.
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Collects events of `type` from window; clicks never navigate away from the test page. */
function recordClicks() {
  const seen: { prevented: boolean }[] = [];
  const guard = (e: Event) => {
    seen.push({ prevented: e.defaultPrevented });
    e.preventDefault();
  };
  window.addEventListener('click', guard);
  return { seen, stop: () => window.removeEventListener('click', guard) };
}

describe('<film-card>', () => {
  before(() => languagesReady('de', 'fr', 'he'));
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('is defined as FilmCard', () => {
    expect(customElements.get('film-card')).to.equal(FilmCard);
    expect(document.createElement('film-card')).to.be.instanceOf(FilmCard);
  });

  it('renders a semantic shadow DOM: one article, a heading, a <dl> of credits', async () => {
    const el = await card(
      html`<film-card name="Atomic Blonde" year="2017" runtime="115" director="David Leitch"></film-card>`,
    );
    expect(el).shadowDom.to.equal(`
      <article part="base" class="card vertical" aria-labelledby="title">
        <div part="poster" class="poster"><div part="placeholder" class="placeholder" aria-hidden="true">A</div></div>
        <div part="body" class="body">
          <div part="title" class="title" role="heading" aria-level="3" id="title">
            <span dir="auto">Atomic Blonde</span> <span part="year" class="year">(2017)</span>
          </div>
          <p part="meta" class="meta"><time part="runtime" datetime="PT115M">1 hr, 55 min</time></p>
          <dl part="credits" class="credits"><div><dt>Directed by</dt><dd>David Leitch</dd></div></dl>
        </div>
      </article>`);
    expect(qa(el, 'article')).to.have.length(1);
    expect(log.warns).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  describe('every field of the reference film', () => {
    let el: FilmCard;
    beforeEach(async () => {
      el = await card(html`<film-card id="ab" .data=${full}></film-card>`);
    });

    it('poster: lazy <img> with the given alt, size and 2:3 box', () => {
      const img = q(el, 'img[part="poster-image"]') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal('/demo/img/atomic-blonde-poster.svg');
      expect(img.alt).to.equal('Atomic Blonde poster: Charlize Theron in a white coat against neon Berlin');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['400', '600']);
      expect(img.hasAttribute('srcset')).to.equal(false);
      const box = rect(el, '.poster');
      expect(box.height / box.width).to.be.closeTo(1.5, 0.01);
    });

    it('title and year in one heading (level 3)', () => {
      const h = q(el, '[part="title"]')!;
      expect(h.getAttribute('role')).to.equal('heading');
      expect(h.getAttribute('aria-level')).to.equal('3');
      expect(shadowText(el, '[part="title"]')).to.equal('Atomic Blonde (2017)');
      expect(q(el, 'article')!.getAttribute('aria-labelledby')).to.equal('title');
    });

    it('meta: certificate badge (read as "Rated R (US)"), runtime, genres', () => {
      expect(shadowText(el, '[part="rating"]')).to.equal('Rated R (US)');
      expect(qa(el, '[part="rating"] .visually-hidden').map((s) => s.textContent)).to.deep.equal(['Rated ', ' (US)']);
      const time = q(el, 'time[part="runtime"]')!;
      expect(time.textContent).to.equal('1 hr, 55 min');
      expect(time.getAttribute('datetime')).to.equal('PT115M');
      expect(shadowText(el, '[part="genre"]')).to.equal('Action, Thriller');
    });

    it('separators only between present items: none before the first', () => {
      const [first, second] = qa(el, '[part="meta"] > *');
      expect(getComputedStyle(first!, '::before').content).to.equal('none');
      expect(getComputedStyle(second!, '::before').content).to.equal('""');
    });

    it('score: "4/5" visually, "Rated 4 out of 5 by Reelkit Weekly" to screen readers', () => {
      const score = q(el, '[part="score"]')!;
      expect(score.getAttribute('role')).to.equal('img');
      expect(score.getAttribute('aria-label')).to.equal('Rated 4 out of 5 by Reelkit Weekly');
      expect(shadowText(el, '[part="score-value"]')).to.equal('4/5');
      expect(shadowText(el, '[part="score-source"]')).to.equal('Reelkit Weekly');
    });

    it('credits: director, top 3 of the cast "and 3 more", writer, based-on', () => {
      const rows = qa(el, '[part="credits"] > div').map((d) => [
        d.querySelector('dt')!.textContent,
        d.querySelector('dd')!.textContent!.replace(/\s+/g, ' '),
      ]);
      expect(rows).to.deep.equal([
        ['Directed by', 'David Leitch'],
        ['Starring', 'Charlize Theron, James McAvoy, John Goodman, and 3 more'],
        ['Written by', 'Kurt Johnstad'],
        ['Based on', 'The Coldest City (graphic novel) by Antony Johnston and Sam Hart'],
      ]);
      expect(q(el, 'dd cite')!.textContent).to.equal('The Coldest City');
    });

    it('synopsis, clamped with a "Read more" toggle', async () => {
      const p = q(el, '[part="synopsis"]')!;
      expect(p.textContent).to.equal(atomicBlonde.description);
      expect(p.getAttribute('dir')).to.equal('auto');
      expect(p.scrollHeight).to.be.greaterThan(p.clientHeight);
      const more = q(el, 'button[part="more"]')!;
      expect(more.hidden).to.equal(false);
      expect(more.textContent!.trim()).to.equal('Read more');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(more.getAttribute('aria-controls')).to.equal('synopsis');
      await expect(el).to.be.accessible();
      more.click();
      await el.updateComplete;
      expect(more.textContent!.trim()).to.equal('Show less');
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(p.scrollHeight).to.equal(p.clientHeight);
      await expect(el).to.be.accessible();
      more.click();
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
    });

    it('"Read more" only while the text is cut: a short synopsis hides it, a long one shows it again', async () => {
      const more = q(el, 'button[part="more"]')!;
      el.synopsis = 'Short.';
      el.data = { ...full, description: undefined };
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(q(el, 'button[part="more"]')).to.equal(more);
      expect(more.hidden).to.equal(true);
      el.data = full;
      el.synopsis = undefined;
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(more.hidden).to.equal(false);
    });

    it('links: trailer first, then each link; sponsored ones carry rel="sponsored" and a mark', () => {
      const links = qa(el, '[part="links"] > a').map((a) => [
        a.getAttribute('part'),
        a.getAttribute('href'),
        a.getAttribute('rel'),
        a.textContent!.replace(/\s+/g, ' ').trim(),
      ]);
      expect(links).to.deep.equal([
        ['trailer', 'https://www.youtube.com/watch?v=q0Ad7tbCjS0', null, 'Play trailer'],
        ['link', 'https://example.com/films/atomic-blonde', null, 'Full review'],
        ['link', 'https://store.example.com/atomic-blonde-blu-ray', 'sponsored', 'Buy the Blu-ray Sponsored'],
      ]);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
      expect(log.warns).to.deep.equal([]);
    });
  });

  describe('runtime (Intl, element language)', () => {
    const rows: [string, string, string][] = [
      ['en', '115', '1 hr, 55 min'],
      ['en', 'PT1H55M', '1 hr, 55 min'],
      ['en', '120', '2 hr'],
      ['en', '45', '45 min'],
      ['de', '115', '1 Std., 55 Min.'],
      ['fr', '115', '1 h et 55 min'],
    ];
    for (const [lang, runtime, expected] of rows) {
      it(`lang=${lang} runtime=${runtime} -> ${expected}`, async () => {
        const el = await card(html`<film-card lang=${lang} name="X" runtime=${runtime}></film-card>`);
        expect(shadowText(el, '[part="runtime"]')).to.equal(expected);
      });
    }
  });

  describe('cast', () => {
    const six = atomicBlonde.actor.map((a) => a.name).join(', ');
    const rows: [string, number | undefined, string][] = [
      ['Charlize Theron', undefined, 'Charlize Theron'],
      ['Charlize Theron, James McAvoy', undefined, 'Charlize Theron and James McAvoy'],
      [six, undefined, 'Charlize Theron, James McAvoy, John Goodman, and 3 more'],
      [six, 5, 'Charlize Theron, James McAvoy, John Goodman, Sofia Boutella, Toby Jones, and 1 more'],
      [six, 6, 'Charlize Theron, James McAvoy, John Goodman, Sofia Boutella, Toby Jones, and Eddie Marsan'],
    ];
    for (const [cast, limit, expected] of rows) {
      it(`cast of ${cast.split(',').length}, cast-limit=${limit} -> ${expected}`, async () => {
        const el = await card(html`<film-card name="X" cast=${cast} cast-limit=${limit ?? 3}></film-card>`);
        expect(shadowText(el, '[part="credits"] dd')).to.equal(expected);
      });
    }
  });

  describe('score', () => {
    const rows: [string, string, string, string, string][] = [
      ['en', '7.8', '', 'Rated 7.8 out of 10', '7.8/10'],
      ['en', '87', '', 'Rated 87 out of 100', '87/100'],
      ['en', '4', '5', 'Rated 4 out of 5', '4/5'],
      ['de', '7.8', '', 'Bewertung: 7,8 von 10', '7,8/10'], // the German pack's words
    ];
    for (const [lang, score, best, label, shown] of rows) {
      it(`lang=${lang} score=${score} best=${best || 'default'} -> "${label}"`, async () => {
        const el = await card(
          html`<film-card lang=${lang} name="X" score=${score} score-best=${best || undefined}></film-card>`,
        );
        expect(q(el, '[part="score"]')!.getAttribute('aria-label')).to.equal(label);
        expect(shadowText(el, '[part="score"]')).to.equal(shown);
        expect(q(el, '[part="score-source"]')).to.equal(null);
      });
    }
  });

  describe('layouts', () => {
    it('vertical (default): poster above the text, full width', async () => {
      const el = await card(html`<film-card .data=${full}></film-card>`, 320);
      expect(q(el, 'article')!.className).to.equal('card vertical');
      expect(rect(el, '.poster').bottom).to.be.at.most(rect(el, '.body').top + 0.5);
      expect(rect(el, '.poster').width).to.equal(318);
      await expect(el).to.be.accessible();
    });

    it('horizontal: poster beside the text (2:3 columns)', async () => {
      const el = await card(html`<film-card layout="horizontal" .data=${full}></film-card>`, 600);
      expect(q(el, 'article')!.className).to.equal('card horizontal');
      expect(rect(el, '.poster').right).to.be.at.most(rect(el, '.body').left + 0.5);
      expect(rect(el, '.poster').width).to.be.closeTo(598 * 0.4, 1);
      expect(q(el, '[part="synopsis"]')!.offsetHeight).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('compact: small poster, no synopsis, only the first credit line', async () => {
      const el = await card(html`<film-card layout="compact" .data=${full}></film-card>`, 600);
      expect(q(el, 'article')!.className).to.equal('card compact');
      expect(rect(el, '.poster').width).to.equal(64);
      expect(q(el, '[part="synopsis"]')!.offsetHeight).to.equal(0);
      expect(q(el, 'button[part="more"]')!.hidden).to.equal(true);
      expect(q(el, '.synopsis-box')!.offsetHeight).to.equal(0);
      expect(qa(el, '[part="credits"] > div').map((d) => d.offsetHeight > 0)).to.deep.equal([
        true,
        false,
        false,
        false,
      ]);
      await expect(el).to.be.accessible();
    });

    it('container query: a vertical card in a 200px column is compact', async () => {
      const el = await card(html`<film-card .data=${full}></film-card>`, 200);
      expect(rect(el, '.poster').width).to.equal(64);
      expect(q(el, '[part="synopsis"]')!.offsetHeight).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('container query: a horizontal card in a 400px column is vertical', async () => {
      const el = await card(html`<film-card layout="horizontal" .data=${full}></film-card>`, 400);
      expect(rect(el, '.poster').width).to.equal(398);
      expect(rect(el, '.poster').bottom).to.be.at.most(rect(el, '.body').top + 0.5);
    });

    it('an unknown layout falls back to vertical with one warning', async () => {
      const el = await card(html`<film-card layout="diagonal" name="X"></film-card>`);
      el.name = 'Y';
      await el.updateComplete;
      expect(q(el, 'article')!.className).to.equal('card vertical');
      expect(log.warns).to.deep.equal([
        '<film-card> ignored layout: "diagonal" is not one of vertical, horizontal, compact',
      ]);
    });
  });

  describe('heading-level', () => {
    for (const [level, expected] of [
      ['1', '1'],
      ['6', '6'],
      [undefined, '3'],
    ] as const) {
      it(`heading-level=${level} -> aria-level ${expected}`, async () => {
        const el = await card(html`<film-card name="X" heading-level=${level ?? '3'}></film-card>`);
        expect(q(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal(expected);
        expect(log.warns).to.deep.equal([]);
      });
    }

    it('heading-level=9 -> level 3 and one warning', async () => {
      const el = await card(html`<film-card name="X" heading-level="9"></film-card>`);
      expect(q(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(log.warns).to.deep.equal(['<film-card> ignored heading-level: "9" is not one of 1–6']);
    });
  });

  describe('input paths', () => {
    const expectReference = (el: FilmCard) => {
      expect(shadowText(el, '[part="title"]')).to.equal('Atomic Blonde (2017)');
      expect(shadowText(el, '[part="runtime"]')).to.equal('1 hr, 55 min');
      expect(shadowText(el, '[part="credits"] dd')).to.equal('David Leitch');
    };

    it('attributes: every one maps to its field', async () => {
      const el = await card(
        html`<film-card
          name="Atomic Blonde"
          year="2017"
          poster="/demo/img/atomic-blonde-poster.svg"
          poster-alt="Lorraine in white"
          director="David Leitch"
          writer="Kurt Johnstad"
          cast="Charlize Theron, James McAvoy"
          genre="Action, Thriller"
          runtime="PT1H55M"
          rating="R"
          rating-region="US"
          score="4"
          score-best="5"
          score-source="Reelkit Weekly"
          synopsis="Berlin, 1989."
          based-on="The Coldest City"
          trailer-url="https://youtu.be/q0Ad7tbCjS0"
          url="/films/atomic-blonde"
        ></film-card>`,
      );
      expectReference(el);
      expect((q(el, 'img') as HTMLImageElement).alt).to.equal('Lorraine in white');
      expect(q(el, '[part="title"] a')!.getAttribute('href')).to.equal('/films/atomic-blonde');
      expect(shadowText(el, '[part="meta"]')).to.equal('Rated R (US) 1 hr, 55 min Action, Thriller');
      expect(q(el, '[part="score"]')!.getAttribute('aria-label')).to.equal('Rated 4 out of 5 by Reelkit Weekly');
      expect(shadowText(el, '[part="credits"]')).to.equal(
        'Directed by David Leitch Starring Charlize Theron and James McAvoy Written by Kurt Johnstad Based on The Coldest City',
      );
      expect(shadowText(el, '[part="synopsis"]')).to.equal('Berlin, 1989.');
      expect(q(el, '[part="trailer"]')!.getAttribute('href')).to.equal('https://youtu.be/q0Ad7tbCjS0');
      expect(log.warns).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('data attribute (JSON)', async () => {
      const el = await card(html`<film-card data=${JSON.stringify(atomicBlonde)}></film-card>`);
      expectReference(el);
    });

    it('data property (object) wins over attributes', async () => {
      const el = await card(html`<film-card name="Other" .data=${atomicBlonde}></film-card>`);
      expectReference(el);
    });

    it('child <script type="application/json">', async () => {
      const el = await card(
        html`<film-card
          ><script type="application/json">
            ${JSON.stringify(atomicBlonde)}
          </script></film-card
        >`,
      );
      expectReference(el);
    });

    it('<film-data> provider', async () => {
      const parent = await fixture<FilmData>(
        html`<div style="width:320px">
          <film-data .data=${{ film: atomicBlonde }}><film-card></film-card></film-data>
        </div>`,
      );
      const el = parent.querySelector('film-card')!;
      await el.updateComplete;
      expectReference(el);
      await expect(el).to.be.accessible();
    });

    it("an app's own provider of articleContext (a custom element above it) is asked too", async () => {
      if (!customElements.get('x-article-app')) customElements.define('x-article-app', class extends HTMLElement {});
      const app = document.createElement('x-article-app');
      const provider = new ContextProvider(app, {
        context: articleContext,
        initialValue: { film: atomicBlonde } as unknown as Article,
      });
      const inner = document.createElement('div'); // not directly below it
      const el = document.createElement('film-card');
      inner.append(el);
      app.append(inner);
      provider.hostConnected(); // (a ReactiveController: its host is a plain custom element here)
      await fixture(html`<div style="width:320px">${app}</div>`);
      await el.updateComplete;
      expectReference(el);
      // It stays subscribed: the provider's next value is shown.
      provider.setValue({ film: { ...atomicBlonde, name: 'Atomic Blonde (2)' } } as unknown as Article);
      await el.updateComplete;
      expect(shadowText(el, '[part=title] span')).to.equal('Atomic Blonde (2)');
    });

    it("a <film-data> it is slotted into (inside a plain element's shadow root) is asked", async () => {
      const host = document.createElement('div');
      const provider = document.createElement('film-data') as FilmData;
      provider.data = { film: atomicBlonde };
      provider.append(document.createElement('slot'));
      host.attachShadow({ mode: 'open' }).append(provider);
      const el = document.createElement('film-card');
      host.append(el); // light DOM of a plain <div>: only the slot leads to the provider
      await fixture(html`<div style="width:320px">${host}</div>`);
      await el.updateComplete;
      expectReference(el);
    });

    it('moved between providers and out of them: shows only the provider it is in now', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:320px"></div>`);
      const [a, b] = [0, 1].map(() => document.createElement('film-data') as FilmData);
      a.data = { film: { name: 'Alpha' } };
      b.data = { film: { name: 'Bravo' } };
      const plain = document.createElement('div');
      box.append(a, b, plain);
      const el = document.createElement('film-card');
      const settled = async () => {
        await Promise.all([a.updateComplete, b.updateComplete]); // a provider hands on a change in its own update
        await el.updateComplete;
      };
      const title = async () => (await settled(), shadowText(el, '[part=title] span'));
      a.append(el);
      expect(await title()).to.equal('Alpha');
      b.append(el);
      a.data = { film: { name: 'Alpha 2' } }; // the old provider changes: not shown
      expect(await title()).to.equal('Bravo');
      b.data = { film: { name: 'Bravo 2' } }; // the new one changes: shown
      expect(await title()).to.equal('Bravo 2');
      plain.append(el);
      b.data = { film: { name: 'Bravo 3' } };
      await settled();
      expect(el.shadowRoot!.textContent).not.to.match(/Alpha|Bravo/);
    });

    it('in plain page markup (no custom element above) it sends no context request', async () => {
      const requests: EventTarget[] = [];
      const count = (e: Event) => requests.push(e.composedPath()[0]!);
      document.addEventListener('context-request', count, true);
      try {
        const el = await card(html`<film-card name="Atomic Blonde"></film-card>`);
        expect(shadowText(el, '[part=title] span')).to.equal('Atomic Blonde');
        const wrapped = await card(html`<film-data><film-card name="Atomic Blonde"></film-card></film-data>`);
        expect(requests).to.deep.equal([wrapped.parentElement?.querySelector('film-card')].filter(Boolean));
      } finally {
        document.removeEventListener('context-request', count, true);
      }
    });

    it('page JSON-LD Movie (jsonld attribute)', async () => {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Movie',
        name: 'Atomic Blonde',
        datePublished: '2017-07-28',
        director: { '@type': 'Person', name: 'David Leitch' },
        duration: 'PT1H55M',
        aggregateRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, author: { name: 'Reelkit Weekly' } },
      });
      document.head.append(script);
      try {
        const el = await card(html`<film-card jsonld></film-card>`);
        expectReference(el);
        expect(q(el, '[part="score"]')!.getAttribute('aria-label')).to.equal('Rated 4 out of 5 by Reelkit Weekly');
      } finally {
        script.remove();
      }
    });

    it('light DOM: a linked title and year are read and enhanced', async () => {
      const el = await card(html`<film-card><a href="/films/atomic-blonde">Atomic Blonde</a> (2017)</film-card>`);
      expect(shadowText(el, '[part="title"]')).to.equal('Atomic Blonde (2017)');
      expect(q(el, '[part="title"] a')!.getAttribute('href')).to.equal('/films/atomic-blonde');
      expect(q(el, 'slot')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('light DOM plus attributes: the fallback title merges with the data', async () => {
      const el = await card(
        html`<film-card runtime="115"
          ><h3><a href="/films/atomic-blonde">Atomic Blonde (2017)</a></h3></film-card
        >`,
      );
      expect(shadowText(el, '[part="title"]')).to.equal('Atomic Blonde (2017)');
      expect(q(el, '[part="title"] a')!.getAttribute('href')).to.equal('/films/atomic-blonde');
      expect(shadowText(el, '[part="runtime"]')).to.equal('1 hr, 55 min');
    });

    it('light DOM is read only for keys the data lacks: a poster <img> fills in, a complete record skips it', async () => {
      const read = sinon.spy(FilmCard.prototype as unknown as { lightDomInput(): unknown }, 'lightDomInput');
      try {
        const partial = await card(
          html`<film-card name="Atomic Blonde" year="2017" url="/films/atomic-blonde"
            ><a href="/films/atomic-blonde"
              ><img src="/demo/img/atomic-blonde-poster.svg" alt="Poster" /> Atomic Blonde</a
            >
            (2017)</film-card
          >`,
        );
        expect(q(partial, 'img')!.getAttribute('src')).to.equal('/demo/img/atomic-blonde-poster.svg');
        expect(read.thisValues.includes(partial)).to.equal(true);
        const complete = await card(
          html`<film-card .data=${{ ...full, url: '/films/atomic-blonde' }}
            ><a href="/elsewhere">Another title</a> (1999)</film-card
          >`,
        );
        expect(shadowText(complete, '[part="title"]')).to.equal('Atomic Blonde (2017)');
        expect(read.thisValues.includes(complete)).to.equal(false);
      } finally {
        read.restore();
      }
    });

    it('no data: the light-DOM fallback stays visible in the reserved box', async () => {
      const el = await card(html`<film-card><p>Atomic Blonde, in cinemas now.</p></film-card>`);
      expect(q(el, 'slot')).to.not.equal(null);
      expect(el.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
      expect(qa(el, 'article')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('missing and bad data', () => {
    it('releases and sameAs, which a card never shows, are neither checked nor kept', async () => {
      const el = await card(
        html`<film-card
          .data=${{ ...full, sameAs: ['javascript:alert(1)'], releases: [{ date: 'soon', url: 'javascript:alert(2)' }] }}
        ></film-card>`,
      );
      expect(log.warns).to.deep.equal([]);
      expect(shadowText(el, '[part="title"]')).to.equal('Atomic Blonde (2017)');
      const model = (el as unknown as { model: Record<string, unknown> }).model;
      expect(['releases' in model, 'sameAs' in model, 'actor' in model]).to.deep.equal([false, false, true]);
    });

    it('name only: no empty boxes, a designed placeholder, alt-free', async () => {
      const el = await card(html`<film-card name="Atomic Blonde"></film-card>`);
      expect(qa(el, '.body > *').map((n) => n.getAttribute('part'))).to.deep.equal(['title']);
      expect(shadowText(el, '[part="title"]')).to.equal('Atomic Blonde');
      expect(q(el, '[part="placeholder"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(q(el, 'img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('one meta item has no separator', async () => {
      const el = await card(html`<film-card name="X" genre="Drama"></film-card>`);
      const items = qa(el, '[part="meta"] > *');
      expect(items.map((i) => i.getAttribute('part'))).to.deep.equal(['genre']);
      expect(getComputedStyle(items[0]!, '::before').content).to.equal('none');
    });

    it('year falls back to datePublished', async () => {
      const el = await card(html`<film-card .data=${{ name: 'X', datePublished: '2017-07-28' }}></film-card>`);
      expect(shadowText(el, '[part="year"]')).to.equal('(2017)');
    });

    it('poster without alt: alt built from the title', async () => {
      const el = await card(
        html`<film-card name="Atomic Blonde" poster="/demo/img/atomic-blonde-poster.svg"></film-card>`,
      );
      expect((q(el, 'img') as HTMLImageElement).alt).to.equal('Poster for Atomic Blonde');
    });

    it('srcset and sizes pass through', async () => {
      const el = await card(
        html`<film-card
          .data=${{
            name: 'X',
            image: {
              url: '/demo/img/atomic-blonde-poster.svg',
              srcset: '/demo/img/atomic-blonde-poster.svg 400w, /demo/img/atomic-blonde-poster.svg?2x 800w',
              sizes: '(min-width: 40rem) 20rem, 100vw',
            },
          }}
        ></film-card>`,
      );
      const img = q(el, 'img')!;
      expect(img.getAttribute('srcset')).to.equal(
        '/demo/img/atomic-blonde-poster.svg 400w, /demo/img/atomic-blonde-poster.svg?2x 800w',
      );
      expect(img.getAttribute('sizes')).to.equal('(min-width: 40rem) 20rem, 100vw');
    });

    it('a poster with its own size keeps it; a card switches between a plain and a responsive poster', async () => {
      const url = '/demo/img/atomic-blonde-poster.svg';
      const el = await card(
        html`<film-card .data=${{ name: 'X', image: { url, width: 300, height: 450 } }}></film-card>`,
      );
      const attrs = () => {
        const img = q(el, 'img')!;
        return ['src', 'width', 'height', 'srcset', 'sizes'].map((a) => img.getAttribute(a));
      };
      expect(attrs()).to.deep.equal([url, '300', '450', null, null]);
      el.data = { name: 'X', image: { url } };
      await el.updateComplete;
      expect(attrs()).to.deep.equal([url, '400', '600', null, null]);
      el.data = { name: 'X', image: { url, srcset: `${url} 400w`, sizes: '20rem' } };
      await el.updateComplete;
      expect(attrs()).to.deep.equal([url, '400', '600', `${url} 400w`, '20rem']);
    });

    it('broken poster: the placeholder replaces it, the box keeps 2:3', async () => {
      const el = await card(html`<film-card name="Broken" poster="/no-such-poster.png"></film-card>`);
      if (q(el, 'img')) await oneEvent(q(el, 'img')!, 'error');
      await el.updateComplete;
      expect(q(el, 'img')).to.equal(null);
      expect(shadowText(el, '[part="placeholder"]')).to.equal('B');
      const box = rect(el, '.poster');
      expect(box.height / box.width).to.be.closeTo(1.5, 0.01);
      await expect(el).to.be.accessible();
    });

    it('unsafe and malformed values: one warning each, the rest renders', async () => {
      const el = await card(
        html`<film-card
          name="Atomic Blonde"
          poster="javascript:alert(1)"
          runtime="long"
          score="12"
          score-best="10"
          trailer-url="https://youtube.com/watch?v=nope"
          .data=${{
            links: [
              { url: 'javascript:alert(1)', kind: 'info' },
              { url: '/tickets', kind: 'tickets' },
            ],
          }}
        ></film-card>`,
      );
      expect(log.warns).to.deep.equal([
        '<film-card> ignored image.url: javascript: URLs are not allowed',
        '<film-card> ignored duration: expected a number, got a string',
        '<film-card> ignored aggregateRating.ratingValue: 12 is outside its scale 0–10',
        '<film-card> ignored links[0].url: javascript: URLs are not allowed',
      ]);
      expect(shadowText(el, '[part="title"]')).to.equal('Atomic Blonde');
      expect(q(el, 'img')).to.equal(null);
      expect(q(el, '[part="meta"]')).to.equal(null);
      expect(q(el, '[part="score"]')).to.equal(null);
      expect(qa(el, '[part="links"] a').map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        ['https://youtube.com/watch?v=nope', 'Play trailer'],
        ['/tickets', 'Tickets'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('malformed JSON: one error, the light-DOM fallback stays', async () => {
      const el = await card(html`<film-card data="{oops"><p>Fallback text</p></film-card>`);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.match(/^<film-card> data attribute: malformed JSON/);
      expect(q(el, 'slot')).to.not.equal(null);
    });

    it('a 150-character title wraps inside the card', async () => {
      const long = `${'The Extraordinarily Long and Winding Title of a Film '.repeat(3)}`.trim();
      expect(long.length).to.be.greaterThan(100);
      for (const layout of ['vertical', 'horizontal', 'compact']) {
        const el = await card(html`<film-card layout=${layout} name=${long} year="2017"></film-card>`, 320);
        expect(shadowText(el, '[part="title"]')).to.equal(`${long} (2017)`);
        const article = q(el, 'article')!;
        expect(article.scrollWidth, layout).to.equal(article.clientWidth);
        expect(rect(el, '[part="title"]').right, layout).to.be.at.most(article.getBoundingClientRect().right);
      }
      const unbroken = 'A'.repeat(120);
      const el = await card(html`<film-card name=${unbroken}></film-card>`, 320);
      expect(q(el, 'article')!.scrollWidth).to.equal(q(el, 'article')!.clientWidth);
    });
  });

  describe('language, direction, theme', () => {
    it('RTL: Hebrew text, poster on the right in a horizontal card', async () => {
      const box = await fixture(
        html`<div dir="rtl" lang="he" style="width:600px">
          <film-card
            layout="horizontal"
            name="בלונדינית אטומית"
            year="2017"
            runtime="115"
            director="דייוויד ליץ'"
            synopsis="ברלין, נובמבר 1989."
            .strings=${{ directedBy: 'בימוי' }}
          ></film-card>
        </div>`,
      );
      const el = box.querySelector('film-card')!;
      await el.updateComplete;
      expect(shadowText(el, '[part="title"]')).to.equal('בלונדינית אטומית (2017)');
      expect(shadowText(el, '[part="runtime"]')).to.equal('1 שעה, 55 דק׳');
      expect(shadowText(el, '[part="credits"]')).to.equal("בימוי דייוויד ליץ'");
      expect(getComputedStyle(q(el, 'article')!).direction).to.equal('rtl');
      expect(rect(el, '.poster').left).to.be.at.least(rect(el, '.body').right - 0.5);
      await expect(el).to.be.accessible();
    });

    it('dark theme forced by theme="dark"; light by theme="light"', async () => {
      const dark = await card(html`<film-card theme="dark" .data=${full}></film-card>`);
      const light = await card(html`<film-card theme="light" .data=${full}></film-card>`);
      expect(getComputedStyle(q(dark, 'article')!).backgroundColor).to.equal('rgb(28, 28, 33)');
      expect(getComputedStyle(q(dark, 'article')!).color).to.equal('rgb(237, 237, 240)');
      expect(getComputedStyle(q(light, 'article')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(q(light, 'article')!).color).to.equal('rgb(27, 27, 31)');
      await expect(dark).to.be.accessible();
      await expect(light).to.be.accessible();
    });

    it('custom properties restyle it', async () => {
      const el = await card(
        html`<film-card style="--reelkit-accent: rgb(0, 90, 0); --reelkit-radius: 0px" score="8" name="X"></film-card>`,
      );
      expect(getComputedStyle(q(el, '[part="score-value"]')!).color).to.equal('rgb(0, 90, 0)');
      expect(getComputedStyle(q(el, 'article')!).borderRadius).to.equal('0px');
    });

    it('language switch: own lang, then inherited lang', async () => {
      const box = await fixture(
        html`<div lang="fr" style="width:320px">
          <film-card
            lang="de"
            name="X"
            runtime="115"
            cast="A, B, C, D, E"
            .strings=${{ andMore: '{n} weitere' }}
          ></film-card>
        </div>`,
      );
      const el = box.querySelector('film-card')!;
      await el.updateComplete;
      expect(shadowText(el, '[part="runtime"]')).to.equal('1 Std., 55 Min.');
      expect(shadowText(el, '[part="credits"] dd')).to.equal('A, B, C und 2 weitere');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(shadowText(el, '[part="runtime"]')).to.equal('1 h et 55 min');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(shadowText(el, '[part="runtime"]')).to.equal('1 hr, 55 min');
    });

    it('every fixed word can be replaced (strings attribute)', async () => {
      const strings = {
        directedBy: 'Regie',
        starring: 'Mit',
        writtenBy: 'Drehbuch',
        basedOn: 'Nach',
        by: 'von {name}',
        rated: 'Freigabe',
        scoreBy: '{value} von {best} bei {source}',
        playTrailer: 'Trailer ansehen',
        sponsored: 'Anzeige',
        more: 'Mehr',
      };
      const el = await card(html`<film-card lang="de" strings=${JSON.stringify(strings)} .data=${full}></film-card>`);
      expect(shadowText(el, '[part="credits"]')).to.equal(
        'Regie David Leitch Mit Charlize Theron, James McAvoy, John Goodman und 3 weitere Drehbuch Kurt Johnstad Nach The Coldest City (graphic novel) von Antony Johnston and Sam Hart',
      );
      expect(shadowText(el, '[part="rating"]')).to.equal('Freigabe R (US)');
      expect(q(el, '[part="score"]')!.getAttribute('aria-label')).to.equal('4 von 5 bei Reelkit Weekly');
      expect(shadowText(el, '[part="trailer"]')).to.equal('Trailer ansehen');
      expect(shadowText(el, '[part="sponsored"]')).to.equal('Anzeige');
      expect(shadowText(el, '[part="more"]')).to.equal('Mehr');
    });
  });

  describe('events', () => {
    let clicks: ReturnType<typeof recordClicks>;
    beforeEach(() => (clicks = recordClicks()));
    afterEach(() => clicks.stop());

    it('trailer: film-card-trailer {film, video}; not cancelled and no player -> the link is followed', async () => {
      const el = await card(html`<film-card .data=${full}></film-card>`);
      const heard = oneEvent(el, 'film-card-trailer');
      q(el, '[part="trailer"]')!.click();
      const e = await heard;
      expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
      expect(e.detail.film.name).to.equal('Atomic Blonde');
      expect(e.detail.video).to.deep.equal({
        provider: 'youtube',
        id: 'q0Ad7tbCjS0',
        name: 'Atomic Blonde: making the stairwell fight',
        duration: 161,
      });
      expect(clicks.seen).to.deep.equal([{ prevented: false }]);
    });

    it('trailer: cancelling the event keeps the page', async () => {
      const el = await card(html`<film-card .data=${full}></film-card>`);
      el.addEventListener('film-card-trailer', (e) => e.preventDefault(), { once: true });
      q(el, '[part="trailer"]')!.click();
      expect(clicks.seen).to.deep.equal([{ prevented: true }]);
    });

    /** A card with id `id` and a `<video-embed for>` naming it, in `root`; play() is a spy. */
    async function cardAndPlayer(id: string, root: ParentNode) {
      const el = root.querySelector('film-card')!;
      const player = root.querySelector(`video-embed[for="${CSS.escape(id)}"]`) as VideoEmbed;
      const play = sinon.spy();
      player.play = play as unknown as VideoEmbed['play'];
      el.data = full;
      await el.updateComplete;
      return { el, player, play };
    }

    const inBox = async () =>
      cardAndPlayer(
        'ab-card',
        await fixture(
          html`<div style="width:320px">
            <film-card id="ab-card"></film-card>
            <video-embed for="ab-card"></video-embed>
          </div>`,
        ),
      );

    it('trailer: plays in <video-embed for="card id">', async () => {
      const { el, player, play } = await inBox();
      q(el, '[part="trailer"]')!.click();
      expect(clicks.seen).to.deep.equal([{ prevented: true }]);
      expect(player.data).to.deep.include({ provider: 'youtube', id: 'q0Ad7tbCjS0' });
      expect(play.callCount).to.equal(1);
    });

    it('trailer: cancelling the event stops the player too', async () => {
      const { el, player, play } = await inBox();
      el.addEventListener('film-card-trailer', (e) => e.preventDefault(), { once: true });
      q(el, '[part="trailer"]')!.click();
      expect(clicks.seen).to.deep.equal([{ prevented: true }]);
      expect(player.data).to.equal(undefined);
      expect(play.callCount).to.equal(0);
    });

    it("trailer: the player is looked up in the card's own shadow root, by its escaped id", async () => {
      const id = 'ab "card" 1';
      const host = await fixture(html`<div style="width:320px"><video-embed for=${id}></video-embed></div>`);
      const outside = host.querySelector('video-embed') as VideoEmbed;
      const root = host.attachShadow({ mode: 'open' });
      const inside = document.createElement('video-embed');
      inside.setAttribute('for', id);
      root.append(Object.assign(document.createElement('film-card'), { id }), inside);
      const { el, player, play } = await cardAndPlayer(id, root);
      q(el, '[part="trailer"]')!.click();
      expect(clicks.seen).to.deep.equal([{ prevented: true }]);
      expect(play.callCount).to.equal(1);
      expect(player.data).to.deep.include({ id: 'q0Ad7tbCjS0' });
      expect(outside.data).to.equal(undefined);
    });

    it('links: film-card-link {film, link}; cancelable', async () => {
      const el = await card(html`<film-card .data=${full}></film-card>`);
      const links = qa(el, '[part="link"]');
      const heard = oneEvent(el, 'film-card-link');
      links[1]!.click();
      const e = await heard;
      expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
      expect(e.detail.film.name).to.equal('Atomic Blonde');
      expect(e.detail.link).to.deep.equal({
        kind: 'watch',
        url: 'https://store.example.com/atomic-blonde-blu-ray',
        label: 'Buy the Blu-ray',
        sponsored: true,
      });
      el.addEventListener('film-card-link', (ev) => ev.preventDefault(), { once: true });
      links[0]!.click();
      expect(clicks.seen).to.deep.equal([{ prevented: false }, { prevented: true }]);
    });
  });

  it('stops observing its synopsis when removed; the shared observer goes with the last card', async () => {
    const unobserve = sinon.spy(ResizeObserver.prototype, 'unobserve');
    const disconnect = sinon.spy(ResizeObserver.prototype, 'disconnect');
    try {
      const el = await card(html`<film-card .data=${full}></film-card>`);
      const synopsis = el.shadowRoot!.querySelector('#synopsis');
      unobserve.resetHistory();
      disconnect.resetHistory();
      el.remove();
      expect(unobserve.callCount).to.equal(1);
      expect(unobserve.firstCall.args[0]).to.equal(synopsis);
      expect(disconnect.callCount).to.equal(1);
    } finally {
      unobserve.restore();
      disconnect.restore();
    }
  });

  describe('no layout shift when the script upgrades late (reelkit.css reserve)', () => {
    let css = '';
    before(async () => {
      css = await (await fetch('/src/components/film-card/film-card.fallback.css')).text();
    });

    const minimal = { name: 'Atomic Blonde', year: 2017, director: 'David Leitch', duration: 115 };
    const rows: [string, number, unknown][] = [
      ['vertical', 320, full],
      ['horizontal', 560, full],
      ['compact', 400, full],
      ['horizontal', 400, full], // container query: vertical
      ['vertical', 220, minimal], // container query: compact
    ];

    rows.forEach(([layout, width, data], i) => {
      it(`layout=${layout} width=${width}: cumulative layout shift 0`, async () => {
        // reelkit.css's rules, for a tag that is not defined yet.
        const tag = `film-card-late-${i}`;
        const style = document.createElement('style');
        style.textContent = css.replace(/(?<![-\w])film-card(?=[\s:[{,])/g, tag);
        document.head.append(style);
        const box = await fixture(html`<div style="width:${width}px"><p>The article goes on.</p></div>`);
        const late = document.createElement(tag) as FilmCard;
        late.setAttribute('layout', layout);
        late.setAttribute('data', JSON.stringify(data));
        const link = document.createElement('a');
        link.href = '/films/atomic-blonde';
        link.textContent = 'Atomic Blonde';
        late.append(link, ' (2017)');
        box.prepend(late);
        const after = box.querySelector('p')!;
        await nextFrame();
        await nextFrame();
        const before = { top: after.getBoundingClientRect().top, height: late.getBoundingClientRect().height };
        expect(before.height).to.be.greaterThan(100);

        const shifts: number[] = [];
        const canMeasure = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
        const record = (list: PerformanceObserverEntryList | PerformanceEntryList) => {
          const entries = 'getEntries' in list ? list.getEntries() : list;
          for (const entry of entries) shifts.push((entry as unknown as { value: number }).value);
        };
        const observer = canMeasure ? new PerformanceObserver(record) : undefined;
        observer?.observe({ type: 'layout-shift' });
        customElements.define(tag, class extends FilmCard {});
        await late.updateComplete;
        const img = late.shadowRoot!.querySelector('img');
        if (img && !img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }));
        await nextFrame();
        await nextFrame();
        await new Promise((r) => setTimeout(r, 100));
        if (observer) record(observer.takeRecords());
        observer?.disconnect();

        expect(late.shadowRoot!.querySelector('article')).to.not.equal(null);
        expect(late.getBoundingClientRect().height).to.equal(before.height);
        expect(after.getBoundingClientRect().top).to.equal(before.top);
        if (canMeasure) expect(shifts.reduce((sum, v) => sum + v, 0)).to.equal(0);
        await expect(late).to.be.accessible();
        style.remove();
      });
    });
  });
});
