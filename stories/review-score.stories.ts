import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { sampleReview } from '../test/fixtures/review.js';
import { snippetParameters, storyOf, textArg } from './support.js';

type Args = Record<string, string | undefined>;

/** Attribute-safe text for the snippets. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The fallback a CMS writes inside: the verdict as plain text, shown before upgrade and without JavaScript. */
const FALLBACK = 'Our verdict: 3.5/5 — Stylish, brutal and ice-cold';

/** A review with `args` as attributes (names are attribute names) and the fallback inside. */
function review(args: Args): HTMLElement {
  const el = document.createElement('review-score');
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && value !== '') el.setAttribute(name, value);
  }
  const p = document.createElement('p');
  p.textContent = FALLBACK;
  el.append(p);
  return el;
}

/** The copy-paste markup for `args`. */
function markup(args: Args): string {
  const attrs = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `  ${k}="${attr(String(v))}"`);
  return `<review-score\n${attrs.join('\n')}\n>\n  <p>${FALLBACK}</p>\n</review-score>`;
}

/** Article paragraphs around the story, so every layout is seen in context. */
const article = (s: () => unknown) =>
  html`<div style="max-width: 44rem; line-height: 1.6">
    <p>
      David Leitch's <em>Atomic Blonde</em> sends Charlize Theron into Berlin in November 1989, days before the Wall
      comes down, to recover a list of double agents.
    </p>
    ${s()}
    <p>It is out on Digital HD now and on Blu-ray from November 14.</p>
  </div>`;

type Story = StoryObj<Args>;

/** The sample review (critic and publication are obvious samples) as attributes. */
const BASE: Args = {
  rating: String(sampleReview.ratingValue),
  'best-rating': String(sampleReview.bestRating),
  headline: sampleReview.headline,
  excerpt: sampleReview.reviewBody,
  pros: sampleReview.pros.join('\n'),
  cons: sampleReview.cons.join('\n'),
  author: sampleReview.author.name,
  publisher: sampleReview.publisher.name,
  date: sampleReview.datePublished,
  url: sampleReview.url,
  film: sampleReview.itemReviewed.name,
};

const story = storyOf<Args, Story>((args) => markup(args));
const text = textArg;

const meta: Meta<Args> = {
  title: 'Elements/review-score',
  component: 'review-score',
  tags: ['autodocs'],
  render: (args) => review(args),
  decorators: [article],
  argTypes: {
    rating: text('The score: "3.5", "8", "82".'),
    'best-rating': text('Top of the scale; default 5 up to 5, 10 up to 10, else 100.'),
    'worst-rating': text('Bottom of the scale (default 0).'),
    headline: text('The verdict, one line.'),
    excerpt: text('An excerpt of the review.'),
    pros: text('Pros, one per line.'),
    cons: text('Cons, one per line.'),
    author: text('The critic.'),
    'author-url': text('The critic’s page.'),
    publisher: text('The publication.'),
    date: text('Date of the review (ISO 8601).'),
    url: text('The full review.'),
    film: text('The reviewed film (default: the <film-data> film).'),
    display: {
      control: 'select',
      options: ['', 'stars', 'number', 'ring'],
      description: 'stars, number or ring; default by the scale (out of 5: stars, 10: number, 100: ring).',
    },
    layout: {
      control: 'select',
      options: ['box', 'inline', 'hero'],
      description: 'box (default), inline (one line) or hero (large, centred).',
    },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Force a colour scheme.' },
    'emit-jsonld': {
      control: 'boolean',
      description: 'Write one schema.org Review JSON-LD script into the page head (for search engines).',
    },
    data: text('The review as JSON: {"ratingValue","bestRating","headline","reviewBody","pros","cons","author",…}.'),
    jsonld: text('Read page JSON-LD (Review, CriticReview, ReviewNewsArticle): empty = every script, else a selector.'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'A critic’s verdict: the score as stars (partial stars for 3.5), a number or a percentage ring — one image ' +
          'whose accessible name says "Rated 3.5 out of 5 by Sample Critic, Reelkit Weekly" — with the verdict, an ' +
          'excerpt, pros and cons, a byline with the date, and an average beside it. The critic and publication in ' +
          'these stories are samples.',
      },
    },
  },
};
export default meta;

/** Every attribute by hand: try the controls. */
export const Playground: Story = story({ ...BASE, layout: 'box' });

/** The verdict box: out of 5, so stars, 3.5 of them. */
export const Box: Story = story({ ...BASE });

/** Out of 10: shown as a number. */
export const NumberDisplay: Story = story({ ...BASE, rating: '7', 'best-rating': '10' });

/** Out of 100: a percentage ring. */
export const Ring: Story = story({ ...BASE, rating: '82', 'best-rating': '100' });

/** `display` chooses against the scale's default: 7/10 as stars. */
export const StarsOutOfTen: Story = story({ ...BASE, rating: '7', 'best-rating': '10', display: 'stars' });

/** One line in the text: score, verdict and byline. */
export const Inline: Story = story({ ...BASE, layout: 'inline' });

/** Large and centred, at the top of a review. */
export const Hero: Story = story({ ...BASE, layout: 'hero' });

/** The score alone (no verdict, no byline): the image still has its name. */
export const ScoreOnly: Story = story({ rating: '4' });

/** With the readers' average beside the critic's score, from JSON in the `data` attribute. */
export const WithAverage: Story = story({ data: JSON.stringify(sampleReview) });

const LD = {
  '@context': 'https://schema.org',
  '@type': 'CriticReview',
  headline: sampleReview.headline,
  reviewBody: sampleReview.reviewBody,
  reviewRating: { '@type': 'Rating', ratingValue: 3.5, bestRating: 5 },
  positiveNotes: {
    '@type': 'ItemList',
    itemListElement: sampleReview.pros.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
  },
  negativeNotes: {
    '@type': 'ItemList',
    itemListElement: sampleReview.cons.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
  },
  author: { '@type': 'Person', name: 'Sample Critic' },
  publisher: { '@type': 'Organization', name: 'Reelkit Weekly' },
  datePublished: '2017-07-27',
  itemReviewed: { '@type': 'Movie', name: 'Atomic Blonde', datePublished: '2017-07-28' },
};

/** The page's schema.org CriticReview JSON-LD (as SEO plugins print it), read with `jsonld`. */
export const FromJsonLd: Story = {
  args: { jsonld: '#review-ld' },
  render: (args) => {
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.id = 'review-ld';
    ld.textContent = JSON.stringify(LD);
    const box = document.createElement('div');
    box.append(ld, review(args));
    return box;
  },
  parameters: snippetParameters(
    `<script type="application/ld+json" id="review-ld">\n${JSON.stringify(LD, null, 2)}\n</script>\n${markup({ jsonld: '#review-ld' })}`,
  ),
};

/** Inside a `<film-data>` provider: the article's review, and its film as the reviewed work. */
export const FromProvider: Story = {
  args: {},
  render: () => {
    const provider = document.createElement('film-data');
    const own = { ...sampleReview, itemReviewed: undefined };
    provider.setAttribute('data', JSON.stringify({ film: { name: 'Atomic Blonde', year: 2017 }, review: own }));
    provider.append(review({}));
    return provider;
  },
  parameters: snippetParameters(
    `<film-data data='{"film": {"name": "Atomic Blonde", "year": 2017}, "review": {"ratingValue": 3.5, "headline": "…"}}'>\n  ${markup({})}\n</film-data>`,
  ),
};

/** `emit-jsonld`: also writes one Review JSON-LD script into the page head for search engines. */
export const EmitJsonLd: Story = story({ ...BASE, 'emit-jsonld': '' });

/** Before data arrives (or with none): the CMS's own fallback text, in the upgraded box's frame. */
export const Fallback: Story = story({});

/** A score above its scale: one console warning naming the field; the score is left out, the rest shown. */
export const BadScore: Story = story({ ...BASE, rating: '12', 'best-rating': '10', display: '' });

/** German, from `lang`: the words, the decimal comma and the date. */
export const German: Story = {
  args: { ...BASE, lang: 'de', date: '2017-07-27' },
  parameters: snippetParameters(markup({ ...BASE, lang: 'de' })),
};

/** Hebrew, right to left: the stars fill from the right, the rule is on the right. */
export const RightToLeft: Story = {
  args: { ...BASE, headline: 'מסוגנן, אכזרי וקר כקרח', excerpt: undefined },
  decorators: [(s) => html`<div lang="he" dir="rtl">${s()}</div>`],
  parameters: snippetParameters(
    `<div lang="he" dir="rtl">\n${markup({ ...BASE, headline: 'מסוגנן, אכזרי וקר כקרח', excerpt: undefined })}\n</div>`,
  ),
};

/** Forced dark scheme. */
export const Dark: Story = story({ ...BASE, theme: 'dark' });

/** Forced dark scheme, hero layout with a ring. */
export const DarkHeroRing: Story = story({
  ...BASE,
  rating: '82',
  'best-rating': '100',
  theme: 'dark',
  layout: 'hero',
});
