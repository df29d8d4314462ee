import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import fc from 'fast-check';
import { DataElement } from '../../src/base/data-element.js';
import { FilmData } from '../../src/context/film-data.js';
import type { RecordType } from '../../src/data/model.js';
import { normalizeOwn, resolveArticle, resolveRecord } from '../../src/data/read.js';
import { captureConsole } from '../helpers.js';

if (!customElements.get('film-data')) customElements.define('film-data', FilmData);

/** One probe element per record type: the pipeline without any widget on top. */
function probe<K extends RecordType>(tag: string, type: K, fields: Record<string, string>) {
  @customElement(tag)
  class Probe extends DataElement<K> {
    static override attributeFields = fields;
    static override properties = Object.fromEntries(Object.keys(fields).map((k) => [k, {}]));
    protected readonly recordType = type;
    get current() {
      return this.model;
    }
  }
  return Probe;
}
probe('probe-film', 'film', { name: 'name', year: 'year' });
probe('probe-release', 'release', {});
probe('probe-related', 'related', {});
probe('probe-video', 'video', { videoId: 'id', provider: 'provider' });
probe('probe-quote', 'quote', { text: 'text', speaker: 'speaker' });

type Probe = HTMLElement & { current: unknown; data?: unknown; updateComplete: Promise<boolean> };

interface Case {
  type: RecordType;
  tag: string;
  own: unknown; // the widget's own JSON
  article: Record<string, unknown>; // what a provider holds
  ld: unknown; // schema.org JSON-LD
  expected: unknown;
}

const day = { type: 'day', y: 2017, m: 11, d: 14 };
const cases: Case[] = [
  {
    type: 'film',
    tag: 'probe-film',
    own: { name: 'Atomic Blonde', duration: 'PT1H55M' },
    article: { film: { name: 'Atomic Blonde', duration: 'PT1H55M' } },
    ld: { '@context': 'https://schema.org', '@type': 'Movie', name: 'Atomic Blonde', duration: 'PT1H55M' },
    expected: { name: 'Atomic Blonde', duration: 115 },
  },
  {
    type: 'release',
    tag: 'probe-release',
    own: [{ kind: 'blu-ray', date: '2017-11-14' }],
    article: { film: { name: 'Atomic Blonde', releases: [{ kind: 'blu-ray', date: '2017-11-14' }] } },
    ld: {
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Atomic Blonde',
      releasedEvent: { '@type': 'PublicationEvent', startDate: '2017-11-14', additionalType: 'blu-ray' },
    },
    expected: { releases: [{ kind: 'physical', format: 'blu-ray', date: day }] },
  },
  {
    type: 'related',
    tag: 'probe-related',
    own: [{ headline: 'Deadpool 2 wraps', url: '/news/deadpool-2' }],
    article: { related: [{ headline: 'Deadpool 2 wraps', url: '/news/deadpool-2' }] },
    ld: {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          item: { '@type': 'NewsArticle', headline: 'Deadpool 2 wraps', url: '/news/deadpool-2' },
        },
      ],
    },
    expected: { items: [{ headline: 'Deadpool 2 wraps', url: '/news/deadpool-2' }] },
  },
  {
    type: 'video',
    tag: 'probe-video',
    own: { url: 'https://youtu.be/q0Ad7tbCjS0', name: 'Stairwell featurette' },
    article: { video: { url: 'https://youtu.be/q0Ad7tbCjS0', name: 'Stairwell featurette' } },
    ld: {
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      embedUrl: 'https://youtu.be/q0Ad7tbCjS0',
      name: 'Stairwell featurette',
    },
    expected: {
      provider: 'youtube',
      id: 'q0Ad7tbCjS0',
      url: 'https://youtu.be/q0Ad7tbCjS0',
      name: 'Stairwell featurette',
    },
  },
  {
    type: 'quote',
    tag: 'probe-quote',
    own: { text: 'A long take.', speaker: 'David Leitch' },
    article: { quote: { text: 'A long take.', speaker: 'David Leitch' } },
    ld: {
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: 'A long take.',
      creator: { '@type': 'Person', name: 'David Leitch' },
    },
    expected: { text: 'A long take.', speaker: 'David Leitch' },
  },
];

const added: Element[] = [];
function cleanup() {
  added.splice(0).forEach((e) => e.remove());
}

async function make(tag: string, setup: (el: Probe) => void | Promise<void>, wrap?: HTMLElement): Promise<Probe> {
  const el = document.createElement(tag) as Probe;
  await setup(el);
  if (wrap) wrap.append(el);
  const top = wrap ?? el;
  document.body.append(top);
  added.push(top);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

describe('every input path x every record type', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => {
    log.restore();
    cleanup();
    document.head.querySelectorAll('script[data-test-ld]').forEach((s) => s.remove());
  });

  for (const c of cases) {
    it(`${c.type}: data property`, async () => {
      const el = await make(c.tag, (e) => void (e.data = c.own));
      expect(el.current).to.deep.equal(c.expected);
    });
    it(`${c.type}: data attribute`, async () => {
      const el = await make(c.tag, (e) => e.setAttribute('data', JSON.stringify(c.own)));
      expect(el.current).to.deep.equal(c.expected);
    });
    it(`${c.type}: child <script type="application/json">`, async () => {
      const el = await make(c.tag, (e) => {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = JSON.stringify(c.own);
        e.append(s);
      });
      expect(el.current).to.deep.equal(c.expected);
    });
    it(`${c.type}: <film-data> provider`, async () => {
      const provider = document.createElement('film-data') as FilmData;
      provider.data = c.article;
      const el = await make(c.tag, () => undefined, provider);
      expect(el.current).to.deep.equal(c.expected);
    });
    it(`${c.type}: page JSON-LD (jsonld attribute)`, async () => {
      const s = document.createElement('script');
      s.type = 'application/ld+json';
      s.dataset.testLd = '';
      s.textContent = JSON.stringify(c.ld);
      document.head.append(s);
      const el = await make(c.tag, (e) => e.setAttribute('jsonld', ''));
      expect(el.current).to.deep.equal(c.expected);
    });
    it(`${c.type}: JSON-LD in the element's own data (@graph)`, async () => {
      const el = await make(c.tag, (e) => void (e.data = { '@context': 'https://schema.org', '@graph': [c.ld] }));
      expect(el.current).to.deep.equal(c.expected);
    });
    it(`${c.type}: no input -> no model (light-DOM fallback)`, async () => {
      const el = await make(c.tag, () => undefined);
      expect(el.current).to.equal(undefined);
    });
  }

  it('a provider src is fetched; a failing src is one console.error', async () => {
    const ok = (await fixture(
      html`<film-data src="/test/fixtures/article.json"><probe-film></probe-film></film-data>`,
    )) as FilmData;
    await new Promise((r) => ok.addEventListener('film-data-load', r, { once: true }));
    const film = ok.querySelector('probe-film') as Probe;
    await film.updateComplete;
    expect((film.current as { name: string }).name).to.equal('Atomic Blonde');
    const bad = (await fixture(html`<film-data src="/test/fixtures/missing.json"></film-data>`)) as FilmData;
    const reason = await new Promise<string>((r) =>
      bad.addEventListener('film-data-error', (e) => r(e.detail.reason), { once: true }),
    );
    expect(reason).to.equal('HTTP 404');
    expect(log.errors).to.deep.equal(['<film-data> src: could not load /test/fixtures/missing.json: HTTP 404']);
  });

  it('a provider src that is not allow-listed is never fetched', async () => {
    const el = (await fixture(html`<film-data src="javascript:alert(1)"></film-data>`)) as FilmData;
    await el.updateComplete;
    expect(log.errors).to.deep.equal([
      '<film-data> src: could not load javascript:alert(1): javascript: URLs are not allowed',
    ]);
  });
});

describe('precedence: property > attributes > own JSON > provider > JSON-LD', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => {
    log.restore();
    cleanup();
    document.head.querySelectorAll('script[data-test-ld]').forEach((s) => s.remove());
  });

  it('each source wins over the ones below it, key by key, and changes re-render', async () => {
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.dataset.testLd = '';
    s.textContent = JSON.stringify({ '@type': 'Movie', name: 'From JSON-LD', genre: 'Spy' });
    document.head.append(s);
    const provider = document.createElement('film-data') as FilmData;
    provider.data = { film: { name: 'From provider', duration: 115 } };
    const el = await make(
      'probe-film',
      (e) => {
        e.setAttribute('jsonld', '');
        e.setAttribute('name', 'From attribute');
        e.setAttribute('data', JSON.stringify({ name: 'From data attribute', year: 2017 }));
        e.data = { name: 'From property' };
      },
      provider,
    );
    const current = () => el.current as Record<string, unknown>;
    expect(current()).to.deep.equal({ name: 'From property', year: 2017, duration: 115, genre: ['Spy'] });
    el.data = undefined;
    await el.updateComplete;
    expect(current().name).to.equal('From attribute');
    el.removeAttribute('name');
    await el.updateComplete;
    expect(current().name).to.equal('From data attribute');
    el.removeAttribute('data');
    await el.updateComplete;
    expect(current()).to.deep.equal({ name: 'From provider', duration: 115, genre: ['Spy'] });
    provider.data = { film: { name: 'Provider changed' } };
    await provider.updateComplete;
    await el.updateComplete;
    expect(current().name).to.equal('Provider changed');
    provider.data = undefined;
    await provider.updateComplete;
    await el.updateComplete;
    expect(current()).to.deep.equal({ name: 'From JSON-LD', genre: ['Spy'] });
  });

  it('data attribute wins over a child script; editing the child script re-renders', async () => {
    const el = await make('probe-quote', (e) => {
      const sc = document.createElement('script');
      sc.type = 'application/json';
      sc.textContent = '{"text":"From script"}';
      e.append(sc);
    });
    expect(el.current).to.deep.equal({ text: 'From script' });
    el.querySelector('script')!.textContent = '{"text":"Edited in place"}';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.current).to.deep.equal({ text: 'Edited in place' });
    el.setAttribute('data', '{"text":"From attribute"}');
    await el.updateComplete;
    expect(el.current).to.deep.equal({ text: 'From attribute' });
  });
});

describe('bad input: one message naming element and field; the rest renders', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => {
    log.restore();
    cleanup();
  });

  const table: [string, string, unknown, unknown, string[]][] = [
    [
      'wrong type',
      'probe-film',
      { name: 'X', year: 'soon' },
      { name: 'X' },
      ['<probe-film> ignored year: expected a number, got a string'],
    ],
    [
      'object for text',
      'probe-film',
      { name: 'X', description: { a: 1 } },
      { name: 'X' },
      ['<probe-film> ignored description: expected text, got an object'],
    ],
    [
      'out of range',
      'probe-film',
      { name: 'X', year: 1492 },
      { name: 'X' },
      ['<probe-film> ignored year: 1492 is outside 1870–2999'],
    ],
    [
      'unknown enum',
      'probe-release',
      [{ kind: 'laserdisc', date: '2017-11-14' }],
      { releases: [{ kind: 'theatrical', date: day }] },
      [
        '<probe-release> ignored releases[0].kind: "laserdisc" is not one of theatrical, digital, physical, streaming, tv',
      ],
    ],
    [
      'invalid date drops the release',
      'probe-release',
      [{ date: '2017-02-30' }, { date: '2017-11-14' }],
      { releases: [{ kind: 'theatrical', date: day }] },
      ['<probe-release> ignored releases[0].date: 2017-02-30 is not a real day'],
    ],
    [
      'unsafe URL in a list item drops the item',
      'probe-related',
      [
        { headline: 'A', url: 'javascript:alert(1)' },
        { headline: 'B', url: '/b' },
      ],
      { items: [{ headline: 'B', url: '/b' }] },
      ['<probe-related> ignored items[0].url: javascript: URLs are not allowed'],
    ],
    [
      'missing required field',
      'probe-related',
      [{ url: '/a' }, { headline: 'B', url: '/b' }],
      { items: [{ headline: 'B', url: '/b' }] },
      ['<probe-related> ignored items[0]: needs headline'],
    ],
    [
      'bad video id',
      'probe-video',
      { provider: 'youtube', id: '"><img src=x onerror=alert(1)>' },
      undefined,
      ['<probe-video> ignored id: not a YouTube video id'],
    ],
    [
      'null everywhere',
      'probe-film',
      { name: 'X', year: null, actor: [null, 'A'] },
      { name: 'X', actor: [{ name: 'A' }] },
      [],
    ],
    [
      'a bare string record',
      'probe-quote',
      'Only text',
      undefined,
      ['<probe-quote> ignored data property: expected a quote record, got a string'],
    ],
    [
      'an array where an object is due',
      'probe-film',
      [1, 2],
      undefined,
      ['<probe-film> ignored data property: expected a film record, got a list'],
    ],
  ];
  for (const [title, tag, data, expected, warns] of table) {
    it(`${title}: ${JSON.stringify(data).slice(0, 50)}`, async () => {
      const el = await make(tag, (e) => void (e.data = data));
      expect(el.current).to.deep.equal(expected);
      expect(log.warns).to.deep.equal(warns);
      // The same bad data again: no second warning.
      el.data = structuredClone(data);
      await el.updateComplete;
      expect(log.warns).to.deep.equal(warns);
    });
  }

  it('10,000-deep nesting does not throw', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const el = await make('probe-film', (e) => {
      e.setAttribute('name', 'Still here');
      e.setAttribute('data', `{"name":"x","isBasedOn":${deep}}`);
    });
    expect((el.current as { name: string }).name).to.equal('Still here');
  });

  it('a 5 MB string is shortened with one warning', async () => {
    const el = await make('probe-film', (e) => void (e.data = { name: 'X', description: 'a'.repeat(5_000_000) }));
    expect((el.current as { description: string }).description).to.have.length(5000);
    expect(log.warns).to.deep.equal(['<probe-film> ignored description: longer than 5000 characters; shortened']);
  });
});

describe('properties (fast-check): arbitrary input never throws, never pollutes', () => {
  const types: RecordType[] = ['film', 'release', 'related', 'video', 'quote'];
  const noop = () => undefined;
  afterEach(() => expect(Object.prototype).to.not.have.property('polluted'));

  it('any JSON value through normalizeOwn + resolveRecord, for every record type', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...types), (value, type) => {
        resolveRecord(type, [normalizeOwn(type, value)], noop);
      }),
      { numRuns: 400 },
    );
  });

  it('any JSON value through a provider (resolveArticle)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        resolveArticle(value, noop);
        resolveArticle({ film: value, related: value, video: value, quote: value, releases: value }, noop);
      }),
      { numRuns: 400 },
    );
  });

  it('record-shaped objects with hostile keys', () => {
    const hostileKey = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'name',
      'url',
      'date',
      'items',
      'releases',
      '@type',
      '@graph',
    );
    const hostile = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.dictionary(hostileKey, tie('node'), { maxKeys: 5 }),
        fc.array(tie('node'), { maxLength: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(hostile, fc.constantFrom(...types), (value, type) => {
        const parsed = JSON.parse(JSON.stringify(value).replace(/"polluted"/g, '"x"'));
        resolveRecord(type, [normalizeOwn(type, parsed)], noop);
        resolveArticle(parsed, noop);
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('any string as the data attribute of an element', async () => {
    const log = captureConsole();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          async (text) => {
            const el = document.createElement('probe-film') as Probe;
            el.setAttribute('data', text);
            document.body.append(el);
            await el.updateComplete;
            el.remove();
          },
        ),
        { numRuns: 100 },
      );
    } finally {
      log.restore();
    }
  });
});
