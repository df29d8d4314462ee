import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { ReleaseCountdown } from '../src/index.js';
import type { FilmData } from '../src/context/film-data.js';
import { tickerState } from '../src/time/ticker.js';
import { zoneOffsetMs } from '../src/time/zone.js';
import { captureConsole, emulateTimeZone, nextFrame, shadowText, languagesReady } from './helpers.js';
import { atomicBlonde } from './fixtures/atomic-blonde.js';

// The reference moment: 12 days 4:33:09 before 2017-11-14T00:00Z.
const NOW = '2017-11-01T19:26:51Z';

let clock: sinon.SinonFakeTimers | undefined;

/** Freezes Date and the ticker's setTimeout at `iso`. */
function freeze(iso: string) {
  clock?.restore();
  clock = sinon.useFakeTimers({ now: Date.parse(iso), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  return clock;
}

/** Lets the IntersectionObserver report and the element subscribe (rAF is not faked). */
async function settle(el: ReleaseCountdown, frames = 4) {
  for (let i = 0; i < frames; i++) await nextFrame();
  await el.updateComplete;
}

/** A connected element with these attributes, rendered at `now`. */
async function mount(attrs: Record<string, string>, now = NOW, children: Node[] = []) {
  freeze(now);
  const el = document.createElement('release-countdown');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  wrap.append(el);
  await settle(el);
  return el;
}

/** axe needs real timers: it queues work on setTimeout. */
async function accessible(el: Element) {
  clock?.restore();
  clock = undefined;
  await expect(el).to.be.accessible();
}

const part = (el: Element, name: string) => shadowText(el, `[part~=${name}]`);
const count = (el: Element) => part(el, 'count');
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const attrsText = (a: Record<string, string>) =>
  Object.entries(a)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
const ics = (el: Element) => decodeURIComponent(q(el, 'a')!.getAttribute('href')!.split(',').slice(1).join(','));

/** Runs a describe block with the browser itself in `tz` (skipped where it cannot be emulated). */
function inZone(tz: string, body: () => void) {
  describe(`browser time zone ${tz}`, function () {
    before(async function () {
      await emulateTimeZone(tz);
      // Not emulateTimeZone's answer: Chromium names Asia/Kolkata "Asia/Calcutta", so
      // compare what matters, the reader's offsets through a year, with the zone's.
      const year = Array.from({ length: 12 }, (_, m) => Date.UTC(2017, m, 15));
      if (year.some((t) => zoneOffsetMs(t) !== zoneOffsetMs(t, tz))) this.skip();
    });
    after(() => emulateTimeZone(undefined));
    body();
  });
}

let log: ReturnType<typeof captureConsole>;

describe('<release-countdown>', () => {
  before(() => languagesReady('de'));
  beforeEach(() => (log = captureConsole()));
  afterEach(() => {
    log.restore();
    clock?.restore();
    clock = undefined;
  });

  it('is defined as the ReleaseCountdown class', () => {
    expect(customElements.get('release-countdown')).to.equal(ReleaseCountdown);
    expect(document.createElement('release-countdown')).to.be.instanceOf(ReleaseCountdown);
  });

  inZone('UTC', () => {
    it('renders the semantic structure before the release', async () => {
      const el = await mount({ date: '2017-11-14', kind: 'blu-ray' });
      expect(el).shadowDom.to.equal(
        `<div part="base">
          <div part="timer" role="timer">
            <span part="heading" aria-hidden="true">Blu-ray release in</span>
            <span part="count" aria-hidden="true">12 days, 4 hours, 33 minutes</span>
            <span class="sr">Blu-ray release in 12 days</span>
          </div>
          <div part="footer">
            <time part="date" datetime="2017-11-14">November 14, 2017</time>
            <a part="calendar" download="Blu-ray.ics">Add to calendar</a>
          </div>
        </div>`,
        { ignoreAttributes: [{ tags: ['a'], attributes: ['href'] }] },
      );
      expect(log.warns).to.deep.equal([]);
      await accessible(el);
    });

    it('renders the semantic structure when out now', async () => {
      const el = await mount({ date: '2017-11-14', kind: 'blu-ray' }, '2017-11-15T10:00:00Z');
      expect(el).shadowDom.to.equal(
        `<div part="base">
          <p part="status out">Blu-ray out now</p>
          <div part="footer"><time part="date" datetime="2017-11-14">November 14, 2017</time></div>
        </div>`,
      );
      await accessible(el);
    });

    it('renders the semantic structure when available since', async () => {
      const el = await mount({ date: '2017-11-14', kind: 'blu-ray' }, '2018-01-01T00:00:00Z');
      expect(el).shadowDom.to.equal(
        `<div part="base">
          <p part="status since">Blu-ray available since <time part="date" datetime="2017-11-14">November 14, 2017</time></p>
        </div>`,
      );
      await accessible(el);
    });

    it('after=hide renders nothing once the out-now window is over', async () => {
      const el = await mount({ date: '2017-11-14', kind: 'blu-ray', after: 'hide' }, '2018-01-01T00:00:00Z');
      expect(el.shadowRoot!.children.length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      await accessible(el);
    });

    it('without data shows its light-DOM fallback through a slot', async () => {
      const fallback = document.createElement('p');
      fallback.append('Blu-ray: November 14, 2017');
      const el = await mount({}, NOW, [fallback]);
      expect(el).shadowDom.to.equal('<slot></slot>');
      expect(el.innerText.trim()).to.equal('Blu-ray: November 14, 2017');
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await accessible(el);
    });
  });

  describe('time zones, DST and offsets (format=clock precision=second)', () => {
    type Row = [attrs: Record<string, string>, now: string, clock: string, date: string, datetime: string];
    const table: Record<string, Row[]> = {
      UTC: [
        [{ date: '2017-11-14' }, NOW, '12:04:33:09', 'November 14, 2017', '2017-11-14'],
        [
          { date: '2017-11-14', 'time-zone': 'America/New_York' },
          NOW,
          '12:09:33:09',
          'November 14, 2017',
          '2017-11-14',
        ],
        [
          { date: '2017-11-14T19:00:00-05:00' },
          NOW,
          '13:04:33:09',
          'November 15, 2017 at 12:00 AM',
          '2017-11-15T00:00:00.000Z',
        ],
        // Days in a zone with DST: Nov 5 and Nov 6 in Los Angeles start 25 hours apart.
        [
          { date: '2017-11-05', 'time-zone': 'America/Los_Angeles' },
          NOW,
          '3:11:33:09',
          'November 5, 2017',
          '2017-11-05',
        ],
        [
          { date: '2017-11-06', 'time-zone': 'America/Los_Angeles' },
          NOW,
          '4:12:33:09',
          'November 6, 2017',
          '2017-11-06',
        ],
      ],
      'America/Los_Angeles': [
        // Real time left across the fall-back change: 12 days 12 h, not the 11 h of wall clocks.
        [{ date: '2017-11-14' }, NOW, '12:12:33:09', 'November 14, 2017', '2017-11-14'],
        [{ date: '2017-11-05' }, NOW, '3:11:33:09', 'November 5, 2017', '2017-11-05'],
        [{ date: '2017-11-06' }, NOW, '4:12:33:09', 'November 6, 2017', '2017-11-06'],
        [
          { date: '2017-11-14T19:00:00-05:00' },
          NOW,
          '13:04:33:09',
          'November 14, 2017 at 4:00 PM',
          '2017-11-15T00:00:00.000Z',
        ],
        // 01:30 happens twice on Nov 5: the earlier (PDT) one.
        [{ date: '2017-11-05T01:30' }, NOW, '3:13:03:09', 'November 5, 2017 at 1:30 AM', '2017-11-05T08:30:00.000Z'],
        // A calendar day elsewhere is still that day here, though it starts on Nov 13 local time.
        [{ date: '2017-11-14', 'time-zone': 'Pacific/Chatham' }, NOW, '11:14:48:09', 'November 14, 2017', '2017-11-14'],
        // Spring forward: Mar 12 starts 35 real hours after noon on Mar 10.
        [{ date: '2018-03-12' }, '2018-03-10T20:00:00Z', '1:11:00:00', 'March 12, 2018', '2018-03-12'],
      ],
      'Asia/Kolkata': [
        [{ date: '2017-11-14' }, NOW, '11:23:03:09', 'November 14, 2017', '2017-11-14'],
        [{ date: '2017-11-14T10:30' }, NOW, '12:09:33:09', 'November 14, 2017 at 10:30 AM', '2017-11-14T05:00:00.000Z'],
        [
          { date: '2017-11-14T19:00:00-05:00' },
          NOW,
          '13:04:33:09',
          'November 15, 2017 at 5:30 AM',
          '2017-11-15T00:00:00.000Z',
        ],
        [
          { date: '2017-11-05', 'time-zone': 'America/Los_Angeles' },
          NOW,
          '3:11:33:09',
          'November 5, 2017',
          '2017-11-05',
        ],
      ],
      'Pacific/Chatham': [
        // +12:45 until 2017-09-24 02:45, then +13:45.
        [{ date: '2017-09-23' }, '2017-09-20T00:00:00Z', '2:11:15:00', 'September 23, 2017', '2017-09-23'],
        [{ date: '2017-09-30' }, '2017-09-20T00:00:00Z', '9:10:15:00', 'September 30, 2017', '2017-09-30'],
        // 03:00 on Sep 24 does not exist: the moment after the gap, 04:00 +13:45.
        [
          { date: '2017-09-24T03:00' },
          '2017-09-20T00:00:00Z',
          '3:14:15:00',
          'September 24, 2017 at 4:00 AM',
          '2017-09-23T14:15:00.000Z',
        ],
        // Back to +12:45 on 2018-04-01.
        [{ date: '2018-04-02' }, '2018-03-30T00:00:00Z', '2:11:15:00', 'April 2, 2018', '2018-04-02'],
      ],
      'Australia/Lord_Howe': [
        // +10:30 until 2017-10-01 02:00, then +11 (a half-hour DST shift).
        [{ date: '2017-09-30' }, '2017-09-28T00:00:00Z', '1:13:30:00', 'September 30, 2017', '2017-09-30'],
        [{ date: '2017-10-05' }, '2017-09-28T00:00:00Z', '6:13:00:00', 'October 5, 2017', '2017-10-05'],
        [{ date: '2018-04-03' }, '2018-03-30T00:00:00Z', '3:13:30:00', 'April 3, 2018', '2018-04-03'],
        // 01:45 happens twice on 2018-04-01: the earlier (+11) one.
        [
          { date: '2018-04-01T01:45' },
          '2018-03-30T00:00:00Z',
          '1:14:45:00',
          'April 1, 2018 at 1:45 AM',
          '2018-03-31T14:45:00.000Z',
        ],
      ],
    };
    for (const [tz, rows] of Object.entries(table)) {
      inZone(tz, () => {
        for (const [attrs, now, expected, date, datetime] of rows) {
          it(`${attrsText(attrs)} now=${now} -> ${expected}, ${date}`, async () => {
            const el = await mount({ ...attrs, format: 'clock', precision: 'second' }, now);
            expect(count(el)).to.equal(expected);
            expect(part(el, 'date')).to.equal(date);
            expect(q(el, 'time')!.getAttribute('datetime')).to.equal(datetime);
          });
        }
      });
    }
  });

  describe('hour boundaries off the UTC hour are caught by the minute ticker', () => {
    inZone('Asia/Kolkata', () => {
      it('date=2017-11-14 (18:30Z) precision=hour: 23 hours until 19:30:00.001Z, then 22', async () => {
        const el = await mount({ date: '2017-11-14', precision: 'hour' });
        expect(count(el)).to.equal('11 days, 23 hours');
        clock!.tick(189_000); // 19:30:00.000
        await el.updateComplete;
        expect(count(el)).to.equal('11 days, 23 hours');
        clock!.tick(1);
        await el.updateComplete;
        expect(count(el)).to.equal('11 days, 22 hours');
      });
    });
    inZone('Pacific/Chatham', () => {
      it('date=2017-09-30 (10:15Z) precision=hour: 10 hours until 00:15:00.001Z, then 9', async () => {
        const el = await mount({ date: '2017-09-30', precision: 'hour' }, '2017-09-20T00:14:30Z');
        expect(count(el)).to.equal('9 days, 10 hours');
        clock!.tick(30_000);
        await el.updateComplete;
        expect(count(el)).to.equal('9 days, 10 hours');
        clock!.tick(1);
        await el.updateComplete;
        expect(count(el)).to.equal('9 days, 9 hours');
      });
    });
  });

  inZone('UTC', () => {
    describe('formats and precisions (12 days 4:33:09 left)', () => {
      const rows: [Record<string, string>, string][] = [
        [{}, '12 days, 4 hours, 33 minutes'],
        [{ format: 'units', precision: 'second' }, '12 days, 4 hours, 33 minutes, 9 seconds'],
        [{ format: 'units', precision: 'minute' }, '12 days, 4 hours, 33 minutes'],
        [{ format: 'units', precision: 'hour' }, '12 days, 4 hours'],
        [{ format: 'units', precision: 'day' }, '12 days'],
        [{ format: 'compact', precision: 'second' }, '12d 4h 33m 9s'],
        [{ format: 'compact', precision: 'hour' }, '12d 4h'],
        [{ format: 'clock', precision: 'second' }, '12:04:33:09'],
        [{ format: 'clock', precision: 'minute' }, '12:04:33'],
        [{ format: 'clock', precision: 'hour' }, '12:04'],
        [{ format: 'clock', precision: 'day' }, '12'],
        [{ 'largest-unit': 'hour' }, '292 hours, 33 minutes'],
        [{ 'largest-unit': 'minute', format: 'clock', precision: 'second' }, '17553:09'],
        [{ 'largest-unit': 'hour', format: 'compact', precision: 'hour' }, '292h'],
      ];
      for (const [attrs, expected] of rows) {
        it(`${attrsText(attrs) || '(defaults)'} -> ${expected}`, async () => {
          const el = await mount({ date: '2017-11-14', ...attrs });
          expect(count(el)).to.equal(expected);
          // The spoken sentence always counts from days, whatever the display.
          expect(shadowText(el, '.sr')).to.equal('Cinema release in 12 days');
        });
      }
    });

    describe('accessible sentence: largest unit only, rounded up to minutes', () => {
      const rows: [string, string, string][] = [
        ['2017-11-14T00:00:00Z', '2017-11-13T18:57:50Z', 'Blu-ray release in 5 hours'],
        ['2017-11-14T00:00:00Z', '2017-11-13T23:59:30Z', 'Blu-ray release in 1 minute'],
        ['2017-11-14T00:00:00Z', '2017-11-12T23:59:30Z', 'Blu-ray release in 1 day'],
        ['2017-11-14T00:00:00Z', '2017-11-13T23:15:00Z', 'Blu-ray release in 45 minutes'],
      ];
      for (const [date, now, expected] of rows) {
        it(`date=${date} now=${now} -> "${expected}"`, async () => {
          const el = await mount({ date, kind: 'blu-ray', precision: 'second' }, now);
          expect(shadowText(el, '.sr')).to.equal(expected);
        });
      }

      it('does not change every second while the digits do', async () => {
        const el = await mount({ date: '2017-11-14', kind: 'blu-ray', precision: 'second' });
        const before = shadowText(el, '.sr');
        clock!.tick(5000);
        await el.updateComplete;
        expect(count(el)).to.equal('12 days, 4 hours, 33 minutes, 4 seconds');
        expect(shadowText(el, '.sr')).to.equal(before);
      });
    });

    describe('states, live-for and the release-reached event', () => {
      const rows: [Record<string, string>, string, string][] = [
        [{}, '2017-11-14T00:00:00Z', 'Blu-ray out now'],
        [{}, '2017-11-20T23:59:59Z', 'Blu-ray out now'],
        [{}, '2017-11-21T00:00:00Z', 'Blu-ray available since November 14, 2017'],
        [{ 'live-for': '36h' }, '2017-11-15T11:59:59Z', 'Blu-ray out now'],
        [{ 'live-for': '36h' }, '2017-11-15T12:00:00Z', 'Blu-ray available since November 14, 2017'],
        [{ 'live-for': 'P2D' }, '2017-11-15T23:59:00Z', 'Blu-ray out now'],
        [{ 'live-for': 'PT90M' }, '2017-11-14T01:30:00Z', 'Blu-ray available since November 14, 2017'],
        [{ 'live-for': '0' }, '2017-11-14T00:00:00Z', 'Blu-ray available since November 14, 2017'],
        [{ after: 'since' }, '2030-01-01T00:00:00Z', 'Blu-ray available since November 14, 2017'],
        [{ after: 'hide' }, '2017-11-20T00:00:00Z', 'Blu-ray out now'],
        [{ after: 'hide' }, '2017-11-21T00:00:00Z', ''],
      ];
      for (const [attrs, now, expected] of rows) {
        it(`${attrsText(attrs) || '(defaults)'} now=${now} -> "${expected}"`, async () => {
          const el = await mount({ date: '2017-11-14', kind: 'blu-ray', ...attrs }, now);
          expect(part(el, 'status')).to.equal(expected);
        });
      }

      it('ticks through the target: out now, one event, then available since', async () => {
        freeze('2017-11-13T23:59:56.500Z');
        const events: CustomEvent[] = [];
        const wrap = await fixture<HTMLDivElement>(
          html`<div @release-reached=${(e: CustomEvent) => events.push(e)}>
            <release-countdown
              date="2017-11-14T00:00:00Z"
              kind="blu-ray"
              format="clock"
              precision="second"
              live-for="2m"
            ></release-countdown>
          </div>`,
        );
        const el = wrap.firstElementChild as ReleaseCountdown;
        await settle(el);
        expect(count(el)).to.equal('0:00:00:03');
        const seen: string[] = [];
        for (let i = 0; i < 5; i++) {
          clock!.tick(1000);
          await el.updateComplete;
          seen.push(count(el) || part(el, 'status'));
        }
        // Lands 1 ms after each boundary: truncated, the count never shows more than is left.
        expect(seen).to.deep.equal(['0:00:00:02', '0:00:00:01', '0:00:00:00', 'Blu-ray out now', 'Blu-ray out now']);
        expect(events.length).to.equal(1);
        expect(events[0]!.detail.release).to.deep.include({ kind: 'physical', format: 'blu-ray' });
        expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
        clock!.tick(2 * 60_000);
        await el.updateComplete;
        expect(part(el, 'status')).to.equal('Blu-ray available since November 14, 2017 at 12:00 AM');
        expect(events.length).to.equal(1);
        expect(tickerState().subscribers).to.equal(0); // nothing left to count
      });

      it('fires release-reached once when the page opens after the target', async () => {
        freeze('2018-01-01T00:00:00Z');
        const events: Event[] = [];
        const wrap = await fixture<HTMLDivElement>(
          html`<div @release-reached=${(e: Event) => events.push(e)}>
            <release-countdown date="2017-11-14" kind="blu-ray"></release-countdown>
          </div>`,
        );
        const el = wrap.firstElementChild as ReleaseCountdown;
        await settle(el);
        el.requestUpdate();
        await el.updateComplete;
        expect(events.length).to.equal(1);
      });

      it('does not fire before the target', async () => {
        freeze(NOW);
        const events: Event[] = [];
        const wrap = await fixture<HTMLDivElement>(
          html`<div @release-reached=${(e: Event) => events.push(e)}>
            <release-countdown date="2017-11-14"></release-countdown>
          </div>`,
        );
        await settle(wrap.firstElementChild as ReleaseCountdown);
        expect(events.length).to.equal(0);
      });
    });

    describe('efficiency: one ticker, re-render on change only', () => {
      it('subscribes once per element at minute cadence, second only for second precision', async () => {
        const a = await mount({ date: '2017-11-14' });
        expect(tickerState()).to.deep.equal({ subscribers: 1, running: true });
        const b = document.createElement('release-countdown');
        b.setAttribute('date', '2017-11-14');
        b.setAttribute('precision', 'second');
        a.after(b);
        await settle(b);
        expect(tickerState().subscribers).to.equal(2);
        // Only a second subscriber makes the ticker wake every second.
        const render = sinon.spy(a, 'render');
        clock!.tick(5000);
        await a.updateComplete;
        expect(render.callCount).to.equal(0);
        expect(count(b)).to.equal('12 days, 4 hours, 33 minutes, 4 seconds');
      });

      it('precision=hour re-renders only when the hour changes', async () => {
        const el = await mount({ date: '2017-11-14', precision: 'hour' });
        const render = sinon.spy(el, 'render');
        clock!.tick(33 * 60_000); // 4:00:09 left
        await el.updateComplete;
        expect(render.callCount).to.equal(0);
        expect(count(el)).to.equal('12 days, 4 hours');
        clock!.tick(60_000); // 3:59:09 left
        await el.updateComplete;
        expect(render.callCount).to.equal(1);
        expect(count(el)).to.equal('12 days, 3 hours');
      });

      it('a target off the minute grid ticks in seconds, so minutes change on time', async () => {
        const el = await mount({ date: '2017-11-14T00:00:30Z' }, '2017-11-13T23:57:00Z');
        expect(count(el)).to.equal('3 minutes');
        clock!.tick(29_999); // the ticker lands 1 ms after 23:57:29
        await el.updateComplete;
        expect(count(el)).to.equal('3 minutes');
        clock!.tick(2);
        await el.updateComplete;
        expect(count(el)).to.equal('2 minutes');
      });

      it('reduced motion: second precision shows minutes and ticks per minute', async () => {
        // Every countdown shares one live query, so the test answers for the query itself.
        const mm = sinon.stub(MediaQueryList.prototype, 'matches').get(function (this: MediaQueryList) {
          return this.media.includes('reduce');
        });
        try {
          const el = await mount({ date: '2017-11-14', precision: 'second', format: 'clock' });
          expect(count(el)).to.equal('12:04:33');
          const render = sinon.spy(el, 'render');
          clock!.tick(5000);
          await el.updateComplete;
          expect(render.callCount).to.equal(0);
        } finally {
          mm.restore();
        }
      });
    });

    describe('the ticker stops when not needed and catches up', () => {
      const setVisibility = (state: 'hidden' | 'visible') => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        document.dispatchEvent(new Event('visibilitychange'));
      };
      afterEach(() => {
        delete (document as unknown as Record<string, unknown>).visibilityState;
      });

      it('disconnected: no subscriber; reconnected: subscribes and catches up', async () => {
        const el = await mount({ date: '2017-11-14', precision: 'second' });
        expect(tickerState()).to.deep.equal({ subscribers: 1, running: true });
        const parent = el.parentElement!;
        el.remove();
        expect(tickerState()).to.deep.equal({ subscribers: 0, running: false });
        clock!.tick(60_000);
        parent.append(el);
        await settle(el);
        expect(tickerState().subscribers).to.equal(1);
        expect(count(el)).to.equal('12 days, 4 hours, 32 minutes, 9 seconds');
      });

      it('off screen: no subscriber; scrolled into view: catches up at once', async () => {
        freeze(NOW);
        const wrap = await fixture<HTMLDivElement>(
          html`<div>
            <div style="height: 300vh"></div>
            <release-countdown date="2017-11-14" precision="second"></release-countdown>
          </div>`,
        );
        const el = wrap.querySelector('release-countdown')!;
        await settle(el);
        expect(tickerState()).to.deep.equal({ subscribers: 0, running: false });
        expect(count(el)).to.equal('12 days, 4 hours, 33 minutes, 9 seconds');
        clock!.tick(90_000);
        await el.updateComplete;
        expect(count(el)).to.equal('12 days, 4 hours, 33 minutes, 9 seconds'); // no work off screen
        el.scrollIntoView();
        await settle(el);
        expect(tickerState().subscribers).to.equal(1);
        expect(count(el)).to.equal('12 days, 4 hours, 31 minutes, 39 seconds');
        window.scrollTo(0, 0);
        await settle(el);
        expect(tickerState().subscribers).to.equal(0);
      });

      it('page hidden: the ticker sleeps (no timer); visible again: catches up at once', async () => {
        const el = await mount({ date: '2017-11-14', precision: 'second' });
        expect(tickerState().subscribers).to.equal(1);
        setVisibility('hidden');
        // The element stays subscribed (no listener of its own); the one ticker has no timer.
        expect(tickerState()).to.deep.equal({ subscribers: 1, running: false });
        clock!.tick(3_600_000);
        await el.updateComplete;
        expect(count(el)).to.equal('12 days, 4 hours, 33 minutes, 9 seconds');
        setVisibility('visible');
        await el.updateComplete;
        expect(tickerState()).to.deep.equal({ subscribers: 1, running: true });
        expect(count(el)).to.equal('12 days, 3 hours, 33 minutes, 9 seconds');
      });

      it('no subscriber without data or once nothing can change', async () => {
        await mount({});
        expect(tickerState().subscribers).to.equal(0);
        await mount({ date: '2017-11-14' }, '2018-01-01T00:00:00Z');
        expect(tickerState().subscribers).to.equal(0);
      });
    });

    describe('input paths', () => {
      const blu = { kind: 'blu-ray', date: '2017-11-14', label: 'Blu-ray' };
      const expectBluRay = (el: Element) => {
        expect(part(el, 'heading')).to.equal('Blu-ray release in');
        expect(count(el)).to.equal('12 days, 4 hours, 33 minutes');
      };

      it('attributes define the release', async () => {
        const el = await mount({ date: '2017-11-14', kind: 'dvd', region: 'US', label: 'DVD & Digital' });
        expect(part(el, 'heading')).to.equal('DVD & Digital release in');
        expect(ics(el)).to.contain('UID:20171114T000000Z-physical-dvd-US@reelkit');
      });

      it('format=blu-ray (a disc format) describes the release; the display stays units', async () => {
        const el = await mount({ date: '2017-11-14', kind: 'physical', format: 'blu-ray' });
        expectBluRay(el);
        expect(log.warns).to.deep.equal([]);
      });

      it('data attribute (JSON)', async () => {
        const el = await mount({ data: JSON.stringify({ releases: [blu] }) });
        expectBluRay(el);
      });

      it('data property (a bare list)', async () => {
        freeze(NOW);
        const el = await fixture<ReleaseCountdown>(html`<release-countdown .data=${[blu]}></release-countdown>`);
        await settle(el);
        expectBluRay(el);
      });

      it('child <script type="application/json">', async () => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify([blu]);
        const el = await mount({}, NOW, [script]);
        expectBluRay(el);
      });

      it('<film-data> provider, selected by kind; the .ics names the film', async () => {
        freeze(NOW);
        const parent = await fixture<FilmData>(
          html`<film-data .data=${{ film: atomicBlonde }}
            ><release-countdown kind="blu-ray"></release-countdown
          ></film-data>`,
        );
        const el = parent.querySelector('release-countdown')!;
        await settle(el);
        expectBluRay(el);
        expect(ics(el)).to.contain('SUMMARY:Atomic Blonde: Blu-ray release\r\n');
      });

      it('page JSON-LD (releasedEvent)', async () => {
        const ld = document.createElement('script');
        ld.type = 'application/ld+json';
        ld.textContent = JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'Movie',
          name: 'Atomic Blonde',
          releasedEvent: [
            { '@type': 'PublicationEvent', startDate: '2017-11-14', name: 'Blu-ray', additionalType: 'blu-ray' },
          ],
        });
        document.head.append(ld);
        try {
          const el = await mount({ jsonld: '' });
          expectBluRay(el);
        } finally {
          ld.remove();
        }
      });

      it('date attribute wins over other sources', async () => {
        const el = await mount({
          date: '2017-11-20',
          data: JSON.stringify({ releases: [blu] }),
        });
        expect(part(el, 'heading')).to.equal('Cinema release in');
        expect(part(el, 'date')).to.equal('November 20, 2017');
      });
    });

    describe('choosing among a film’s releases (Atomic Blonde: cinema Jul 28, digital Oct 31, Blu-ray Nov 14)', () => {
      const rows: [Record<string, string>, string, string][] = [
        // Digital HD is still inside its 7-day out-now window on Nov 1.
        [{}, NOW, 'Digital HD out now'],
        [{ 'live-for': '0' }, NOW, 'Blu-ray release in 12 days, 4 hours, 33 minutes'],
        [{ precision: 'day' }, '2017-11-08T00:00:00Z', 'Blu-ray release in 6 days'],
        [{ precision: 'day' }, '2017-07-01T00:00:00Z', 'In cinemas release in 27 days'],
        [{}, '2018-06-01T00:00:00Z', 'Blu-ray available since November 14, 2017'],
        [{ kind: 'theatrical' }, NOW, 'In cinemas available since July 28, 2017'],
        [{ kind: 'cinema' }, NOW, 'In cinemas available since July 28, 2017'],
        [{ kind: 'digital', region: 'us' }, NOW, 'Digital HD out now'],
        [{ kind: 'physical', precision: 'day' }, NOW, 'Blu-ray release in 12 days'],
        [{ kind: 'bluray', precision: 'day' }, NOW, 'Blu-ray release in 12 days'],
        [{ kind: 'Blu-Ray', region: 'US', precision: 'day' }, NOW, 'Blu-ray release in 12 days'],
        // The demo page's markup.
        [{ kind: 'physical', format: 'blu-ray', precision: 'day' }, NOW, 'Blu-ray release in 12 days'],
        [{ format: 'bluray', precision: 'day' }, NOW, 'Blu-ray release in 12 days'],
      ];
      for (const [attrs, now, expected] of rows) {
        it(`${attrsText(attrs) || '(no selection)'} now=${now} -> "${expected}"`, async () => {
          freeze(now);
          const parent = await fixture<FilmData>(html`<film-data .data=${{ film: atomicBlonde }}></film-data>`);
          const el = document.createElement('release-countdown');
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          parent.append(el);
          await settle(el);
          const text = count(el) ? `${part(el, 'heading')} ${count(el)}` : part(el, 'status');
          expect(text).to.equal(expected);
          expect(log.warns).to.deep.equal([]);
        });
      }
    });

    describe('bad input: one warning, and what still renders', () => {
      it('date that is not a day: warns, keeps the fallback', async () => {
        const fallback = document.createTextNode('Blu-ray: November 14, 2017');
        const el = await mount({ date: '2017-13-01', kind: 'blu-ray' }, NOW, [fallback]);
        expect(log.warns).to.deep.equal(['<release-countdown> ignored date: 2017-13-01 is not a real day']);
        expect(el).shadowDom.to.equal('<slot></slot>');
        expect(tickerState().subscribers).to.equal(0);
        await accessible(el);
      });

      it('unknown time-zone: warns, counts in the reader’s zone', async () => {
        const el = await mount({ date: '2017-11-14', 'time-zone': 'Mars/Olympus_Mons' });
        expect(log.warns).to.deep.equal([
          '<release-countdown> ignored time-zone: "Mars/Olympus_Mons" is not an IANA time zone',
        ]);
        expect(count(el)).to.equal('12 days, 4 hours, 33 minutes');
      });

      it('unknown kind with a date: warns, counts down as a cinema release', async () => {
        const el = await mount({ date: '2017-11-14', kind: 'vhs' });
        expect(log.warns).to.deep.equal([
          '<release-countdown> ignored kind: "vhs" is not one of theatrical, digital, physical, streaming, tv',
        ]);
        expect(part(el, 'heading')).to.equal('Cinema release in');
      });

      const enums: [string, string, string, string][] = [
        ['format', 'dial', '"dial" is not one of units, compact, clock', '12 days, 4 hours, 33 minutes'],
        ['precision', 'ms', '"ms" is not one of day, hour, minute, second', '12 days, 4 hours, 33 minutes'],
        ['largest-unit', 'week', '"week" is not one of day, hour, minute, second', '12 days, 4 hours, 33 minutes'],
        ['live-for', 'soon', '"soon" is not a duration (e.g. 7d, 36h, P7D)', '12 days, 4 hours, 33 minutes'],
      ];
      for (const [name, value, reason, expected] of enums) {
        it(`${name}=${value}: one warning, default used -> ${expected}`, async () => {
          const el = await mount({
            date: '2017-11-14',
            [name]: value,
            precision: name === 'precision' ? value : 'minute',
          });
          clock!.tick(120_000);
          el.requestUpdate();
          await el.updateComplete;
          expect(log.warns).to.deep.equal([`<release-countdown> ignored ${name}: ${reason}`]);
          expect(count(el)).to.equal(expected.replace('33', '31'));
        });
      }

      it('after=later: one warning, default since', async () => {
        const el = await mount({ date: '2017-11-14', after: 'later' }, '2018-01-01T00:00:00Z');
        expect(log.warns).to.deep.equal(['<release-countdown> ignored after: "later" is not one of since, hide']);
        expect(part(el, 'status')).to.equal('Cinema available since November 14, 2017');
      });

      it('kind nobody released: warns, keeps the fallback', async () => {
        freeze(NOW);
        const parent = await fixture<FilmData>(
          html`<film-data .data=${{ film: atomicBlonde }}
            ><release-countdown kind="4k">Blu-ray: November 14, 2017</release-countdown></film-data
          >`,
        );
        const el = parent.querySelector('release-countdown')!;
        await settle(el);
        expect(log.warns).to.deep.equal(['<release-countdown> ignored releases: none matches 4k']);
        expect(el).shadowDom.to.equal('<slot></slot>');
      });

      it('malformed JSON: one console.error, fallback stays', async () => {
        const el = await mount({ data: '[{"date": "2017-11-14",}]' });
        expect(log.errors.length).to.equal(1);
        expect(log.errors[0]).to.match(/^<release-countdown> data attribute: malformed JSON/);
        expect(el).shadowDom.to.equal('<slot></slot>');
      });
    });

    describe('add to calendar (.ics)', () => {
      it('a bare date is an all-day event on that day', async () => {
        const el = await mount({ date: '2017-11-14', kind: 'blu-ray', region: 'US' });
        expect(q(el, 'a')!.getAttribute('href')!.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
        expect(q(el, 'a')!.getAttribute('download')).to.equal('Blu-ray.ics');
        expect(ics(el)).to.equal(
          [
            'BEGIN:VCALENDAR',
            'VERSION:2.0',
            'PRODID:-//reelkit//release-countdown//EN',
            'BEGIN:VEVENT',
            'UID:20171114T000000Z-physical-blu-ray-US@reelkit',
            'DTSTAMP:20171101T192651Z',
            'DTSTART;VALUE=DATE:20171114',
            'DTEND;VALUE=DATE:20171115',
            'SUMMARY:Blu-ray release',
            'END:VEVENT',
            'END:VCALENDAR',
            '',
          ].join('\r\n'),
        );
      });

      it('the all-day event of Dec 31 ends on Jan 1 of the next year', async () => {
        const el = await mount({ date: '2017-12-31' });
        expect(ics(el)).to.contain('DTSTART;VALUE=DATE:20171231\r\nDTEND;VALUE=DATE:20180101\r\n');
      });

      it('an instant is a UTC start; text is escaped, long lines folded, the URL kept', async () => {
        freeze(NOW);
        const label = 'Steelbook; 4K, limited ' + 'x'.repeat(60);
        const el = await fixture<ReleaseCountdown>(
          html`<release-countdown
            .data=${[{ date: '2017-11-14T19:00:00-05:00', kind: '4k', label, url: 'https://store.example.com/ab' }]}
          ></release-countdown>`,
        );
        await settle(el);
        const text = ics(el);
        expect(text).to.contain('\r\nDTSTART:20171115T000000Z\r\n');
        expect(text).not.to.contain('DTEND');
        expect(text).to.contain('\r\nURL:https://store.example.com/ab\r\n');
        const summary = `SUMMARY:Steelbook\\; 4K\\, limited ${'x'.repeat(60)} release`;
        expect(text).to.contain(`\r\n${summary.slice(0, 74)}\r\n ${summary.slice(74)}\r\n`);
        // Unfolded, it reads back as written.
        expect(text.replace(/\r\n /g, '')).to.contain(`\r\n${summary}\r\n`);
      });

      it('countdowns to one event share its link; any other event gets its own', async () => {
        const first = await mount({ date: '2017-11-16', kind: 'dvd', region: 'GB' });
        const later = await mount({ date: '2017-11-16', kind: 'dvd', region: 'GB' }, '2017-11-01T19:28:21Z');
        expect(ics(later)).to.equal(ics(first)); // one file, stamped when it was first built
        expect(ics(later)).to.contain('\r\nDTSTAMP:20171101T192651Z\r\n');
        const other = await mount({ date: '2017-11-16', kind: 'blu-ray', region: 'IE' }, '2017-11-01T19:28:21Z');
        expect(ics(other)).to.contain('\r\nUID:20171116T000000Z-physical-blu-ray-IE@reelkit\r\n');
        expect(ics(other)).to.contain('\r\nDTSTAMP:20171101T192821Z\r\n');
      });

      it('a relative release URL is left out (calendars need absolute URIs)', async () => {
        freeze(NOW);
        const el = await fixture<ReleaseCountdown>(
          html`<release-countdown .data=${[{ date: '2017-11-14', url: '/buy' }]}></release-countdown>`,
        );
        await settle(el);
        expect(ics(el)).not.to.contain('URL:');
      });
    });

    describe('language and texts', () => {
      it('lang="de": numbers, units and date via Intl', async () => {
        const el = await mount({ date: '2017-11-14', kind: 'blu-ray', lang: 'de', precision: 'second' });
        expect(count(el)).to.equal('12 Tage, 4 Stunden, 33 Minuten und 9 Sekunden');
        expect(part(el, 'date')).to.equal('14. November 2017');
      });

      it('inherits lang from an ancestor', async () => {
        freeze(NOW);
        const wrap = await fixture<HTMLDivElement>(
          html`<div lang="de"><release-countdown date="2017-11-14" format="compact"></release-countdown></div>`,
        );
        const el = wrap.firstElementChild as ReleaseCountdown;
        await settle(el);
        expect(count(el)).to.equal('12 T, 4h und 33 Min.');
      });

      it('every text can be replaced through strings, {date} stays a <time>', async () => {
        const strings = JSON.stringify({
          before: 'Noch bis zur {label}:',
          sentence: '{label} erscheint in {time}',
          calendar: 'In den Kalender',
          since: '{label} seit {date} erhältlich',
          'blu-ray': 'Blu-ray-Veröffentlichung',
        });
        const el = await mount({ date: '2017-11-14', kind: 'blu-ray', lang: 'de', strings });
        expect(part(el, 'heading')).to.equal('Noch bis zur Blu-ray-Veröffentlichung:');
        expect(shadowText(el, '.sr')).to.equal('Blu-ray-Veröffentlichung erscheint in 12 Tage');
        expect(part(el, 'calendar')).to.equal('In den Kalender');
        const past = await mount({ date: '2017-11-14', kind: 'blu-ray', lang: 'de', strings }, '2018-01-01T00:00:00Z');
        expect(past).shadowDom.to.equal(
          `<div part="base"><p part="status since">Blu-ray-Veröffentlichung seit <time part="date" datetime="2017-11-14">14. November 2017</time> erhältlich</p></div>`,
        );
      });
      it('strings set later re-render texts and the .ics summary', async () => {
        const el = await mount({ date: '2017-11-14', kind: 'blu-ray' });
        el.strings = { calendar: 'Kalender', event: '{label} im Handel' };
        await el.updateComplete;
        expect(part(el, 'calendar')).to.equal('Kalender');
        expect(ics(el)).to.contain('\r\nSUMMARY:Blu-ray im Handel\r\n');
      });
    });

    describe('no layout shift', () => {
      /** Height of the same markup in a frame without the script: the pre-upgrade box. */
      async function preUpgradeHeight(text: string) {
        const css = await (await fetch('/src/components/release-countdown/release-countdown.fallback.css')).text();
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width: 320px; height: 400px; border: 0';
        document.body.append(frame);
        try {
          const doc = frame.contentDocument!;
          const style = doc.createElement('style');
          style.textContent = `body { margin: 0 } ${css}`;
          const el = doc.createElement('release-countdown');
          el.textContent = text;
          doc.head.append(style);
          doc.body.append(el);
          return el.getBoundingClientRect().height;
        } finally {
          frame.remove();
        }
      }

      it('the upgraded element keeps the reserved height in every state', async () => {
        const reserved = await preUpgradeHeight('Blu-ray: November 14, 2017');
        expect(reserved).to.equal(136); // 8.5rem
        const heights = [];
        for (const now of [NOW, '2017-11-15T00:00:00Z', '2018-01-01T00:00:00Z']) {
          const el = await mount({ date: '2017-11-14', kind: 'blu-ray' }, now);
          heights.push(el.getBoundingClientRect().height);
        }
        const empty = await mount({}, NOW, [document.createTextNode('Blu-ray: November 14, 2017')]);
        heights.push(empty.getBoundingClientRect().height);
        expect(heights).to.deep.equal([reserved, reserved, reserved, reserved]);
      });
    });

    it('theme="dark" uses the dark tokens and stays accessible', async () => {
      const el = await mount({ date: '2017-11-14', kind: 'blu-ray', theme: 'dark' });
      const base = q(el, '[part~=base]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(28, 28, 33)');
      expect(getComputedStyle(q(el, '[part~=count]')!).color).to.equal('rgb(255, 143, 133)');
      await accessible(el);
    });
  });
});
