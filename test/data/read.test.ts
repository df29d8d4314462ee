import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { DataElement } from '../../src/base/data-element.js';
import '../../src/context/film-data.js';
import { FilmData } from '../../src/context/film-data.js';
import { captureConsole } from '../helpers.js';
import { atomicBlonde } from '../fixtures/atomic-blonde.js';

if (!customElements.get('film-data')) customElements.define('film-data', FilmData);

/** A widget that renders nothing and exposes its model: the pipeline under test. */
@customElement('probe-film')
class ProbeFilm extends DataElement<'film'> {
  static override attributeFields = { name: 'name', year: 'year', poster: 'image.url' };
  static override properties = { name: {}, year: {}, poster: {} };
  declare name?: string;
  declare year?: string;
  declare poster?: string;
  protected readonly recordType = 'film' as const;
  get current() {
    return this.model;
  }
}

describe('data pipeline', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('attributes -> model', async () => {
    const el = await fixture<ProbeFilm>(
      html`<probe-film name="Atomic Blonde" year="2017" poster="/p.jpg"></probe-film>`,
    );
    expect(el.current).to.deep.equal({ name: 'Atomic Blonde', year: 2017, image: { url: '/p.jpg' } });
  });

  it('data attribute JSON -> model', async () => {
    const el = await fixture<ProbeFilm>(
      html`<probe-film data=${JSON.stringify({ name: 'Atomic Blonde', duration: 'PT1H55M' })}></probe-film>`,
    );
    expect(el.current).to.deep.equal({ name: 'Atomic Blonde', duration: 115 });
  });

  it('child script JSON -> model', async () => {
    const el = await fixture<ProbeFilm>(
      html`<probe-film
        ><script type="application/json">
          { "name": "Atomic Blonde", "genre": "Action, Thriller" }
        </script></probe-film
      >`,
    );
    expect(el.current).to.deep.equal({ name: 'Atomic Blonde', genre: ['Action', 'Thriller'] });
  });

  it('provider -> model', async () => {
    const parent = await fixture<FilmData>(
      html`<film-data .data=${{ film: atomicBlonde }}><probe-film></probe-film></film-data>`,
    );
    const el = parent.querySelector('probe-film') as ProbeFilm;
    await el.updateComplete;
    expect(el.current?.name).to.equal('Atomic Blonde');
    expect(el.current?.director).to.deep.equal([{ name: 'David Leitch' }]);
  });

  it('property > attributes > own JSON', async () => {
    const el = await fixture<ProbeFilm>(
      html`<probe-film
        name="From attribute"
        year="2001"
        data='{"name":"From JSON","year":1999,"duration":90}'
      ></probe-film>`,
    );
    expect(el.current).to.deep.equal({ name: 'From attribute', year: 2001, duration: 90 });
    el.data = { name: 'From property' };
    await el.updateComplete;
    expect(el.current).to.deep.equal({ name: 'From property', year: 2001, duration: 90 });
  });

  it('unsafe URL: one warning naming element and field, rest renders', async () => {
    const el = await fixture<ProbeFilm>(
      html`<probe-film name="Atomic Blonde" poster="javascript:alert(1)"></probe-film>`,
    );
    el.year = '2017';
    await el.updateComplete;
    expect(el.current).to.deep.equal({ name: 'Atomic Blonde', year: 2017 });
    expect(log.warns).to.deep.equal(['<probe-film> ignored image.url: javascript: URLs are not allowed']);
  });

  it('malformed JSON: one console.error with the position', async () => {
    const el = await fixture<ProbeFilm>(html`<probe-film name="Atomic Blonde" data='{"name": "x",}'></probe-film>`);
    expect(el.current).to.deep.equal({ name: 'Atomic Blonde' });
    expect(log.errors).to.have.length(1);
    expect(log.errors[0]).to.match(/^<probe-film> data attribute: malformed JSON at (position 13|line 1 column 14)/);
  });

  it('__proto__ keys are inert', async () => {
    const el = await fixture<ProbeFilm>(
      html`<probe-film
        data='{"name":"x","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'
      ></probe-film>`,
    );
    expect(el.current).to.deep.equal({ name: 'x' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
