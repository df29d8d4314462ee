import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { splitDuration, formatDuration, formatClock, formatRelative } from '../../src/time/duration.js';
import { subscribe, tickerState, unsubscribe } from '../../src/time/ticker.js';
import { PACKS } from '../../src/i18n/registry.js';

const D = 86_400_000;
const H = 3_600_000;
const M = 60_000;

describe('splitDuration', () => {
  it('splits into whole units, truncating', () =>
    expect(splitDuration(12 * D + 4 * H + 33 * M + 9_999)).to.deep.equal({ day: 12, hour: 4, minute: 33, second: 9 }));
  it('respects largest and smallest unit', () =>
    expect(splitDuration(2 * D + 5 * H + 59 * M, 'hour', 'hour')).to.deep.equal({ hour: 53 }));
  it('never goes negative', () =>
    expect(splitDuration(-5000, 'day', 'second')).to.deep.equal({ day: 0, hour: 0, minute: 0, second: 0 }));
});

describe('formatDuration (Intl, element language)', () => {
  const table: [Parameters<typeof formatDuration>, string][] = [
    [[{ day: 12, hour: 4 }, 'en', 'long'], '12 days, 4 hours'],
    [[{ day: 12, hour: 4 }, 'en', 'narrow'], '12d 4h'],
    [[{ day: 0, hour: 4, minute: 0 }, 'en', 'long'], '4 hours'],
    [[{ day: 12, hour: 0, minute: 5 }, 'en', 'long'], '12 days, 5 minutes'],
    [[{ day: 0, hour: 0, minute: 0 }, 'en', 'long'], '0 minutes'],
    [[{ day: 1 }, 'de', 'long'], '1 Tag'],
    [[{ hour: 1, minute: 55 }, 'en', 'short'], '1 hr, 55 min'],
  ];
  for (const [args, expected] of table) {
    it(`${JSON.stringify(args)} -> ${expected}`, () => expect(formatDuration(...args)).to.equal(expected));
  }
  it('the same words as Intl.DurationFormat, in every shipped language and style', function () {
    const DF = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } })
      .DurationFormat;
    if (!DF) this.skip(); // Firefox ESR before 136
    const spans = [
      { day: 3, hour: 2, minute: 1, second: 9 },
      { day: 1 },
      { hour: 1, minute: 55 },
      { day: 21, second: 2 },
    ];
    let compared = 0;
    for (const locale of ['en', 'en-GB', 'ar-EG', ...PACKS]) {
      for (const style of ['long', 'short', 'narrow'] as const) {
        for (const parts of spans) {
          const input = Object.fromEntries(Object.entries(parts).map(([unit, n]) => [`${unit}s`, n]));
          expect(formatDuration(parts, locale, style), `${locale} ${style}`).to.equal(
            new DF!(locale, { style }).format(input),
          );
          compared++;
        }
      }
    }
    expect(compared).to.equal((PACKS.length + 3) * 12);
  });
  it('formatClock pads all but the first field', () =>
    expect(formatClock({ day: 12, hour: 4, minute: 3, second: 9 }, 'en')).to.equal('12:04:03:09'));
  it('formatClock uses the locale digits', () =>
    expect(formatClock({ minute: 3, second: 9 }, 'ar-EG')).to.equal('٣:٠٩'));
});

describe('formatRelative', () => {
  const now = Date.UTC(2017, 10, 27, 12);
  const table: [number, string][] = [
    [now - 3 * D, '3 days ago'],
    [now - D, 'yesterday'],
    [now - 2 * H, '2 hours ago'],
    [now - 30_000, '30 seconds ago'],
    [now + 2 * H, 'in 2 hours'],
    [now - 40 * D, 'last month'],
    [now - 800 * D, '2 years ago'],
  ];
  for (const [t, expected] of table) {
    it(`${(t - now) / H}h -> ${expected}`, () => expect(formatRelative(t, now, 'en')).to.equal(expected));
  }
});

describe('shared ticker', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(
    () =>
      (clock = sinon.useFakeTimers({
        now: Date.UTC(2017, 10, 14, 0, 0, 0, 500),
        toFake: ['Date', 'setTimeout', 'clearTimeout'],
      })),
  );
  afterEach(() => clock.restore());

  it('fires second subscribers on each second boundary, minute ones on minutes', () => {
    const seconds: number[] = [];
    const minutes: number[] = [];
    const second = { tick: (now: number) => seconds.push(now) };
    const minute = { tick: (now: number) => minutes.push(now) };
    subscribe('second', second);
    subscribe('minute', minute);
    clock.tick(501);
    expect(seconds).to.deep.equal([Date.UTC(2017, 10, 14, 0, 0, 1, 1)]);
    clock.tick(60_000);
    expect(seconds).to.have.length(61);
    expect(minutes.map((t) => new Date(t).toISOString())).to.deep.equal([
      '2017-11-14T00:00:01.001Z',
      '2017-11-14T00:01:00.001Z',
    ]);
    expect(new Date(seconds.at(-1)!).toISOString()).to.equal('2017-11-14T00:01:01.001Z');
    unsubscribe(second);
    expect(tickerState()).to.deep.equal({ subscribers: 1, running: true });
    unsubscribe(minute);
    expect(tickerState()).to.deep.equal({ subscribers: 0, running: false });
  });

  it('sleeps while the page is hidden and catches up when visible', () => {
    const calls: number[] = [];
    const subscriber = { tick: (now: number) => calls.push(now) };
    subscribe('second', subscriber);
    const state = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(tickerState()).to.deep.equal({ subscribers: 1, running: false });
    clock.tick(10_000);
    expect(calls).to.deep.equal([]);
    Object.defineProperty(document, 'visibilityState', state);
    delete (document as unknown as Record<string, unknown>).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(calls).to.have.length(1); // caught up at once
    expect(tickerState().running).to.equal(true);
    unsubscribe(subscriber);
    expect(tickerState()).to.deep.equal({ subscribers: 0, running: false });
  });

  it('one step for all: the last second subscriber out leaves a minute step; subscribing again changes the cadence', () => {
    clock.setSystemTime(Date.UTC(2017, 10, 14, 5, 0, 0, 500)); // a minute no earlier test ticked in
    const calls: string[] = [];
    const a = { tick: (now: number) => calls.push(`a ${new Date(now).toISOString().slice(14, 23)}`) };
    const b = { tick: (now: number) => calls.push(`b ${new Date(now).toISOString().slice(14, 23)}`) };
    subscribe('minute', a);
    subscribe('second', b);
    subscribe('second', b); // again, same cadence: still one subscription
    clock.tick(1501);
    unsubscribe(b); // b was subscribed once, however often it asked: now only minutes are needed
    expect(new Date(clock.next()).toISOString()).to.equal('2017-11-14T05:01:00.001Z'); // the next timer
    clock.tick(2000);
    subscribe('second', a); // a now needs seconds
    clock.tick(1000);
    expect(calls).to.deep.equal([
      'a 00:01.001', // the first boundary calls everyone (a new minute)
      'b 00:01.001',
      'b 00:02.001',
      'a 01:00.001', // b gone: only minute boundaries
      'a 01:03.001', // a at seconds from 01:02.001 on
    ]);
    unsubscribe(a);
    unsubscribe(a); // twice: nothing left to do
    expect(tickerState()).to.deep.equal({ subscribers: 0, running: false });
  });
});
