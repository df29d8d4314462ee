import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { watchLd } from '../test/fixtures/offers.js';
import { snippetParameters } from './support.js';

type Args = Record<string, string | number | undefined>;
interface Offer {
  provider: string | { name: string; logo?: string };
  type?: string;
  url: string;
  price?: number;
  currency?: string;
  quality?: string;
  region?: string | string[];
  availabilityStarts?: string;
  availabilityEnds?: string;
  sponsored?: boolean;
  affiliate?: boolean;
}

const DAY = 86_400_000;
const dayFrom = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const logo = (name: string) => `/demo/img/provider-${name}.svg`;

/** Sample offers (example.com shops, made-up prices) for a reader in the US, dated from today. */
const offers = (logos = false): Offer[] => [
  {
    provider: { name: 'Sample Stream', ...(logos ? { logo: logo('stream') } : {}) },
    type: 'subscription',
    url: 'https://stream.example.com/atomic-blonde',
    quality: '4K',
    region: 'US',
  },
  {
    provider: { name: 'Sample Rentals', ...(logos ? { logo: logo('rent') } : {}) },
    type: 'rent',
    url: 'https://rent.example.com/atomic-blonde',
    price: 3.99,
    currency: 'USD',
    quality: 'HD',
    region: 'US',
  },
  {
    provider: { name: 'Sample Shop', ...(logos ? { logo: logo('shop') } : {}) },
    type: 'buy',
    url: 'https://shop.example.com/atomic-blonde',
    price: 14.99,
    currency: 'USD',
    quality: 'HD',
    region: 'US',
    affiliate: true,
  },
  {
    provider: { name: 'Sample Discs', ...(logos ? { logo: logo('discs') } : {}) },
    type: 'buy',
    url: 'https://discs.example.com/atomic-blonde-blu-ray',
    price: 19.99,
    currency: 'USD',
    quality: '4K',
    region: 'US',
    availabilityStarts: dayFrom(12),
    sponsored: true,
  },
  { provider: 'Sample Free TV', type: 'ads', url: 'https://free.example.com/atomic-blonde', region: ['US', 'CA'] },
  { provider: 'Sample Cinemas', type: 'cinema', url: 'https://cinema.example.com/atomic-blonde' },
];

/** Attribute-safe JSON for the snippets: the value goes between single quotes. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
const json = (value: unknown) => JSON.stringify(value);

/** The CMS's plain links: shown before upgrade and without JS, and read as input (a price in the text too). */
const PLAIN: [type: string, href: string, text: string, rel?: string][] = [
  ['rent', 'https://rent.example.com/atomic-blonde', 'Sample Rentals – $3.99'],
  ['buy', 'https://shop.example.com/atomic-blonde', 'Sample Shop – $14.99', 'sponsored'],
];

/** The plain links as DOM nodes. */
function fallback(): Node[] {
  const h2 = document.createElement('h2');
  h2.textContent = 'Where to watch';
  const ul = document.createElement('ul');
  for (const [type, href, text, rel] of PLAIN) {
    const li = document.createElement('li');
    li.dataset.type = type;
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (rel) a.rel = rel;
    li.append(a);
    ul.append(li);
  }
  return [h2, ul];
}

const FALLBACK_MARKUP = `
  <h2>Where to watch</h2>
  <ul>
${PLAIN.map(([type, href, text, rel]) => `    <li data-type="${type}"><a href="${href}"${rel ? ` rel="${rel}"` : ''}>${text}</a></li>`).join('\n')}
  </ul>
`;

/** An element with `args` as attributes (names are attribute names) and optional markup inside. */
function watch(args: Args, inner?: boolean): HTMLElement {
  const el = document.createElement('where-to-watch');
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && value !== '') el.setAttribute(name, String(value));
  }
  if (inner) el.append(...fallback());
  return el;
}

/** The copy-paste markup for `args`. */
function markup(args: Args, inner?: boolean): string {
  const attrs = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (k === 'data' || k === 'strings' ? `${k}='${attr(String(v))}'` : `${k}="${v}"`));
  return `<where-to-watch${attrs.length ? `\n  ${attrs.join('\n  ')}\n` : ''}>${inner ? FALLBACK_MARKUP : ''}</where-to-watch>`;
}

/** A column `width` wide around the story. */
const column = (width: string) => (s: () => unknown) => html`<div style="max-width: ${width}">${s()}</div>`;

type Story = StoryObj<Args>;

const story = (args: Args, extra: Partial<Story> = {}, inner?: boolean): Story => ({
  args,
  render: (a) => watch(a, inner),
  parameters: snippetParameters(markup(args, inner)),
  ...extra,
});

const text = (description: string) => ({ control: 'text' as const, description });

const meta: Meta<Args> = {
  title: 'Elements/where-to-watch',
  component: 'where-to-watch',
  tags: ['autodocs'],
  render: (args) => watch(args),
  decorators: [column('40rem')],
  argTypes: {
    layout: {
      control: 'select',
      options: ['list', 'compact', 'grid'],
      description: 'list (grouped), compact (one line of provider buttons) or grid (grouped tiles).',
    },
    region: text('The reader’s region (ISO 3166); default: the region of the language ("en-US" → US).'),
    checked: text('The day the prices were checked (ISO 8601), shown in the "Prices may change" note.'),
    heading: text('Heading text (default "Where to watch"); empty = no visible heading.'),
    'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'], description: 'Heading level.' },
    'utm-source': text('utm_source added to every link.'),
    'utm-medium': text('utm_medium added to every link.'),
    'utm-campaign': text('utm_campaign added to every link.'),
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Force a colour scheme.' },
    strings: text('JSON object replacing fixed words, e.g. {"heading":"Wo ansehen"}.'),
    data: text('The offers as JSON: a list, or {"offers": […], "checked": "…"}.'),
    jsonld: text('Read page JSON-LD (Movie offers / WatchAction): empty = every script, else a selector.'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Where to stream, rent or buy the film, from the publisher’s own data: no third-party script, iframe ' +
          'or request. Grouped by type, cheapest first, the reader’s region only; sponsored and affiliate links ' +
          'get rel="sponsored noopener" and a visible mark. Clicks and impressions are `watch-offer-click` / ' +
          '`watch-offer-impression` events for the page’s own analytics. Retailers and prices here are samples.',
      },
    },
  },
};
export default meta;

/** Every attribute by hand: try the controls. */
export const Playground: Story = story({
  layout: 'list',
  region: 'US',
  checked: dayFrom(-1),
  'heading-level': '2',
  'utm-source': 'reelkit',
  'utm-medium': 'watch',
  data: json(offers(true)),
});

/**
 * The demo article's offers on November 1, 2017 (the clock is frozen there for this story):
 * Digital HD available now, the Blu-ray a pre-order until November 14.
 */
export const DemoArticle: Story = {
  ...story({
    lang: 'en-US',
    heading: 'Where to watch Atomic Blonde',
    checked: '2017-11-01',
    jsonld: '#atomic-blonde-watch',
  }),
  beforeEach: () => {
    const now = Date.now;
    Date.now = () => Date.UTC(2017, 10, 1, 12);
    return () => void (Date.now = now);
  },
  render: (args) => {
    // The page's schema.org JSON-LD next to the element, which reads it (jsonld="#id").
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.id = 'atomic-blonde-watch';
    ld.textContent = JSON.stringify(watchLd);
    const box = document.createElement('div');
    box.append(ld, watch(args));
    return box;
  },
  parameters: snippetParameters(
    `<script type="application/ld+json" id="atomic-blonde-watch">\n${JSON.stringify(watchLd, null, 2)}\n</script>\n${markup(
      { heading: 'Where to watch Atomic Blonde', checked: '2017-11-01', jsonld: '#atomic-blonde-watch' },
    )}`,
  ),
};

/** Grouped by type (the default layout), with the providers’ logos (the publisher’s own copies). */
export const List: Story = story({ region: 'US', checked: dayFrom(-1), data: json(offers(true)) });

/** One line of provider buttons: for a sidebar or under a review. */
export const Compact: Story = story({ layout: 'compact', region: 'US', data: json(offers()) });

/** Grouped tiles, as many columns as fit. */
export const Grid: Story = story({ layout: 'grid', region: 'US', data: json(offers(true)) }, {}, undefined);

/** Streaming only: no prices, so no "Prices may change" note. */
export const NoPrices: Story = story({ region: 'US', data: json(offers().filter((o) => o.price === undefined)) });

/** One offer from attributes alone: a CMS field per value. */
export const SingleOfferAttributes: Story = story({
  provider: 'Sample Rentals',
  href: 'https://rent.example.com/atomic-blonde',
  type: 'rental',
  price: '3.99',
  currency: 'USD',
  quality: 'HD',
  affiliate: 'affiliate',
});

/** Plain links written inside: they work without JavaScript and are read as input (a price in the text too). */
export const PlainLinks: Story = story({}, {}, true);

/** A reader in Germany: only the offers for DE (and those without a region) show. */
export const OtherRegion: Story = story({
  lang: 'de-DE',
  data: json([
    ...offers(),
    {
      provider: 'Beispiel-Verleih',
      type: 'rent',
      url: 'https://verleih.example.de/atomic-blonde',
      price: 3.99,
      currency: 'EUR',
      region: 'DE',
    },
  ]),
});

/** Forced dark scheme; without it the element follows prefers-color-scheme. */
export const Dark: Story = story({ theme: 'dark', region: 'US', checked: dayFrom(-1), data: json(offers(true)) });

/** Arabic, right to left: words from the Arabic pack, prices from Intl in Arabic. */
export const RightToLeft: Story = {
  ...story({ region: 'US', data: json(offers()) }),
  decorators: [(s) => html`<div lang="ar" dir="rtl">${s()}</div>`],
  parameters: snippetParameters(`<div lang="ar" dir="rtl">\n${markup({ region: 'US', data: json(offers()) })}\n</div>`),
};

/** Bad input: an unsafe link, a negative price, an unknown currency. Each is one console warning; the rest renders. */
export const BadInput: Story = story({
  region: 'US',
  data: json([
    { provider: 'Unsafe', url: 'javascript:alert(1)' },
    { provider: 'Negative', type: 'rent', url: 'https://n.example.com/', price: -3, currency: 'USD' },
    { provider: 'Funny money', type: 'buy', url: 'https://f.example.com/', price: 3, currency: 'XYZ' },
    ...offers().slice(0, 2),
  ]),
});
