/** The JSON-LD reading helpers on their own: wrappers, entities, @id references, date precision, video rules. */
import { expect } from '@open-wc/testing';
import { decodeEntities, stripLdWrappers } from '../../src/data/jsonld-text.js';
import { articleFromLd } from '../../src/data/schema-org.js';
import { ldVideoUrl } from '../../src/data/video.js';
import { when } from '../../src/data/fields.js';
import { formatWhen } from '../../src/time/duration.js';
import { parseWhen, periodEndMs, toDatetimeAttr, yearOf } from '../../src/time/when.js';

describe('stripLdWrappers (whitespace inside the wrappers stays: JSON.parse skips it)', () => {
  const json = '{"@type":"Movie"}';
  const table: [string, string][] = [
    [`/* <![CDATA[ */${json}/* ]]> */`, json],
    [`\n/* <![CDATA[ */\n${json}\n/* ]]> */\n`, `\n${json}\n`],
    [`//<![CDATA[\n${json}\n//]]>`, `\n${json}\n`],
    [`<![CDATA[${json}]]>`, json],
    [`<!--\n${json}\n-->`, `\n${json}\n`],
    [`<!-- /* <![CDATA[ */ ${json} /* ]]> */ -->`, ` ${json} `],
    [json, json],
    // Only wrappers at the very start and end: a "]]>" inside a string stays.
    ['{"name":"a ]]> b"}', '{"name":"a ]]> b"}'],
  ];
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => expect(stripLdWrappers(input)).to.equal(expected));
  }
});

describe('decodeEntities', () => {
  const table: [string, string][] = [
    ['sull&apos;oceano', "sull'oceano"],
    ['&quot;simple&quot; &amp; safe', '"simple" & safe'],
    ['Ocean&#39;s &#x27;Eleven&#X27;', "Ocean's 'Eleven'"],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'], // once, not twice
    ['a&nbsp;b', 'a\u00a0b'],
    ['&#8217; &#x1F3AC;', '\u2019 \u{1F3AC}'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&unknown; &amp', '&unknown; &amp'],
    ['no entities', 'no entities'],
  ];
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => expect(decodeEntities(input)).to.equal(expected));
  }
});

describe('articleFromLd', () => {
  it('resolves @id references, once per step: a cycle does not spin', () => {
    const a = articleFromLd({
      '@graph': [
        { '@type': 'Movie', '@id': '#m', name: 'A', isBasedOn: { '@id': '#b' }, director: { '@id': '#m' } },
        { '@type': 'Book', '@id': '#b', name: 'B', author: { '@id': '#b' } },
      ],
    });
    const film = a.film as Record<string, unknown>;
    expect(film.name).to.equal('A');
    expect(film.isBasedOn).to.deep.equal({ name: 'B', author: 'B', genre: 'book', url: undefined });
    expect(film.director).to.deep.equal([{ name: 'A', url: undefined }]);
  });

  it('never takes dateCreated for the year; the earliest release event when there is no datePublished', () => {
    const film = (ld: object) =>
      articleFromLd({ '@type': 'Movie', name: 'Shrek', ...ld }).film as Record<string, unknown>;
    expect(film({ dateCreated: '2011-03-02' }).datePublished).to.equal(undefined);
    expect(
      film({
        dateCreated: '2011-03-02',
        releasedEvent: [{ startDate: '2001-06-29' }, { startDate: '2001-05-18T00:00:00Z' }],
      }).datePublished,
    ).to.equal('2001-05-18');
    expect(film({ datePublished: '2001', releasedEvent: { startDate: '2000-12-01' } }).datePublished).to.equal('2001');
  });

  it('lists the top-level types it found, for the "no Movie" message', () => {
    expect(
      articleFromLd([{ '@type': 'NewsArticle' }, { '@graph': [{ '@type': ['WebSite', 'x:Thing'] }] }]).types,
    ).to.deep.equal(['NewsArticle', 'WebSite', 'x:Thing']);
  });

  it('events add up as releases; the film comes from the first one', () => {
    const a = articleFromLd([
      { '@type': 'ScreeningEvent', startDate: '2026-03-05T18:00', workPresented: { '@type': 'Movie', name: 'P' } },
      { '@type': 'BroadcastEvent', startDate: '2026-04-01', workPerformed: { '@type': 'Movie', name: 'Q' } },
    ]);
    expect((a.film as Record<string, unknown>).name).to.equal('P');
    expect((a.releases as Record<string, unknown>[]).map((r) => [r.date, r.kind])).to.deep.equal([
      ['2026-03-05T18:00', 'theatrical'],
      ['2026-04-01', 'tv'],
    ]);
  });
});

describe('ldVideoUrl: a playable file wins, a foreign player page is a link', () => {
  const table: [unknown[], object][] = [
    [['https://x.example/a.mp4', 'https://players.example/1', undefined], { url: 'https://x.example/a.mp4' }],
    [
      ['https://cdn.example/m.mpd', 'https://players.example/1', undefined],
      { url: 'https://players.example/1', provider: 'page' },
    ],
    [
      [undefined, 'https://www.youtube.com/embed/yIUube1pSC0', 'https://site.example/v'],
      { url: 'https://www.youtube.com/embed/yIUube1pSC0' },
    ],
    [
      [undefined, 'https://site.example/embed/1', 'https://site.example/clip.webm'],
      { url: 'https://site.example/clip.webm' },
    ],
    [[undefined, undefined, 'https://site.example/watch/1'], { url: 'https://site.example/watch/1', provider: 'page' }],
    [[undefined, undefined, undefined], { url: undefined, provider: 'page' }],
    [[' ', '', 42], { url: undefined, provider: 'page' }],
  ];
  for (const [args, expected] of table) {
    it(JSON.stringify(args), () => expect(ldVideoUrl(args[0], args[1], args[2])).to.deep.equal(expected));
  }
});

describe('year and month precision', () => {
  it('parses "2001" and "2026-05" as dates of that precision; refuses what is not one', () => {
    expect(parseWhen('2001')).to.deep.equal({ type: 'day', y: 2001, m: 1, d: 1, precision: 'year' });
    expect(parseWhen('2026-05')).to.deep.equal({ type: 'day', y: 2026, m: 5, d: 1, precision: 'month' });
    expect(parseWhen('2026-13')).to.equal('2026-13 is not a real month');
    expect(parseWhen('0999')).to.equal('year 999 is out of range');
    expect(parseWhen('20261')).to.equal('not an ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM)');
  });

  it('shows the year or the month, never January 1', () => {
    expect(formatWhen(parseWhen('2026') as never, 'en')).to.equal('2026');
    expect(formatWhen(parseWhen('2026-05') as never, 'en')).to.equal('May 2026');
    expect(formatWhen(parseWhen('2026-05') as never, 'de')).to.equal('Mai 2026');
    expect(toDatetimeAttr(parseWhen('2026') as never)).to.equal('2026');
    expect(toDatetimeAttr(parseWhen('2026-05') as never)).to.equal('2026-05');
    expect(yearOf(parseWhen('2026-05') as never)).to.equal(2026);
  });

  it('a period ends at the next year or month (UTC zone named; December rolls over)', () => {
    expect(periodEndMs(parseWhen('2026') as never, 'UTC')).to.equal(Date.UTC(2027, 0, 1));
    expect(periodEndMs(parseWhen('2026-12') as never, 'UTC')).to.equal(Date.UTC(2027, 0, 1));
    expect(periodEndMs(parseWhen('2026-05') as never, 'UTC')).to.equal(Date.UTC(2026, 5, 1));
    expect(periodEndMs(parseWhen('2026-05-14') as never, 'UTC')).to.equal(undefined);
  });

  it('a forged precision in a When object is refused', () => {
    const reasons: string[] = [];
    const report = (_: string, r: string) => void reasons.push(r);
    expect(when({ type: 'day', y: 2026, m: 5, d: 1, precision: 'month' }, 'date', report)).to.deep.equal({
      type: 'day',
      y: 2026,
      m: 5,
      d: 1,
      precision: 'month',
    });
    expect(when({ type: 'day', y: 2026, m: 5, d: 1, precision: 'week' }, 'date', report)).to.equal(undefined);
    expect(reasons).to.deep.equal(['not a valid date']);
  });
});
