import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import type { ReleaseReachedDetail } from '../../base/events.js';
import type { PhysicalFormat, Release } from '../../data/model.js';
import { isDiscFormat, pickRelease, releaseLabel } from '../../data/releases.js';
import { ownFileUrl } from '../../data/safe-url.js';
import { withTokens } from '../../styles/tokens.js';
import { formatCount, formatWhen, parseSpan, splitDuration, UNIT_MS, UNITS, type Unit } from '../../time/duration.js';
import type { Cadence } from '../../time/ticker.js';
import { VisibleTicksController, type TickNeeds } from '../../controllers/visible-ticks.js';
import { periodEndMs, toDatetimeAttr } from '../../time/when.js';
import { icsEvent } from './ics.js';
import { styles } from './release-countdown.styles.js';

const DISPLAYS = ['units', 'compact', 'clock'] as const;
const AFTER = ['since', 'hide'] as const;

/** `coming`: a year- or month-precision date not yet over ("Coming May 2026"), never counted down. */
type State = 'before' | 'out' | 'since' | 'hide' | 'coming';

interface View {
  state: State;
  /** Visible time left ("12 days, 4 hours"); '' after the target. */
  count: string;
  /** Coarse accessible sentence ("Blu-ray release in 12 days"). */
  sentence: string;
  /** Release, target, label, absolute date and calendar link: one object until one of them or the language changes. */
  when: When;
  cadence?: Cadence;
}

/** What every countdown to one event in one language shows alike: `date` "November 14, 2017 at 7:00 PM". */
type Shared = Record<'date' | 'datetime' | 'href' | 'download', string>;

/** One element's: `ms` is the target instant (epoch ms); its words ("Blu-ray release in", "Add to calendar"). */
type When = Shared &
  Record<'label' | 'heading' | 'calendar', string> & { release: Release; ms: number; locale?: string; words: number };

/** The dates and "Add to calendar" links made on this page, by event and language (see dateAndCalendar). */
const events = new Map<string, Shared>();

/** Equal views render the same: a tick that changes neither re-renders nothing. */
const same = (a?: View, b?: View) =>
  a === b || (a && b && a.state === b.state && a.count === b.count && a.sentence === b.sentence && a.when === b.when);

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
 * @fires {CustomEvent<ReleaseReachedDetail>} release-reached - Once per release when its target time has passed (also when the page opens after it). detail: {release}
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
  static override styles = withTokens(styles);
  static override wordsName = 'release-countdown';

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
    coming: 'Coming {date}',
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
  @property() format: (typeof DISPLAYS)[number] | PhysicalFormat = 'units';

  /** Smallest unit shown: day, hour, minute or second. */
  @property() precision: Unit = 'minute';

  /** Largest unit shown: day, hour, minute or second ("292 hours" with hour). */
  @property({ attribute: 'largest-unit' }) largestUnit: Unit = 'day';

  /** How long "out now" shows after the target: "7d", "36h", "90m", "P7D"; "0" skips it. */
  @property({ attribute: 'live-for' }) liveFor = '7d';

  /** After the "out now" window: `since` ("available since <date>") or `hide`. (Element.after() is a DOM method.) */
  @property({ attribute: 'after' }) afterLive: (typeof AFTER)[number] = 'since';

  protected readonly recordType = 'release' as const;

  private view?: View;
  private next?: View;
  /** How the ticking controller reads a countdown (one object for all of them). */
  private static tickNeeds: TickNeeds<ReleaseCountdown> = {
    cadence: (c) => c.view?.cadence,
    tick: (c, t) => c.tick(t),
  };
  private readonly ticks = new VisibleTicksController(this, ReleaseCountdown.tickNeeds);
  private reached?: Set<string>; // releases `release-reached` was fired for; made on the first
  private memo?: When;

  /** Attribute-defined releases are checked as `releases[0]`; warnings name the attribute instead. */
  protected override fieldName(path: string): string {
    return this.date ? path.replace(/^releases\[0\]\./, '').replace('timeZone', 'time-zone') : path;
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
    // A tick's view is used unless an input or the words changed since it was made.
    const next = this.next;
    this.view = next && !changed.size && next.when.words === this.wordsVersion ? next : this.compute(Date.now());
    this.next = undefined;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const v = this.view;
    if (!v || v.state === 'before' || v.state === 'coming') return; // (no key string per tick)
    const { ms, release } = v.when;
    const key = `${ms}|${release.kind}|${release.format}`;
    if (this.reached?.has(key)) return;
    (this.reached ??= new Set()).add(key);
    this.emit<ReleaseReachedDetail>('release-reached', { release });
  }

  /** A tick re-renders only when the visible or spoken text changed. */
  private tick(now: number): void {
    const v = this.compute(now);
    if (same(v, this.view)) return;
    this.next = v;
    this.requestUpdate();
  }

  /** `format` when it names a disc format, not a display. */
  private disc(): string | undefined {
    return isDiscFormat(this.format) ? this.format : undefined;
  }

  /** The "out now" window in ms; a value that is not a span warns and counts as 7 days. */
  private liveWindow(): number {
    const span = parseSpan(this.liveFor ?? '');
    if (span === undefined) this.report('live-for', `"${this.liveFor}" is not a duration (e.g. 7d, 36h, P7D)`);
    return span ?? 7 * UNIT_MS.day;
  }

  private compute(now: number): View | undefined {
    const all = this.model?.releases;
    if (!all) return undefined;
    // Attribute-defined (`date`): the one release is the model; kind/format/region describe it.
    const wanted = this.date
      ? {}
      : { kind: this.kind, format: this.disc(), region: this.region, reader: this.readerRegion };
    const live = this.liveWindow();
    const picked = pickRelease(all, wanted, now, live, this.report);
    if (!picked) return undefined;
    const { ms, release } = picked;
    const end = periodEndMs(release.date, release.timeZone);
    const state: State =
      end !== undefined && now < end
        ? 'coming'
        : picked.phase === 'after'
          ? this.choice('after', this.afterLive, AFTER, 'since')
          : picked.phase;
    const label = releaseLabel(this.label, this.report) || release.label || this.t(release.format ?? release.kind);
    const counting = state === 'before' ? this.countdown(ms, now, label) : undefined;
    // The ticker fires on UTC minute boundaries; a target off them needs seconds.
    const cadence = counting?.cadence ?? (state === 'out' ? ((ms + live) % 60_000 ? 'second' : 'minute') : undefined);
    const when = this.dateAndCalendar(release, ms, label, now);
    const { count = '', sentence = '' } = counting ?? {};
    return { state, count, sentence, when, cadence };
  }

  /** The visible count, the spoken sentence and the cadence they change at, for `left` ms. */
  private countdown(ms: number, now: number, label: string): { count: string; sentence: string; cadence: Cadence } {
    const left = ms - now;
    const locale = this.locale;
    const display = this.disc() ? 'units' : this.choice('format', this.format, DISPLAYS, 'units');
    let precision = this.choice('precision', this.precision, UNITS, 'minute');
    // Reduced motion: no digits changing every second.
    if (this.ticks.reducedMotion && precision === 'second') precision = 'minute';
    const largest = this.choice('largest-unit', this.largestUnit, UNITS, 'day');
    const count = formatCount(splitDuration(left, largest, precision), locale, display);
    // The spoken sentence names only the largest unit, rounded up to whole minutes,
    // so it changes daily, then hourly, then each minute: never every second.
    const coarse = splitDuration(Math.ceil(left / 60_000) * 60_000, 'day', 'minute');
    const unit: Unit = UNITS.find((u) => coarse[u]) ?? 'minute';
    const sentence = this.t('sentence', { label, time: formatCount({ [unit]: coarse[unit] }, locale, 'units') });
    return { count, sentence, cadence: precision === 'second' || ms % 60_000 ? 'second' : 'minute' };
  }

  /**
   * The absolute date, the .ics link and the heading: worked out once per release,
   * language and label, not per tick. Many countdowns to one release share one date
   * text and one link, made once per page (the file's DTSTAMP is the first one's): the
   * key is everything they are made of but `now`.
   */
  private dateAndCalendar(release: Release, ms: number, label: string, now: number): When {
    const { locale, memo } = this;
    const words = this.wordsVersion;
    if (
      memo?.release === release &&
      memo.ms === ms &&
      memo.label === label &&
      memo.locale === locale &&
      memo.words === words
    )
      return memo;
    const film = this.article?.film?.name;
    const summary = `${film ? `${film}: ` : ''}${this.t('event', { label })}`;
    const url = /^https?:/i.test(release.url ?? '') ? release.url : undefined;
    // The date text is the reader's wall time at `ms`: their offset then is part of it.
    const key = JSON.stringify([ms, new Date(ms).getTimezoneOffset(), locale, label, summary, url, release]);
    let shared = events.get(key);
    if (!shared) {
      if (events.size > 100) events.clear();
      shared = {
        date: formatWhen(release.date, locale, { timeZone: release.timeZone, time: true }),
        datetime: toDatetimeAttr(release.date, release.timeZone),
        // Built by us from checked data: the allow-list's one sanctioned exception.
        href: ownFileUrl(icsEvent(release, ms, summary, now, url)),
        download: `${label}.ics`,
      };
      events.set(key, shared);
    }
    const heading = this.t('before', { label });
    return (this.memo = { ...shared, heading, calendar: this.t('calendar'), release, ms, label, locale, words });
  }

  override render() {
    const view = this.view;
    if (!view) return html`<slot></slot>`;
    if (view.state === 'hide') return nothing;
    return view.state === 'before' ? this.renderCounting(view) : this.renderStatus(view);
  }

  /** Before the release: heading, count, spoken sentence, date, calendar link. */
  private renderCounting(view: View) {
    // No whitespace between these tags (Prettier would add it, and scripts/tidy-templates.mjs
    // keeps a line break between inline spans as a space): no text node each, per countdown.
    // prettier-ignore
    return html`<div part="base"
      ><div part="timer" role="timer"
        ><span part="heading" aria-hidden="true">${view.when.heading}</span
        ><span part="count" aria-hidden="true">${view.count}</span
        ><span class="sr">${view.sentence}</span></div
      ><div part="footer"
        ><time part="date" datetime=${view.when.datetime}>${view.when.date}</time
        ><a part="calendar" href=${view.when.href} download=${view.when.download}>${view.when.calendar}</a></div
      ></div
    >`;
  }

  /** "Out now" or "available since {date}"; the date stays a <time> wherever the words put it. */
  private renderStatus(view: View) {
    const time = html`<time part="date" datetime=${view.when.datetime}>${view.when.date}</time>`;
    const [before, after] = this.t(view.state, { label: view.when.label }).split('{date}');
    return html`<div part="base">
      <p part="status ${view.state}">${before}${after === undefined ? nothing : html`${time}${after}`}</p>
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
