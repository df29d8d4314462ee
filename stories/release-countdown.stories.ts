import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { atomicBlonde } from '../test/fixtures/atomic-blonde.js';
import { snippetParameters } from './support.js';

// Dates relative to when the story loads, so "in 12 days" stays in 12 days.
const NOW = Date.now();
const DAY = 86_400_000;
/** A calendar day `days` from today (UTC), as a bare ISO date. */
const dayFrom = (days: number) => new Date(NOW + days * DAY).toISOString().slice(0, 10);
/** An instant `ms` from now, to the second, in UTC. */
const instantFrom = (ms: number) => new Date(Math.floor((NOW + ms) / 1000) * 1000).toISOString().replace('.000', '');
/** "November 14, 2017" for a bare date: the light-DOM fallback text. */
const longDate = (day: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const IN_12_DAYS = dayFrom(12);

/** Attribute-safe JSON for the snippets: the value goes between single quotes. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

type Args = Record<string, string | undefined>;

const NAMES: Args = { digital: 'Digital', streaming: 'Streaming', 'blu-ray': 'Blu-ray', theatrical: 'In cinemas' };

/** The fallback a CMS writes inside: "Blu-ray: <time>November 14, 2017</time>". */
const fallbackText = (args: Args) => {
  const day = (args.date ?? IN_12_DAYS).slice(0, 10);
  return { label: args.label ?? NAMES[args.kind ?? ''] ?? 'Blu-ray', day, text: longDate(day) };
};

function fallbackNode(args: Args): HTMLElement {
  const { label, day, text } = fallbackText(args);
  const p = document.createElement('p');
  const time = document.createElement('time');
  time.dateTime = day;
  time.textContent = text;
  p.append(`${label}: `, time);
  return p;
}

/** A countdown with `args` as attributes (names are attribute names) and the fallback inside. */
function countdown(args: Args): HTMLElement {
  const el = document.createElement('release-countdown');
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && value !== '') el.setAttribute(name, value);
  }
  el.append(fallbackNode(args));
  return el;
}

/** The copy-paste markup for `args`. */
function markup(args: Args): string {
  const { label, day, text } = fallbackText(args);
  const attrs = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (k === 'data' || k === 'strings' ? `${k}='${attr(String(v))}'` : `${k}="${v}"`));
  return `<release-countdown${attrs.length ? `\n  ${attrs.join('\n  ')}\n` : ''}>
  <p>${label}: <time datetime="${day}">${text}</time></p>
</release-countdown>`;
}

type Story = StoryObj<Args>;

/** A story that renders `args` as attributes, with its own snippet. */
const story = (args: Args, extra: Partial<Story> = {}): Story => ({
  args,
  parameters: snippetParameters(markup(args)),
  ...extra,
});

const text = (description: string) => ({ control: 'text' as const, description });
const select = (options: string[], description: string) => ({ control: 'select' as const, options, description });
const UNITS = ['', 'day', 'hour', 'minute', 'second'];

const meta: Meta<Args> = {
  title: 'Elements/release-countdown',
  component: 'release-countdown',
  tags: ['autodocs'],
  render: (args) => countdown(args),
  decorators: [(s) => html`<div style="max-width: 24rem">${s()}</div>`],
  argTypes: {
    date: text('ISO 8601 day ("2017-11-14", a calendar day) or date-time with offset (an instant).'),
    'time-zone': text('IANA zone a day or wall time is meant in; empty = the reader’s zone.'),
    kind: select(
      ['', 'theatrical', 'digital', 'physical', 'streaming', 'tv', 'dvd', 'blu-ray', '4k'],
      'With `date`: the release’s kind. Without: which of the film’s releases to show.',
    ),
    label: text('Name shown for the release ("Digital HD"); default from the kind.'),
    region: text('ISO 3166 region ("US"): describes with `date`, selects without.'),
    format: select(
      ['', 'units', 'compact', 'clock', 'dvd', 'blu-ray', '4k'],
      'units ("12 days, 4 hours"), compact ("12d 4h"), clock ("12:04:33:09"); a disc format describes the release.',
    ),
    precision: select(UNITS, 'Smallest unit shown (default minute).'),
    'largest-unit': select(UNITS, 'Largest unit shown (default day).'),
    'live-for': text('How long "out now" shows after the target: 7d (default), 36h, P7D, 0.'),
    after: select(['', 'since', 'hide'], 'After the out-now window: "available since <date>" or nothing.'),
    theme: select(['', 'light', 'dark'], 'Force a colour scheme.'),
    strings: text('JSON object replacing fixed words, e.g. {"calendar":"In den Kalender"}.'),
    data: text('Releases as JSON: a list, {"releases":[…]}, or one release.'),
    jsonld: text('Read page JSON-LD (Movie releasedEvent): empty = every script, else a CSS selector.'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Counts down to a release in the reader’s own time, then says it is out, then "available since". ' +
          'A bare date is a calendar day starting at midnight in `time-zone` (else the reader’s zone); a ' +
          'date-time with an offset is one instant. All instances share one ticker that sleeps while they are ' +
          'off screen or the page is hidden. Link `dist/reelkit.css` in the page head so a late script shifts nothing.',
      },
    },
  },
};
export default meta;

/** Every attribute by hand: try the controls. */
export const Playground: Story = story({
  date: IN_12_DAYS,
  'time-zone': 'America/Los_Angeles',
  kind: 'blu-ray',
  label: 'Blu-ray',
  region: 'US',
  format: 'units',
  precision: 'minute',
  'largest-unit': 'day',
  'live-for': '7d',
  after: 'since',
});

/** A Blu-ray in 12 days: a calendar day, starting at midnight where the reader is. */
export const UpcomingInDays: Story = story({ date: IN_12_DAYS, kind: 'blu-ray', precision: 'hour' });

/** A digital release in a few hours, as an exact instant. */
export const UpcomingInHours: Story = story({
  date: instantFrom(5 * 3_600_000 + 20 * 60_000),
  kind: 'digital',
  label: 'Digital HD',
});

/** Ninety seconds to go, every second shown (minutes when the reader prefers reduced motion). */
export const UpcomingInSeconds: Story = story({
  date: instantFrom(90_000),
  kind: 'streaming',
  format: 'clock',
  precision: 'second',
});

/** Two days after the release, inside the default 7-day window. */
export const OutNow: Story = story({ date: dayFrom(-2), kind: 'blu-ray' });

/** The reference film’s Blu-ray, long past: "available since". */
export const LongPast: Story = story({ date: '2017-11-14', kind: 'blu-ray', region: 'US' });

/** Long past with `after="hide"`: nothing is shown. */
export const LongPastHidden: Story = story({ date: '2017-11-14', kind: 'blu-ray', after: 'hide' });

/** `format="units"`: words from Intl.DurationFormat. */
export const FormatUnits: Story = story({ date: IN_12_DAYS, kind: 'blu-ray', format: 'units', precision: 'second' });

/** `format="compact"`: "12d 4h 33m 9s". */
export const FormatCompact: Story = story({
  date: IN_12_DAYS,
  kind: 'blu-ray',
  format: 'compact',
  precision: 'second',
});

/** `format="clock"`: "12:04:33:09". */
export const FormatClock: Story = story({ date: IN_12_DAYS, kind: 'blu-ray', format: 'clock', precision: 'second' });

/** `largest-unit="hour"`: "292 hours, 33 minutes". */
export const LargestUnitHour: Story = story({ date: IN_12_DAYS, kind: 'blu-ray', 'largest-unit': 'hour' });

/** The reference film’s three releases, moved around today: in cinemas (past), digital (in 3 days), Blu-ray (in 17). */
const threeReleases = {
  film: {
    name: atomicBlonde.name,
    releases: [
      { kind: 'theatrical', date: dayFrom(-60), region: 'US', label: 'In cinemas' },
      { kind: 'digital', date: dayFrom(3), region: 'US', label: 'Digital HD' },
      { kind: 'physical', format: 'blu-ray', date: dayFrom(17), region: 'US', label: 'Blu-ray' },
    ],
  },
};

/** One `<film-data>`, three countdowns: the next release (no kind), then each by `kind`. */
export const FilmWithThreeReleases: Story = {
  render: () =>
    html`<film-data .data=${threeReleases}>
      <div style="display: grid; gap: 1rem">
        <release-countdown><p>Next release</p></release-countdown>
        <release-countdown kind="theatrical"><p>In cinemas</p></release-countdown>
        <release-countdown kind="blu-ray" precision="hour"><p>Blu-ray</p></release-countdown>
      </div>
    </film-data>`,
  parameters: snippetParameters(`<film-data data='${attr(JSON.stringify(threeReleases))}'>
  <release-countdown><p>Next release</p></release-countdown>
  <release-countdown kind="theatrical"><p>In cinemas</p></release-countdown>
  <release-countdown kind="blu-ray" precision="hour"><p>Blu-ray</p></release-countdown>
</film-data>`),
};

/** Forced dark scheme (`theme="dark"`); without it the element follows prefers-color-scheme. */
export const Dark: Story = story({ date: IN_12_DAYS, kind: 'blu-ray', theme: 'dark', precision: 'second' });

const german = {
  before: 'Noch bis zur {label}:',
  sentence: '{label} in {time}',
  out: '{label}: jetzt erhältlich',
  since: '{label} seit {date} erhältlich',
  calendar: 'In den Kalender',
  event: '{label}',
  'blu-ray': 'Blu-ray-Veröffentlichung',
};

/** `lang="de"`: Intl words and date; `strings` replaces every fixed text. */
export const German: Story = story({
  date: IN_12_DAYS,
  kind: 'blu-ray',
  lang: 'de',
  strings: JSON.stringify(german),
  precision: 'second',
});

/** The release in a child `<script type="application/json">`: no attribute escaping. */
export const ChildScript: Story = {
  render: () => {
    const el = countdown({});
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ kind: 'blu-ray', date: IN_12_DAYS, url: 'https://example.com/buy' });
    el.prepend(script);
    return el;
  },
  parameters: snippetParameters(`<release-countdown>
  <script type="application/json">{"kind":"blu-ray","date":"${IN_12_DAYS}","url":"https://example.com/buy"}</script>
  <p>Blu-ray: <time datetime="${IN_12_DAYS}">${longDate(IN_12_DAYS)}</time></p>
</release-countdown>`),
};

const movieLd = {
  '@context': 'https://schema.org',
  '@type': 'Movie',
  name: 'Atomic Blonde',
  releasedEvent: [{ '@type': 'PublicationEvent', startDate: IN_12_DAYS, name: 'Blu-ray', additionalType: 'blu-ray' }],
};

/** The page’s schema.org Movie JSON-LD (`releasedEvent`). */
export const JsonLd: Story = {
  name: 'JSON-LD',
  render: () => {
    const root = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = 'release-countdown-ld';
    script.textContent = JSON.stringify(movieLd);
    root.append(script, countdown({ jsonld: '#release-countdown-ld' }));
    return root;
  },
  parameters: snippetParameters(`<script type="application/ld+json" id="release-countdown-ld">
${JSON.stringify(movieLd, null, 2)}
</script>

${markup({ jsonld: '#release-countdown-ld' })}`),
};

/** Page styles through public custom properties and ::part. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .brand release-countdown {
          --reelkit-accent: light-dark(#0a6b4f, #7ad9b4);
          --reelkit-radius: 0;
          --reelkit-release-countdown-size: 2.5em;
        }
        .brand release-countdown::part(heading) {
          text-transform: uppercase;
        }
      </style>
      <div class="brand">${countdown({ date: IN_12_DAYS, kind: 'blu-ray', format: 'compact' })}</div>`,
  parameters: snippetParameters(`<style>
  release-countdown {
    --reelkit-accent: light-dark(#0a6b4f, #7ad9b4);
    --reelkit-radius: 0;
    --reelkit-release-countdown-size: 2.5em;
  }
  release-countdown::part(heading) { text-transform: uppercase; }
</style>
${markup({ date: IN_12_DAYS, kind: 'blu-ray', format: 'compact' })}`),
};
