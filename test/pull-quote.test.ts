import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { PullQuote } from '../src/components/pull-quote/pull-quote.js';
import type { FilmData } from '../src/context/film-data.js';
import { captureConsole, shadowText } from './helpers.js';
import { leitchQuote } from './fixtures/atomic-blonde.js';

const TEXT = leitchQuote.text;
const SOURCE = 'https://example.com/interviews/david-leitch';
const LONG =
  `${'The stairwell fight was rehearsed for weeks, floor by floor, so that the camera could follow Charlize without a cut. '.repeat(3)}`.trim();

const modelOf = (el: PullQuote) => (el as unknown as { model: unknown }).model;
const has = (el: Element, selector: string) => !!el.shadowRoot!.querySelector(selector);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
const style = (el: Element, name: string) => getComputedStyle(part(el, name));
const paragraphs = (el: Element) => [...el.shadowRoot!.querySelectorAll('blockquote p')].map((p) => p.textContent);

describe('<pull-quote>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('is defined', () => {
    expect(customElements.get('pull-quote')).to.equal(PullQuote);
    expect(document.createElement('pull-quote')).to.be.instanceOf(PullQuote);
  });

  it('renders <figure> > <blockquote cite> > <p> and a <figcaption> with speaker, role and film', async () => {
    const el = await fixture<PullQuote>(
      html`<pull-quote
        text=${TEXT}
        speaker="David Leitch"
        speaker-role="Director"
        cite=${SOURCE}
        about="Atomic Blonde"
      ></pull-quote>`,
    );
    expect(el).shadowDom.to.equal(`
      <figure part="base">
        <blockquote part="quote" cite="${SOURCE}"><p>${TEXT}</p></blockquote>
        <figcaption part="caption">
          <span part="speaker">David Leitch</span>, <span part="role">Director</span>,
          <cite part="about">Atomic Blonde</cite>
        </figcaption>
      </figure>`);
    expect(shadowText(el, 'figcaption')).to.equal('David Leitch, Director, Atomic Blonde');
    expect(el.getAttribute('layout')).to.equal('inline');
    expect(log.warns).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('text only: no figcaption', async () => {
    const el = await fixture<PullQuote>(html`<pull-quote text="Short and sweet."></pull-quote>`);
    expect(el).shadowDom.to.equal(
      '<figure part="base"><blockquote part="quote"><p>Short and sweet.</p></blockquote></figure>',
    );
    await expect(el).to.be.accessible();
  });

  it('newlines become paragraphs; quote marks around the whole text are left to CSS', async () => {
    const el = await fixture<PullQuote>(
      html`<pull-quote .data=${{ text: '“First thought.\n\nSecond thought.”' }}></pull-quote>`,
    );
    expect(paragraphs(el)).to.deep.equal(['First thought.', 'Second thought.']);
    const inner = await fixture<PullQuote>(html`<pull-quote text="“Go,” she said."></pull-quote>`);
    expect(paragraphs(inner)).to.deep.equal(['“Go,” she said.']);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!, '::before').content).to.equal('open-quote');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p:last-child')!, '::after').content).to.equal('close-quote');
  });

  it('lang drives the list punctuation of the attribution', async () => {
    const el = await fixture<PullQuote>(
      html`<pull-quote lang="ar" text="نص" speaker="ديفيد ليتش" speaker-role="مخرج"></pull-quote>`,
    );
    const expected = new Intl.ListFormat('ar', { type: 'unit', style: 'short' }).format(['ديفيد ليتش', 'مخرج']);
    expect(shadowText(el, 'figcaption')).to.equal(expected.replace(/\s+/g, ' '));
    expect(shadowText(el, '[part=speaker]')).to.equal('ديفيد ليتش');
    expect(shadowText(el, '[part=role]')).to.equal('مخرج');
  });

  describe('layouts', () => {
    const wrap = (layout: string, dir = 'ltr') =>
      html`<div dir=${dir} style="width: 760px">
        <pull-quote layout=${layout} text=${TEXT} speaker="David Leitch" speaker-role="Director"></pull-quote>
        <p>Article text that flows around an aside.</p>
      </div>`;

    it('inline: a rule on the start side, in the text column', async () => {
      const box = await fixture(wrap('inline'));
      const el = box.querySelector('pull-quote')!;
      expect(style(el, 'base').borderLeftWidth).to.equal('4px');
      expect(style(el, 'base').borderRightWidth).to.equal('0px');
      expect(el.getBoundingClientRect().width).to.equal(760);
      await expect(el).to.be.accessible();
    });

    it('inline in RTL: the rule moves to the right', async () => {
      const box = await fixture(wrap('inline', 'rtl'));
      const el = box.querySelector('pull-quote')!;
      expect(style(el, 'base').borderRightWidth).to.equal('4px');
      expect(style(el, 'base').borderLeftWidth).to.equal('0px');
      await expect(el).to.be.accessible();
    });

    for (const dir of ['ltr', 'rtl']) {
      it(`aside (${dir}): floated to the end side, narrower than the column`, async () => {
        const box = await fixture(wrap('aside', dir));
        const el = box.querySelector('pull-quote')!;
        const r = el.getBoundingClientRect();
        const outer = box.getBoundingClientRect();
        expect(r.width).to.equal(320);
        if (dir === 'ltr') expect(r.right).to.equal(outer.right);
        else expect(r.left).to.equal(outer.left);
        await expect(el).to.be.accessible();
      });
    }

    it('hero: large, centred, no rule', async () => {
      const box = await fixture(wrap('hero'));
      const el = box.querySelector('pull-quote')!;
      expect(style(el, 'quote').fontSize).to.equal('36px');
      expect(style(el, 'base').textAlign).to.equal('center');
      expect(style(el, 'base').borderLeftWidth).to.equal('0px');
      await expect(el).to.be.accessible();
    });

    it('long quotes are set smaller (class "long"), in every layout', async () => {
      const short = await fixture<PullQuote>(html`<pull-quote layout="hero" text="Brief."></pull-quote>`);
      const long = await fixture<PullQuote>(html`<pull-quote layout="hero" text=${LONG}></pull-quote>`);
      expect(part(short, 'base').className).to.equal('');
      expect(part(long, 'base').className).to.equal('long');
      expect(style(long, 'quote').fontSize).to.equal('28.8px');
      await expect(long).to.be.accessible();
    });

    it('theme="dark" uses the dark tokens on its own dark surface', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote theme="dark" text=${TEXT} speaker="David Leitch"></pull-quote>`,
      );
      expect(style(el, 'speaker').color).to.equal('rgb(237, 237, 240)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 28, 33)');
      await expect(el).to.be.accessible();
    });
  });

  describe('inputs', () => {
    const expected = { text: TEXT, speaker: 'David Leitch', speakerRole: 'Director', about: 'Atomic Blonde' };

    it('attributes', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote
          text=${TEXT}
          speaker="David Leitch"
          speaker-role="Director"
          about="Atomic Blonde"
        ></pull-quote>`,
      );
      expect(modelOf(el)).to.deep.equal(expected);
    });

    it('data attribute (JSON)', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote data=${JSON.stringify(leitchQuote)}></pull-quote>`);
      expect(modelOf(el)).to.deep.equal(expected);
    });

    it('data property', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote .data=${leitchQuote}></pull-quote>`);
      expect(modelOf(el)).to.deep.equal(expected);
    });

    it('child <script type="application/json">', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote
          ><script type="application/json">
            ${JSON.stringify(leitchQuote)}
          </script></pull-quote
        >`,
      );
      await el.updateComplete;
      expect(modelOf(el)).to.deep.equal(expected);
    });

    it('<film-data> article.quote', async () => {
      const parent = await fixture<FilmData>(
        html`<film-data .data=${{ quote: leitchQuote }}><pull-quote></pull-quote></film-data>`,
      );
      const el = parent.querySelector('pull-quote')!;
      await el.updateComplete;
      expect(modelOf(el)).to.deep.equal(expected);
      expect(paragraphs(el)).to.deep.equal([TEXT]);
    });

    it('page JSON-LD Quotation', async () => {
      const ld = document.createElement('script');
      ld.type = 'application/ld+json';
      ld.id = 'quote-ld';
      ld.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Quotation',
        text: TEXT,
        creator: { '@type': 'Person', name: 'David Leitch', jobTitle: 'Director' },
        url: SOURCE,
      });
      document.head.append(ld);
      try {
        const el = await fixture<PullQuote>(html`<pull-quote jsonld="#quote-ld"></pull-quote>`);
        await el.updateComplete;
        expect(modelOf(el)).to.deep.equal({
          text: TEXT,
          speaker: 'David Leitch',
          speakerRole: 'Director',
          url: SOURCE,
        });
      } finally {
        ld.remove();
      }
    });

    const lightDom: [string, ReturnType<typeof html>, Record<string, string>][] = [
      [
        '<blockquote cite> with <p> and <footer><cite>',
        html`<pull-quote>
          <blockquote cite=${SOURCE}>
            <p>${TEXT}</p>
            <footer>— <cite>David Leitch</cite>, Director</footer>
          </blockquote>
        </pull-quote>`,
        { text: TEXT, speaker: 'David Leitch', speakerRole: 'Director', url: SOURCE },
      ],
      [
        '<figure> with <figcaption> "name, role" and two paragraphs',
        html`<pull-quote>
          <figure>
            <blockquote>
              <p>One thought.</p>
              <p>Another.</p>
            </blockquote>
            <figcaption>– David Leitch, director of Atomic Blonde</figcaption>
          </figure>
        </pull-quote>`,
        { text: 'One thought.\nAnother.', speaker: 'David Leitch', speakerRole: 'director of Atomic Blonde' },
      ],
      [
        'bare <blockquote> text, no caption',
        html`<pull-quote><blockquote>Just words.</blockquote></pull-quote>`,
        { text: 'Just words.' },
      ],
    ];
    for (const [label, markup, model] of lightDom) {
      it(`light DOM: ${label}`, async () => {
        const el = await fixture<PullQuote>(markup);
        expect(modelOf(el)).to.deep.equal(model);
        expect(has(el, 'slot')).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('light DOM edits re-render', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote
          ><blockquote><p>Before.</p></blockquote></pull-quote
        >`,
      );
      el.querySelector('p')!.textContent = 'After.';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(paragraphs(el)).to.deep.equal(['After.']);
    });

    it('attributes win over the light DOM, field by field', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote speaker="D. Leitch"
          ><blockquote>
            <p>Words.</p>
            <footer><cite>David Leitch</cite>, Director</footer>
          </blockquote></pull-quote
        >`,
      );
      expect(modelOf(el)).to.deep.equal({ text: 'Words.', speaker: 'D. Leitch', speakerRole: 'Director' });
    });
  });

  describe('bad input', () => {
    it('unsafe cite URL: one warning, the quote renders without cite', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote text="Words." cite="javascript:alert(1)"></pull-quote>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(log.warns).to.deep.equal(['<pull-quote> ignored url: javascript: URLs are not allowed']);
      expect(part(el, 'quote').hasAttribute('cite')).to.equal(false);
      expect(paragraphs(el)).to.deep.equal(['Words.']);
      await expect(el).to.be.accessible();
    });

    it('no text: one warning, the light-DOM fallback stays', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote speaker="David Leitch"><p>Fallback</p></pull-quote>`);
      expect(log.warns).to.deep.equal(['<pull-quote> ignored data: needs text']);
      expect(el).shadowDom.to.equal('<slot></slot>');
      await expect(el).to.be.accessible();
    });

    it('unknown layout: one warning, laid out inline, the property keeps what the page set', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote layout="sidebar" text="Words."></pull-quote>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(log.warns).to.deep.equal(['<pull-quote> ignored layout: "sidebar" is not one of inline, aside, hero']);
      expect(el.layout).to.equal('sidebar');
      expect(el.getAttribute('layout')).to.equal('sidebar');
      const inline = await fixture<PullQuote>(html`<pull-quote text="Words."></pull-quote>`);
      expect(getComputedStyle(el).float).to.equal(getComputedStyle(inline).float);
      expect(getComputedStyle(el).fontSize).to.equal(getComputedStyle(inline).fontSize);
      el.layout = 'hero';
      await el.updateComplete;
      expect(log.warns).to.have.length(1);
    });

    it('markup in text stays text', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote text=${'<img src=x onerror=alert(1)>'}></pull-quote>`);
      expect(has(el, 'img')).to.equal(false);
      expect(paragraphs(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    });
  });
});
