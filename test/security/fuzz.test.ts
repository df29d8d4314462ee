// Properties over arbitrary input (fast-check): the date parser either returns a real
// day/instant or a reason; formatting never throws in any IANA zone the browser knows;
// the URL allow-list never lets a non-http(s) scheme through, checked against the URL
// parser itself; the data pipeline and the elements take any JSON without throwing,
// polluting a prototype or putting a refused URL into a record.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { RecordType } from '../../src/data/model.js';
import { resolveArticle, resolveRecord } from '../../src/data/read.js';
import { articleFromLd } from '../../src/data/schema-org.js';
import { checkUrl } from '../../src/data/safe-url.js';
import { formatClock, formatDuration, formatRelative, splitDuration, type Unit } from '../../src/time/duration.js';
import { dateTimeFormat } from '../../src/time/intl.js';
import { parseWhen, toDatetimeAttr, toEpochMs, type When } from '../../src/time/when.js';
import { isValidTimeZone, zoneOffsetMs } from '../../src/time/zone.js';
import { captureConsole } from '../helpers.js';
import {
  clone,
  ELEMENTS,
  FIELDS,
  FULL,
  Mount,
  Problems,
  rendersSomething,
  setPath,
  settle,
  type Host,
} from './harness.js';

const RUNS = 400;
const MAX_MS = 8.64e15;
const ZONES = Intl.supportedValuesOf('timeZone');
const LOCALES = ['en', 'en-GB', 'de', 'fr-CA', 'ar-EG', 'fa-IR', 'hi-IN', 'ja', 'zh-Hant-TW', 'th-TH-u-nu-thai', 'he'];
const TYPES: RecordType[] = ['film', 'release', 'related', 'video', 'quote', 'review'];

/** Strings near the ISO 8601 grammar, so the parser's edges are hit, not just "no match". */
const isoish = fc.oneof(
  fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
  fc.stringMatching(
    /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|z|[+-][0-9]{2}:?[0-9]{2})?$/,
  ),
  fc.stringMatching(/^[+-]?[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}(T[0-9:.]{0,20})?[Zz+\-0-9:]{0,7}$/),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

function validWhen(w: When): string | undefined {
  if (w.type === 'instant') {
    if (!Number.isFinite(w.ms) || Math.abs(w.ms) > MAX_MS) return `instant ${w.ms} outside Date`;
    return undefined;
  }
  const days = new Date(Date.UTC(w.y, w.m, 0)).getUTCDate();
  if (!Number.isInteger(w.y) || w.y < 1800 || w.y > 2999) return `year ${w.y}`;
  if (!Number.isInteger(w.m) || w.m < 1 || w.m > 12) return `month ${w.m}`;
  if (!Number.isInteger(w.d) || w.d < 1 || w.d > days) return `day ${w.d}`;
  if (w.type === 'local' && (w.h > 23 || w.mi > 59 || w.s > 59 || w.h < 0 || w.mi < 0 || w.s < 0)) return 'time';
  return undefined;
}

/** Every URL-valued leaf of a checked record (keys url/sameAs, srcset candidates). */
function urlLeaves(node: unknown, key = ''): string[] {
  if (typeof node === 'string') {
    if (key === 'srcset') return node.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]!);
    return key === 'url' || key === 'sameAs' ? [node] : [];
  }
  if (Array.isArray(node)) return node.flatMap((n) => urlLeaves(n, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => urlLeaves(v, k));
  return [];
}

/** Every date-valued leaf of a checked record. */
function whenLeaves(node: unknown, key = ''): When[] {
  if (node && typeof node === 'object' && (key === 'date' || key === 'datePublished')) return [node as When];
  if (Array.isArray(node)) return node.flatMap((n) => whenLeaves(n, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => whenLeaves(v, k));
  return [];
}

const hostileKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'date',
  'datePublished',
  'url',
  'name',
  'releases',
);
/** Objects shaped like an already-checked date, with any numbers in them. */
const whenLike = fc.record({
  type: fc.constantFrom('day', 'local', 'instant'),
  ms: fc.double(),
  y: fc.double(),
  m: fc.integer({ min: -5, max: 20 }),
  d: fc.integer({ min: -5, max: 40 }),
  h: fc.integer({ min: -5, max: 30 }),
  mi: fc.integer(),
  s: fc.integer(),
});
const hostileJson = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 3 }),
    whenLike,
    fc.dictionary(fc.oneof(hostileKeys, fc.string({ maxLength: 8 })), tie('node'), { maxKeys: 5 }),
    fc.array(tie('node'), { maxLength: 4 }),
  ),
})).node;

describe('security: properties (fast-check)', () => {
  const prototypes = [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).join());
  afterEach(() => {
    expect([Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).join())).to.deep.equal(
      prototypes,
    );
  });

  describe('dates (src/time/when.ts)', () => {
    it('any string parses to a real day/wall time/instant, or is refused with a reason', () => {
      fc.assert(
        fc.property(isoish, (s) => {
          const w = parseWhen(s);
          if (typeof w === 'string') return w.length > 5;
          expect(validWhen(w), `${JSON.stringify(s)} -> ${JSON.stringify(w)}`).to.equal(undefined);
          return true;
        }),
        { numRuns: RUNS * 5 },
      );
    });

    it('what it accepts agrees with Date.parse and round-trips through toDatetimeAttr', () => {
      fc.assert(
        fc.property(isoish, (s) => {
          const w = parseWhen(s);
          if (typeof w === 'string') return true;
          const t = s.trim();
          if (w.type === 'day') expect(toDatetimeAttr(w), s).to.equal(t);
          // Date.parse reads this exact shape (3 fraction digits at most, "+hh:mm" offsets) the same way.
          if (w.type === 'instant' && /T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/.test(t))
            expect(w.ms, s).to.equal(Date.parse(t));
          return true;
        }),
        { numRuns: RUNS * 5 },
      );
    });
  });

  describe(`time zones (${ZONES.length} IANA zones of this browser)`, () => {
    it('every zone: known to isValidTimeZone, offsets within ±18 h, a wall time comes back as written', () => {
      const problems = new Problems();
      for (const zone of ZONES) {
        if (!isValidTimeZone(zone)) problems.add('not valid', zone);
        for (const ms of [Date.UTC(2017, 10, 14, 12), Date.UTC(1850, 0, 1), Date.UTC(2999, 11, 31)]) {
          const off = zoneOffsetMs(ms, zone);
          if (!Number.isFinite(off) || Math.abs(off) > 18 * 3_600_000) problems.add(`offset ${off}`, zone);
        }
        const noon: When = { type: 'local', y: 2017, m: 11, d: 14, h: 12, mi: 30, s: 0 };
        const ms = toEpochMs(noon, zone);
        const wall = dateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
        if (wall.format(ms) !== '12:30') problems.add(`12:30 comes back as ${wall.format(ms)}`, zone);
      }
      expect(problems.list()).to.deep.equal([]);
    });

    it('toEpochMs, toDatetimeAttr and Intl formatting never throw for any zone, locale and date', () => {
      const when = fc.oneof(
        fc.record({
          type: fc.constant('day' as const),
          y: fc.integer({ min: 1800, max: 2999 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
        }),
        fc.record({
          type: fc.constant('local' as const),
          y: fc.integer({ min: 1800, max: 2999 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
          h: fc.integer({ min: 0, max: 23 }),
          mi: fc.integer({ min: 0, max: 59 }),
          s: fc.integer({ min: 0, max: 59 }),
        }),
        fc.record({
          type: fc.constant('instant' as const),
          ms: fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2999, 11, 31) }),
        }),
      );
      fc.assert(
        fc.property(when, fc.constantFrom(...ZONES), fc.constantFrom(...LOCALES), (w, zone, locale) => {
          const ms = toEpochMs(w, zone);
          expect(Number.isFinite(ms)).to.equal(true);
          toDatetimeAttr(w, zone);
          dateTimeFormat(locale, { timeZone: zone, dateStyle: 'full', timeStyle: 'long' }).format(ms);
          return true;
        }),
        { numRuns: RUNS * 2 },
      );
    });

    it('splitDuration, formatDuration, formatClock and formatRelative never throw for any span and locale', () => {
      const units: Unit[] = ['day', 'hour', 'minute', 'second'];
      fc.assert(
        fc.property(
          fc.integer({ min: -MAX_MS, max: MAX_MS }),
          fc.integer({ min: -MAX_MS, max: MAX_MS }),
          fc.constantFrom(...LOCALES, undefined),
          fc.constantFrom(...units),
          fc.constantFrom(...units),
          fc.constantFrom('long' as const, 'short' as const, 'narrow' as const),
          (a, b, locale, largest, smallest, style) => {
            const parts = splitDuration(a, largest, smallest);
            const total = Object.entries(parts).reduce(
              (sum, [u, n]) => sum + n! * { day: 864e5, hour: 36e5, minute: 6e4, second: 1e3 }[u as Unit],
              0,
            );
            expect(total).to.be.at.most(Math.max(0, a));
            expect(formatDuration(parts, locale, style)).to.be.a('string');
            expect(formatClock(parts, locale)).to.be.a('string');
            expect(formatRelative(a, b, locale)).to.be.a('string');
            return true;
          },
        ),
        { numRuns: RUNS },
      );
    });
  });

  describe('URLs (src/data/safe-url.ts)', () => {
    const pieces = fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'vbscript',
      'data',
      'blob',
      'file',
      'http',
      'https',
      'HTTPS',
      'mailto',
      'x-evil',
      ':',
      ':',
      '/',
      '//',
      '\\',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u001f',
      ' ',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '%3A',
      '%0a',
      '&#58;',
      '&colon;',
      '&#x6A;',
      'evil.example',
      '@',
      '?',
      '#',
      '.',
      '..',
      'x',
      'ｊ',
      'alert(1)',
    );
    const urlish = fc.oneof(
      fc.array(pieces, { maxLength: 10 }).map((p) => p.join('')),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.webUrl(),
    );

    it('whatever it keeps is http(s) or stays on this origin, by the URL parser and by a real <a href>', () => {
      const a = document.createElement('a');
      fc.assert(
        fc.property(urlish, (s) => {
          const r = checkUrl(s);
          if (!r.ok) return r.reason.length > 5;
          const parsed = new URL(r.url, 'https://base.example/');
          expect(parsed.protocol, JSON.stringify(s)).to.be.oneOf(['http:', 'https:']);
          if (!/^https?:/i.test(r.url)) expect(parsed.origin, JSON.stringify(s)).to.equal('https://base.example');
          a.href = r.url;
          expect(a.protocol, JSON.stringify(s)).to.be.oneOf(['http:', 'https:']);
          return true;
        }),
        { numRuns: RUNS * 10 },
      );
    });

    it('javascript: spelled with any mix of case, whitespace and control characters is refused', () => {
      const noise = fc.constantFrom('', '', '\t', '\n', '\r', '\u0000', '\u0001', ' ', '\u00a0', '\ufeff', '\u200b');
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.boolean(), noise), { minLength: 11, maxLength: 11 }), noise, (mix, lead) => {
          const s = lead + [...'javascript:'].map((c, i) => (mix[i]![0] ? c.toUpperCase() : c) + mix[i]![1]).join('');
          expect(checkUrl(`${s}alert(1)`).ok, JSON.stringify(s)).to.equal(false);
          return true;
        }),
        { numRuns: RUNS * 2 },
      );
    });
  });

  describe('the data pipeline (src/data)', () => {
    it('any JSON, with __proto__/constructor keys, becomes a record or nothing: no throw, no pollution, only allowed URLs and real dates', () => {
      const log = captureConsole();
      try {
        fc.assert(
          fc.property(hostileJson, fc.constantFrom(...TYPES), (value, type) => {
            for (const out of [
              resolveRecord(type, [value as Record<string, unknown>], () => {}),
              resolveArticle(value, () => {}),
              resolveArticle(articleFromLd(value), () => {}),
            ]) {
              for (const u of urlLeaves(out)) expect(checkUrl(u).ok, u).to.equal(true);
              for (const w of whenLeaves(out)) expect(validWhen(w), JSON.stringify(w)).to.equal(undefined);
            }
            expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
            return true;
          }),
          { numRuns: RUNS * 2 },
        );
      } finally {
        log.restore();
      }
    });

    it('a valid record with any of its fields replaced by anything: only allowed URLs and real dates come out', () => {
      const log = captureConsole();
      const mutated = (type: RecordType) =>
        fc
          .array(fc.tuple(fc.constantFrom(...FIELDS[type]), fc.oneof(hostileJson, whenLike, fc.string())), {
            minLength: 1,
            maxLength: 4,
          })
          .map((changes) => {
            const rec = clone(FULL[type]);
            for (const [f, v] of changes) setPath(rec, f.path, v);
            return rec;
          });
      try {
        fc.assert(
          fc.property(
            fc.constantFrom(...TYPES).chain((type) => fc.tuple(fc.constant(type), mutated(type))),
            ([type, rec]) => {
              const out = resolveRecord(type, [rec], () => {});
              for (const u of urlLeaves(out)) expect(checkUrl(u).ok, u).to.equal(true);
              for (const w of whenLeaves(out)) expect(validWhen(w), JSON.stringify(w)).to.equal(undefined);
              return true;
            },
          ),
          { numRuns: RUNS * 2 },
        );
      } finally {
        log.restore();
      }
    });

    for (const info of ELEMENTS) {
      it(`<${info.tag}>: any JSON as its data property renders without throwing`, async () => {
        const log = captureConsole();
        const box = document.createElement('div');
        document.body.append(box);
        const problems = new Problems();
        try {
          await fc.assert(
            fc.asyncProperty(hostileJson, async (value) => {
              const m = new Mount(info, 'data property', box);
              const fallback = document.createElement('p');
              fallback.textContent = 'Fallback';
              m.el.append(fallback);
              (m.el as Host).data = value;
              await settle(m.root).catch((e) =>
                problems.add(`threw ${String(e).slice(0, 80)}`, JSON.stringify(value).slice(0, 600)),
              );
              if (!rendersSomething(m.el)) problems.add('renders nothing', JSON.stringify(value).slice(0, 600));
              m.remove();
              return true;
            }),
            { numRuns: 60 },
          );
        } finally {
          log.restore();
          box.remove();
        }
        expect(problems.list()).to.deep.equal([]);
      });
    }
  });
});
