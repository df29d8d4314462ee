import { expect } from '@open-wc/testing';
import { parseWhen, toEpochMs, toDatetimeAttr, yearOf, parseIsoDuration, type When } from '../../src/time/when.js';
import { zoneOffsetMs, isValidTimeZone, readerTimeZone } from '../../src/time/zone.js';
import { emulateTimeZone } from '../helpers.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseWhen', () => {
  const table: [string, When | string][] = [
    ['2017-11-14', { type: 'day', y: 2017, m: 11, d: 14 }],
    [' 2017-11-14 ', { type: 'day', y: 2017, m: 11, d: 14 }],
    ['2017-11-14T19:00', { type: 'local', y: 2017, m: 11, d: 14, h: 19, mi: 0, s: 0 }],
    ['2017-11-14T19:00:30', { type: 'local', y: 2017, m: 11, d: 14, h: 19, mi: 0, s: 30 }],
    ['2017-11-14T19:00:00Z', { type: 'instant', ms: Date.UTC(2017, 10, 14, 19) }],
    ['2017-11-14T19:00:00.250Z', { type: 'instant', ms: Date.UTC(2017, 10, 14, 19, 0, 0, 250) }],
    ['2017-11-14T19:00+05:30', { type: 'instant', ms: Date.UTC(2017, 10, 14, 13, 30) }],
    ['2017-11-14T19:00-0800', { type: 'instant', ms: Date.UTC(2017, 10, 15, 3) }],
    ['2017-02-29', '2017-02-29 is not a real day'],
    ['2016-02-29', { type: 'day', y: 2016, m: 2, d: 29 }],
    ['2017-13-01', '2017-13-01 is not a real day'],
    ['2017-11-14T24:00', '2017-11-14T24:00 is not a real time'],
    ['0017-11-14', 'year 17 is out of range'],
    ['November 14, 2017', 'not an ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM)'],
    ['2017-11-14T19:00+19:00', 'offset +19:00 is out of range'],
    ['2'.repeat(100), 'not an ISO 8601 date'],
  ];
  for (const [input, expected] of table) {
    it(`${JSON.stringify(input.slice(0, 30))} -> ${JSON.stringify(expected)}`, () =>
      expect(parseWhen(input)).to.deep.equal(expected));
  }
});

describe('toEpochMs: a bare date is midnight in the given zone, never UTC midnight', () => {
  const table: [string, string | undefined, string][] = [
    ['2017-11-14', 'UTC', '2017-11-14T00:00:00.000Z'],
    ['2017-11-14', 'America/Los_Angeles', '2017-11-14T08:00:00.000Z'], // PST -08:00
    ['2017-07-28', 'America/Los_Angeles', '2017-07-28T07:00:00.000Z'], // PDT -07:00
    ['2017-11-14', 'Asia/Kolkata', '2017-11-13T18:30:00.000Z'], // +05:30
    ['2017-11-14', 'Pacific/Chatham', '2017-11-13T10:15:00.000Z'], // +13:45 (DST)
    ['2017-07-14', 'Pacific/Chatham', '2017-07-13T11:15:00.000Z'], // +12:45
    ['2017-11-14', 'Australia/Lord_Howe', '2017-11-13T13:00:00.000Z'], // +11:00 (DST)
    ['2017-07-14', 'Australia/Lord_Howe', '2017-07-13T13:30:00.000Z'], // +10:30
    ['2017-11-14T19:00', 'America/Los_Angeles', '2017-11-15T03:00:00.000Z'],
    // DST gaps resolve forward by the gap (Temporal "compatible").
    ['2017-03-12T02:30', 'America/Los_Angeles', '2017-03-12T10:30:00.000Z'],
    ['2017-10-01T02:15', 'Australia/Lord_Howe', '2017-09-30T15:45:00.000Z'],
    ['2017-09-24T02:50', 'Pacific/Chatham', '2017-09-23T14:05:00.000Z'],
    // DST overlaps take the earlier moment.
    ['2017-11-05T01:30', 'America/Los_Angeles', '2017-11-05T08:30:00.000Z'],
    ['2018-04-01T01:45', 'Australia/Lord_Howe', '2018-03-31T14:45:00.000Z'],
    ['2017-11-14T19:00:00Z', 'Asia/Kolkata', '2017-11-14T19:00:00.000Z'],
  ];
  for (const [input, zone, expected] of table) {
    it(`${input} tz=${zone} -> ${expected}`, () => {
      const when = parseWhen(input) as When;
      expect(iso(toEpochMs(when, zone))).to.equal(expected);
    });
  }

  it('zoneOffsetMs reads half- and 45-minute zones', () => {
    expect(zoneOffsetMs(Date.UTC(2017, 10, 14), 'Asia/Kolkata')).to.equal(5.5 * 3600_000);
    expect(zoneOffsetMs(Date.UTC(2017, 10, 14), 'Pacific/Chatham')).to.equal(13.75 * 3600_000);
    expect(zoneOffsetMs(Date.UTC(2017, 10, 14), 'Australia/Lord_Howe')).to.equal(11 * 3600_000);
  });

  it('validates zones', () => {
    expect(isValidTimeZone('Pacific/Chatham')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
  });
});

describe('toEpochMs without a zone uses the reader (browser) zone', () => {
  after(() => emulateTimeZone(undefined));
  const table: [string, string][] = [
    ['UTC', '2017-11-14T00:00:00.000Z'],
    ['America/Los_Angeles', '2017-11-14T08:00:00.000Z'],
    ['Asia/Kolkata', '2017-11-13T18:30:00.000Z'],
    ['Pacific/Chatham', '2017-11-13T10:15:00.000Z'],
    ['Australia/Lord_Howe', '2017-11-13T13:00:00.000Z'],
  ];
  for (const [zone, expected] of table) {
    it(`2017-11-14 reader tz=${zone} -> ${expected}`, async function () {
      if (!(await emulateTimeZone(zone))) this.skip();
      expect([zone, zone === 'Asia/Kolkata' ? 'Asia/Calcutta' : zone]).to.include(readerTimeZone());
      expect(iso(toEpochMs(parseWhen('2017-11-14') as When))).to.equal(expected);
    });
  }
});

describe('when helpers', () => {
  it('toDatetimeAttr keeps days as days', () => {
    expect(toDatetimeAttr(parseWhen('2017-11-14') as When)).to.equal('2017-11-14');
    expect(toDatetimeAttr(parseWhen('2017-11-14T19:00+01:00') as When)).to.equal('2017-11-14T18:00:00.000Z');
  });
  it('yearOf reads the calendar year in the zone', () => {
    expect(yearOf(parseWhen('2017-12-31T23:30:00-05:00') as When, 'America/New_York')).to.equal(2017);
    expect(yearOf(parseWhen('2017-12-31T23:30:00-05:00') as When, 'UTC')).to.equal(2018);
  });
  const durations: [string, number | undefined][] = [
    ['PT1H55M', 6900],
    ['P1DT2H', 93600],
    ['PT90S', 90],
    ['PT2M41S', 161],
    ['P', undefined],
    ['PT', undefined],
    ['1h55m', undefined],
  ];
  for (const [input, seconds] of durations) {
    it(`parseIsoDuration(${input}) -> ${seconds}`, () => expect(parseIsoDuration(input)).to.equal(seconds));
  }
});
