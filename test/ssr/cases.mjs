// What the server renders for each hydration case (test/ssr/ssr-pages.mjs). Data from
// the reference article; times relative to the moment the page is rendered, so that a
// countdown is really counting when the browser hydrates it.
import { readFileSync } from 'node:fs';

export const atomicBlondeArticle = {
  film: {
    name: 'Atomic Blonde',
    year: 2017,
    image: { url: '/test/fixtures/thumb.svg', alt: 'Atomic Blonde poster', width: 400, height: 600 },
    director: ['David Leitch'],
    actor: [{ name: 'Charlize Theron', characterName: 'Lorraine Broughton' }, { name: 'James McAvoy' }],
    genre: ['Action', 'Thriller'],
    duration: 'PT1H55M',
    contentRating: { value: 'R', region: 'US' },
    aggregateRating: { ratingValue: 4, bestRating: 5, source: 'Reelkit Weekly' },
    description: 'A spy thriller set in Berlin days before the Wall comes down, with a famous stairwell fight.',
    url: 'https://example.com/films/atomic-blonde',
  },
  quote: {
    text: 'The long take in the stairwell was something I had wanted to do for a long time.',
    speaker: 'David Leitch',
    speakerRole: 'Director',
  },
  video: {
    provider: 'file',
    url: '/test/fixtures/clip.wav',
    name: 'Stairwell fight featurette',
    thumbnail: '/test/fixtures/thumb.svg',
  },
  related: [
    {
      headline: 'Deadpool 2 wraps filming with David Leitch directing',
      url: 'https://example.com/news/deadpool-2-wraps',
      datePublished: '2017-10-16',
    },
    {
      headline: 'How the stairwell fight was made',
      url: 'https://example.com/news/stairwell',
      datePublished: '2017-11-20',
    },
  ],
};

/** Sample retailers and prices (example.com), as the demo shows them. */
const offers = {
  offers: [
    { provider: 'Stream Example', type: 'stream', url: 'https://stream.example.com/atomic-blonde', quality: 'HD' },
    {
      provider: 'Rent Example',
      type: 'rent',
      url: 'https://rent.example.com/atomic-blonde',
      price: 3.99,
      currency: 'USD',
    },
    {
      provider: 'Shop Example',
      type: 'buy',
      url: 'https://shop.example.com/atomic-blonde',
      price: 14.99,
      currency: 'USD',
      affiliate: true,
    },
  ],
  checked: '2017-11-01',
};

/** A sample verdict (critic and publication are samples). */
const review = {
  ratingValue: 3.5,
  bestRating: 5,
  headline: 'Stylish, brutal and ice-cold',
  pros: ['The single-take stairwell fight'],
  cons: ['A double-cross plot too knotted for its own good'],
  author: 'Sample Critic',
  publisher: 'Reelkit Weekly',
  datePublished: '2017-07-27',
};

const inHours = (h) => new Date(Date.now() + h * 3_600_000).toISOString();

/** name -> (ssr API, article) => HTML body. */
export const SSR_CASES = {
  card: ({ renderElement, article }) => renderElement('film-card', { data: article.film }),
  'card-horizontal-de': ({ renderElement, article }) =>
    renderElement('film-card', { data: article.film, attributes: { layout: 'horizontal' }, lang: 'de' }),
  'card-rtl': ({ renderElement, article }) => renderElement('film-card', { data: article.film, lang: 'ar' }),
  'countdown-before': ({ renderElement }) =>
    renderElement('release-countdown', {
      data: { releases: [{ kind: 'digital', date: inHours(2), label: 'Digital HD' }] },
      attributes: { precision: 'second' },
    }),
  'countdown-out': ({ renderElement }) =>
    renderElement('release-countdown', {
      data: { releases: [{ kind: 'physical', format: 'blu-ray', date: inHours(-30) }] },
    }),
  'countdown-since': ({ renderElement }) =>
    renderElement('release-countdown', { data: { releases: [{ kind: 'theatrical', date: '2017-07-28' }] } }),
  // Rendered as of 10 s ago, for a release 5 s ago: the server counted down, the browser is past it.
  'countdown-boundary': ({ renderElement }) => {
    const realNow = Date.now;
    const at = realNow() - 10_000;
    Date.now = () => at;
    try {
      return renderElement('release-countdown', {
        data: { releases: [{ kind: 'digital', date: new Date(at + 5_000).toISOString(), label: 'Digital HD' }] },
        attributes: { precision: 'second' },
      });
    } finally {
      Date.now = realNow;
    }
  },
  'watch-list': ({ renderElement }) => renderElement('where-to-watch', { data: offers, attributes: { region: 'US' } }),
  'watch-compact-de': ({ renderElement }) =>
    renderElement('where-to-watch', { data: offers, attributes: { layout: 'compact', region: 'US' }, lang: 'de' }),
  'review-box': ({ renderElement }) => renderElement('review-score', { data: review }),
  'review-hero-ring': ({ renderElement }) =>
    renderElement('review-score', {
      data: { ...review, ratingValue: 82, bestRating: 100 },
      attributes: { layout: 'hero', display: 'ring' },
    }),
  video: ({ renderElement, article }) => renderElement('video-embed', { data: article.video }),
  quote: ({ renderElement, article }) => renderElement('pull-quote', { data: article.quote }),
  links: ({ renderElement, article }) => renderElement('related-links', { data: article.related }),
  article: ({ renderArticle, article }) => renderArticle(article),
  'article-sv': ({ renderArticle, article }) => renderArticle(article, { lang: 'sv' }),
  // The CLI's page fixture as `reelkit render` writes it (JSON-LD, a child script, light-DOM
  // fallbacks, an Arabic section), minus its one deliberately unsafe link.
  page: ({ renderPage }) =>
    renderPage(readFileSync('test/fixtures/ssr/page.html', 'utf8').replace(/\s*<a href="javascript:[^<]*<\/a>/, ''))
      .html,
};
