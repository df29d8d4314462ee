import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { relatedStories } from '../test/fixtures/atomic-blonde.js';
import { snippetParameters } from './support.js';

type Args = Record<string, string | number | undefined>;
interface Item {
  headline: string;
  url: string;
  articleSection?: string;
  datePublished?: string;
  author?: string;
  sponsored?: boolean;
  image?: { url: string; alt?: string; width?: number; height?: number };
}

const THUMB = { url: '/demo/img/featurette.svg', alt: '', width: 640, height: 360 };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const HEADLINES: [string, string][] = [
  ["Avengers: Endgame Won't Change Guardians of the Galaxy 3's Script", 'Marvel'],
  ['Deadpool 2 wraps filming with David Leitch directing', 'Production'],
  ['Charlize Theron on learning the stairwell fight in eight weeks', 'Interview'],
  ['The Coldest City: the graphic novel behind Atomic Blonde', 'Books'],
  ['Berlin 1989 on screen: ten Cold War thrillers to watch', 'Lists'],
  ["Atomic Blonde's soundtrack, song by song", 'Music'],
  ['John Wick co-director Leitch on the long take', 'Craft'],
  ['Blu-ray review: Atomic Blonde looks sharper than ever', 'Home video'],
];

/** Eight stories with thumbnails, sections and recent dates. */
const eight = (image = true): Item[] =>
  HEADLINES.map(([headline, articleSection], i) => ({
    headline,
    url: `https://example.com/news/story-${i + 1}`,
    articleSection,
    datePublished: daysAgo(i * 3 + 1),
    ...(i % 3 === 1 ? { author: 'Reelkit staff' } : {}),
    ...(image ? { image: THUMB } : {}),
  }));

const RTL_ITEMS: Item[] = [
  { headline: 'مراجعة: أتوميك بلوند بنسخة بلو-راي', articleSection: 'فيديو منزلي', datePublished: daysAgo(1) },
  { headline: 'تشارليز ثيرون عن مشهد الدرج الطويل', articleSection: 'مقابلة', datePublished: daysAgo(4) },
  { headline: 'برلين ١٩٨٩ على الشاشة: عشرة أفلام تجسس', articleSection: 'قوائم', datePublished: daysAgo(9) },
  { headline: 'ديفيد ليتش يتحدث عن اللقطة الطويلة', articleSection: 'صناعة الأفلام', datePublished: daysAgo(20) },
].map((item, i) => ({ ...item, url: `https://example.com/ar/news/${i + 1}`, image: THUMB }));

/** Attribute-safe JSON for the snippets: the value goes between single quotes. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
const json = (items: Item[]) => JSON.stringify(items);

/** The CMS's plain links, as DOM nodes: shown before upgrade and read as input. */
function fallbackList(items: readonly Item[]): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.headline;
    li.append(a);
    if (item.datePublished) {
      const time = document.createElement('time');
      time.dateTime = item.datePublished;
      time.textContent = item.datePublished;
      li.append(' ', time);
    }
    ul.append(li);
  }
  return ul;
}

const fallbackMarkup = (items: readonly Item[]) =>
  `\n  <ul>\n${items
    .map((i) => {
      const time = i.datePublished ? ` <time datetime="${i.datePublished}">${i.datePublished}</time>` : '';
      return `    <li><a href="${i.url}">${i.headline}</a>${time}</li>`;
    })
    .join('\n')}\n  </ul>\n`;

/** An element with `args` as attributes (names are attribute names) and optional plain links inside. */
function links(args: Args, inner?: readonly Item[]): HTMLElement {
  const el = document.createElement('related-links');
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && value !== '') el.setAttribute(name, String(value));
  }
  if (inner) el.append(fallbackList(inner));
  return el;
}

/** The copy-paste markup for `args`. */
function markup(args: Args, inner?: readonly Item[]): string {
  const attrs = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (k === 'data' || k === 'strings' ? `${k}='${attr(String(v))}'` : `${k}="${v}"`));
  return `<related-links${attrs.length ? `\n  ${attrs.join('\n  ')}\n` : ''}>${inner ? fallbackMarkup(inner) : ''}</related-links>`;
}

/** A column `width` wide around the story. */
const column = (width: string) => (s: () => unknown) => html`<div style="max-width: ${width}">${s()}</div>`;

type Story = StoryObj<Args>;

const story = (args: Args, extra: Partial<Story> = {}): Story => ({
  args,
  parameters: snippetParameters(markup(args)),
  ...extra,
});

const text = (description: string) => ({ control: 'text' as const, description });

const meta: Meta<Args> = {
  title: 'Elements/related-links',
  component: 'related-links',
  tags: ['autodocs'],
  render: (args) => links(args),
  decorators: [column('60rem')],
  argTypes: {
    layout: {
      control: 'select',
      options: ['list', 'grid', 'carousel', 'compact'],
      description: 'List, grid, carousel or compact (text only).',
    },
    max: { control: { type: 'number', min: 0, max: 200 }, description: 'Stories shown before "Show more"; 0 = all.' },
    heading: text('Heading text (default "Related stories"); empty = no visible heading.'),
    'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'], description: 'Heading level.' },
    'utm-source': text('utm_source added to every link.'),
    'utm-medium': text('utm_medium added to every link.'),
    'utm-campaign': text('utm_campaign added to every link.'),
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Force a colour scheme.' },
    strings: text('JSON object replacing fixed words, e.g. {"heading":"Mehr zum Thema"}.'),
    data: text('The stories as JSON: a list, or {"items": […]}.'),
    jsonld: text('Read page JSON-LD (ItemList / NewsArticle relatedLink): empty = every script, else a selector.'),
  },
  parameters: {
    docs: {
      description: {
        component:
          "The publisher's own related stories, with no third-party script: a list, grid, carousel or compact " +
          'text list. Plain links written inside work without JavaScript, are crawlable, and become cards when ' +
          'the script loads. Clicks and impressions are `related-link-click` / `related-link-impression` events ' +
          'for the page’s own analytics.',
      },
    },
  },
};
export default meta;

/** Every attribute by hand: try the controls. */
export const Playground: Story = story({
  layout: 'grid',
  max: 6,
  heading: 'More on Atomic Blonde',
  'heading-level': '2',
  'utm-source': 'reelkit',
  'utm-medium': 'related',
  'utm-campaign': '',
  data: json(eight()),
});

/** The reference article's two related stories, written as plain links: no attributes, no JSON. */
export const ReferenceArticle: Story = {
  render: () => links({}, relatedStories),
  parameters: snippetParameters(markup({}, relatedStories)),
};

/** Eight stories, thumbnail beside the text (the default layout). */
export const List: Story = story({ layout: 'list', data: json(eight()) });

/** Eight stories as cards: 1–4 columns by the element's own width (container queries). */
export const Grid: Story = story({ layout: 'grid', data: json(eight()) });

/** Eight stories in a scroll-snap row with previous/next buttons; arrow keys, Home and End move between stories. */
export const Carousel: Story = story({ layout: 'carousel', data: json(eight()) });

/** Eight stories as text only, for sidebars. */
export const Compact: Story = story({ layout: 'compact', data: json(eight()) }, { decorators: [column('22rem')] });

/** No story has a thumbnail: no empty boxes are drawn. */
export const NoImages: Story = story({ layout: 'grid', data: json(eight(false)) });

/** A paid placement: a visible "Sponsored" label and rel="sponsored" on its link. */
export const Sponsored: Story = story({
  layout: 'grid',
  data: json([
    ...eight().slice(0, 2),
    {
      headline: 'Win a 4K Atomic Blonde box set',
      url: 'https://partner.example.net/atomic-blonde-4k',
      articleSection: 'Competition',
      author: 'Partner content',
      sponsored: true,
      image: THUMB,
    },
  ]),
});

/** Four stories, then "Show more"; the first new story gets focus. */
export const ShowMore: Story = story({ layout: 'list', max: 4, data: json(eight()) });

/** Forced dark scheme; without it the element follows prefers-color-scheme. */
export const Dark: Story = story({ theme: 'dark', layout: 'grid', data: json(eight()) });

/** Arabic, right to left: dates from Intl in Arabic, the carousel scrolls and steps the other way. */
export const RightToLeft: Story = {
  args: { layout: 'carousel', heading: 'قصص ذات صلة', data: json(RTL_ITEMS) },
  decorators: [(s) => html`<div lang="ar" dir="rtl">${s()}</div>`],
  parameters: snippetParameters(
    `<div lang="ar" dir="rtl">\n${markup({ layout: 'carousel', heading: 'قصص ذات صلة', data: json(RTL_ITEMS) })}\n</div>`,
  ),
};
