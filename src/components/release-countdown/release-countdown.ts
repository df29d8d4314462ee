import { ownFileUrl } from '../../data/safe-url.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import { oneOf, text } from '../../data/fields.js';
import type { Release } from '../../data/model.js';
import { release as releaseSpec } from '../../data/records.js';
import { tokens } from '../../styles/tokens.js';
import {
  formatClock,
  formatDuration,
  formatWhen,
  splitDuration,
  UNIT_MS,
  UNITS,
  type Parts,
  type Unit,
} from '../../time/duration.js';
import { subscribe, type Cadence } from '../../time/ticker.js';
import { parseIsoDuration, toDatetimeAttr, toEpochMs } from '../../time/when.js';
import { icsEvent } from './ics.js';
import { styles } from './release-countdown.styles.js';

const DISPLAYS = ['units', 'compact', 'clock'] as const;
/** `format` values that name the release's disc format rather than a display. */
const DISC = /^(dvd|blu[- ]?ray|4k|uhd|4k uhd)$/i;

type State = 'before' | 'out' | 'since' | 'hide';

interface View {
  release: Release;
  /** Target instant, epoch ms. */
  ms: number;
  state: State;
  label: string;
  /** Visible time left ("12 days, 4 hours"); '' after the target. */
  count: string;
  /** Coarse accessible sentence ("Blu-ray release in 12 days"). */
  sentence: string;
  date: string;
  datetime: string;
  href: string;
  cadence?: Cadence;
  key: string;
}

/** Count and sentence texts; formatDuration caches, so equal countdowns format once a tick. */
function words(parts: Parts, locale: string | undefined, display: string): string {
  return display === 'clock'
    ? formatClock(parts, locale)
    : formatDuration(parts, locale, display === 'compact' ? 'narrow' : 'long');
}

/** "7d", "36h", "90m", "45s", a bare number (days), or ISO 8601 "P7D" / "PT36H"; in ms. */
function parseSpan(value: string): number | undefined {
  const m = /^(\d{1,6}(?:\.\d+)?)\s*([dhms]?)$/i.exec(value.trim());
  // indexOf('') is 0: a bare number counts in days.
  if (m) return Number(m[1]) * UNIT_MS[UNITS['dhms'.indexOf(m[2]!.toLowerCase())]!];
  const seconds = parseIsoDuration(value);
  return seconds === undefined ? undefined : seconds * 1000;
}

/**
 * Counts down to a film's release in the reader's own time, then says it is out.
 *
 * A bare `date` ("2017-11-14") is a calendar day: it starts at midnight in `time-zone`,
 * or in the reader's zone when none is given, and is shown as that same day to every
 * reader. A date-time with an offset is one exact instant. Without `date` the element
 * reads a film's releases (JSON, `<film-data>`, JSON-LD) and shows the one named by
 * `kind`/`format`/`region`, else the next one not yet past its "out now" window, else
 * the latest. All instances share one ticker, tick only while on screen and visible,
 * and re-render only when their text changes.
 *
 * @summary Release countdown for a film (cinema, digital, Blu-ray…) with an .ics link.
 * @fires release-reached - Once per release when its target time has passed (also when the page opens after it). detail: {release}
 * @slot - Fallback text ("Blu-ray: November 14, 2017") shown before upgrade, without JS and without data.
 * @csspart base - The box around everything.
 * @csspart timer - The role="timer" wrapper of heading and count.
 * @csspart heading - "Blu-ray release in".
 * @csspart count - The time left ("12 days, 4 hours").
 * @csspart date - The absolute date, a <time datetime>.
 * @csspart footer - The line with the date and the calendar link.
 * @csspart calendar - The "Add to calendar" link (.ics download).
 * @csspart status - "Blu-ray out now" / "Blu-ray available since …"; also has part `out` or `since`.
 * @cssprop --reelkit-release-countdown-min-height - Height reserved before and after upgrade (8.5rem).
 * @cssprop --reelkit-release-countdown-size - Font size of the count and status (1.5em).
 * @cssprop --reelkit-accent - Colour of the count and the link.
 * @cssprop --reelkit-color-muted - Colour of heading and date.
 * @cssprop --reelkit-color-surface - Background.
 * @cssprop --reelkit-color-border - Border colour.
 * @cssprop --reelkit-radius - Corner radius.
 * @cssprop --reelkit-space - Padding.
 * @cssprop --reelkit-font - Font family.
 * @cssprop --reelkit-heading-font - Font family of the count.
 * @tag release-countdown
 */
export class ReleaseCountdown extends DataElement<'release'> {
  static override styles = [tokens, styles];

  static override attributeFields = {
    date: 'date',
    timeZone: 'timeZone',
    kind: 'kind',
    label: 'label',
    region: 'region',
    format: 'format',
  };

  static override defaultStrings: Record<string, string> = {
    before: '{label} release in',
    sentence: '{label} release in {time}',
    out: '{label} out now',
    since: '{label} available since {date}',
    calendar: 'Add to calendar',
    event: '{label} release',
    theatrical: 'Cinema',
    digital: 'Digital',
    physical: 'DVD & Blu-ray',
    streaming: 'Streaming',
    tv: 'TV',
    dvd: 'DVD',
    'blu-ray': 'Blu-ray',
    '4k': '4K Ultra HD',
  };

  private static io?: IntersectionObserver;

  /** ISO 8601 day ("2017-11-14") or date-time ("2017-11-14T19:00-05:00"); defines the release. */
  @property() date?: string;

  /** IANA zone a day or wall time is meant in ("America/New_York"); absent = the reader's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** theatrical, digital, physical, streaming, tv, or dvd / blu-ray / 4k: defines with `date`, else selects. */
  @property() kind?: string;

  /** Name shown for the release ("Digital HD"); default: the kind's name from `strings`. */
  @property() label?: string;

  /** ISO 3166 region ("US"): defines with `date`, else selects. */
  @property() region?: string;

  /** units ("12 days, 4 hours"), compact ("12d 4h") or clock ("12:04:33:09"); dvd, blu-ray or 4k name the release's disc format instead. */
  @property() format = 'units';

  /** Smallest unit shown: day, hour, minute or second. */
  @property() precision = 'minute';

  /** Largest unit shown: day, hour, minute or second ("292 hours" with hour). */
  @property({ attribute: 'largest-unit' }) largestUnit = 'day';

  /** How long "out now" shows after the target: "7d", "36h", "90m", "P7D"; "0" skips it. */
  @property({ attribute: 'live-for' }) liveFor = '7d';

  /** After the "out now" window: `since` ("available since <date>") or `hide`. (Element.after() is a DOM method.) */
  @property({ attribute: 'after' }) afterLive = 'since';

  protected readonly recordType = 'release' as const;

  private view?: View;
  private next?: View;
  private cadence?: Cadence;
  private unsubscribe?: () => void;
  private onScreen = false;
  private still = false;
  private reached = new Set<string>();
  private timed?: { of: Release[]; list: [number, Release][] };
  private memo?: { key: string; date: string; href: string };

  // Attribute-defined releases are checked as `releases[0]`; name the attribute instead.
  private baseReport = this.report;
  protected override report = (path: string, reason: string): void =>
    this.baseReport(this.date ? path.replace(/^releases\[0\]\./, '').replace('timeZone', 'time-zone') : path, reason);

  override connectedCallback(): void {
    super.connectedCallback();
    this.still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    (ReleaseCountdown.io ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        const el = e.target as ReleaseCountdown;
        el.onScreen = e.isIntersecting;
        el.sync();
      }
    })).observe(this);
    document.addEventListener('visibilitychange', this.sync);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    ReleaseCountdown.io?.unobserve(this);
    document.removeEventListener('visibilitychange', this.sync);
    this.onScreen = false;
    this.sync();
  }

  protected override attributeInput(): Record<string, unknown> | undefined {
    if (!this.date) return undefined;
    const { date, timeZone, kind, label, region } = this;
    return { releases: [{ date, timeZone, kind, label, region, format: this.disc() }] };
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A tick changes nothing but the clock; any input change (strings, data) rebuilds all.
    if (changed.size) this.memo = undefined;
    this.view = this.next && !changed.size ? this.next : this.compute(Date.now());
    this.next = undefined;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const v = this.view;
    const key = v && `${v.ms}|${v.release.kind}|${v.release.format}`;
    if (key && v.state !== 'before' && !this.reached.has(key)) {
      this.reached.add(key);
      this.dispatchEvent(
        new CustomEvent('release-reached', { detail: { release: v.release }, bubbles: true, composed: true }),
      );
    }
    this.sync();
  }

  /** Subscribes at the cadence the view needs while connected, on screen and the page visible. */
  private sync = (): void => {
    const cadence = this.onScreen && document.visibilityState !== 'hidden' ? this.view?.cadence : undefined;
    if (cadence === this.cadence) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.cadence = cadence;
    if (cadence) {
      this.unsubscribe = subscribe(cadence, this.tick);
      this.tick(Date.now()); // catch up at once after being hidden or off screen
    }
  };

  private tick = (now: number): void => {
    const v = this.compute(now);
    if (v?.key !== this.view?.key) {
      this.next = v;
      this.requestUpdate();
    }
  };

  /** An enum attribute's value, or `fallback` with one warning. */
  private opt<T extends string>(name: string, value: string | null | undefined, values: readonly T[], fallback: T): T {
    return (value ? oneOf(values)(value, name, this.report) : undefined) ?? fallback;
  }

  /** `format` when it names a disc format, not a display. */
  private disc(): string | undefined {
    return this.format && DISC.test(this.format) ? this.format : undefined;
  }

  private compute(now: number): View | undefined {
    const all = this.model?.releases;
    if (!all) return undefined;
    if (this.timed?.of !== all) {
      this.timed = {
        of: all,
        list: all.map((r): [number, Release] => [toEpochMs(r.date, r.timeZone), r]).sort((a, b) => a[0] - b[0]),
      };
    }
    let list = this.timed.list;
    if (!this.date && (this.kind || this.disc() || this.region)) {
      // The release spec's aliases: "blu-ray" is kind physical + format blu-ray, "cinema" theatrical…
      let badKind = false;
      const want = releaseSpec(
        { date: '2000-01-01', kind: this.kind || undefined, format: this.disc() },
        '',
        (p, r) => {
          badKind ||= p === 'kind';
          this.report(p, r);
        },
      )!;
      const kind = this.kind && !badKind ? want.kind : undefined;
      const region = this.region?.toLowerCase();
      list = list.filter(
        ([, r]) =>
          (!kind || r.kind === kind) &&
          (!want.format || r.format === want.format) &&
          (!region || r.region?.toLowerCase() === region),
      );
      if (!list.length) {
        this.report('releases', `none matches ${[this.kind, this.disc(), this.region].filter(Boolean).join(' ')}`);
        return undefined;
      }
    }

    const span = parseSpan(this.liveFor ?? '');
    if (span === undefined) this.report('live-for', `"${this.liveFor}" is not a duration (e.g. 7d, 36h, P7D)`);
    const live = span ?? 7 * UNIT_MS.day;
    const [ms, release] = list.find(([t]) => t + live > now) ?? list[list.length - 1]!;
    const state: State =
      now < ms ? 'before' : now < ms + live ? 'out' : this.opt('after', this.afterLive, ['since', 'hide'], 'since');
    const own = this.label ? text(120)(this.label, 'label', this.report) : undefined;
    const label = own || release.label || this.t(release.format ?? release.kind);
    const locale = this.locale;

    let count = '';
    let sentence = '';
    let cadence: Cadence | undefined;
    if (state === 'before') {
      const left = ms - now;
      const display = this.disc() ? 'units' : this.opt('format', this.format, DISPLAYS, 'units');
      let precision = this.opt('precision', this.precision, UNITS, 'minute');
      // Reduced motion: no digits changing every second.
      if (this.still && precision === 'second') precision = 'minute';
      const largest = this.opt('largest-unit', this.largestUnit, UNITS, 'day');
      const parts = splitDuration(left, largest, precision);
      count = words(parts, locale, display);
      // The spoken sentence names only the largest unit, rounded up to whole minutes,
      // so it changes daily, then hourly, then each minute: never every second.
      const coarse = splitDuration(Math.ceil(left / 60_000) * 60_000, 'day', 'minute');
      const unit: Unit = UNITS.find((u) => coarse[u]) ?? 'minute';
      sentence = this.t('sentence', { label, time: words({ [unit]: coarse[unit] }, locale, 'units') });
      // The ticker fires on UTC minute boundaries; a target off them needs seconds.
      cadence = precision === 'second' || ms % 60_000 ? 'second' : 'minute';
    } else if (state === 'out') {
      cadence = (ms + live) % 60_000 ? 'second' : 'minute';
    }

    const memoKey = `${ms}|${locale}|${label}`;
    if (this.memo?.key !== memoKey) {
      const date = formatWhen(release.date, locale, { timeZone: release.timeZone, time: true });
      const film = this.article?.film?.name;
      const summary = `${film ? `${film}: ` : ''}${this.t('event', { label })}`;
      const url = /^https?:/i.test(release.url ?? '') ? release.url : undefined;
      // Built by us from checked data: the allow-list's one sanctioned exception.
      const href = ownFileUrl(icsEvent(release, ms, summary, now, url));
      this.memo = { key: memoKey, date, href };
    }
    const { date, href } = this.memo;
    return {
      release,
      ms,
      state,
      label,
      count,
      sentence,
      date,
      datetime: toDatetimeAttr(release.date, release.timeZone),
      href,
      cadence,
      key: `${state}|${count}|${sentence}|${memoKey}`,
    };
  }

  override render() {
    const v = this.view;
    if (!v) return html`<slot></slot>`;
    if (v.state === 'hide') return nothing;
    const time = html`<time part="date" datetime=${v.datetime}>${v.date}</time>`;
    if (v.state === 'before') {
      return html`<div part="base">
        <div part="timer" role="timer">
          <span part="heading" aria-hidden="true">${this.t('before', { label: v.label })}</span>
          <span part="count" aria-hidden="true">${v.count}</span>
          <span class="sr">${v.sentence}</span>
        </div>
        <div part="footer">
          ${time}<a part="calendar" href=${v.href} download="${v.label}.ics">${this.t('calendar')}</a>
        </div>
      </div>`;
    }
    // "{date}" may sit anywhere in the sentence; the date stays a <time> wherever it is.
    const [before, after] = this.t(v.state, { label: v.label }).split('{date}');
    return html`<div part="base">
      <p part="status ${v.state}">${before}${after === undefined ? nothing : html`${time}${after}`}</p>
      ${after === undefined ? html`<div part="footer">${time}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'release-countdown': ReleaseCountdown;
  }
  interface GlobalEventHandlersEventMap {
    'release-reached': CustomEvent<{ release: Release }>;
  }
}
