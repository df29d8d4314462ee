import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { atomicBlonde } from '../test/fixtures/atomic-blonde.js';
import { snippetParameters } from './support.js';

/**
 * The same film as real publisher pages carry it: a film database's JSON-LD (CDATA
 * wrapper, HTML entities, a trailer on its own player page), a Yoast SEO `@graph` with
 * `@id` references, and the markup WordPress blocks write. No adapter code: each
 * element reads what the page already has.
 */

const POSTER = atomicBlonde.image.url;
const THUMB = '/demo/img/featurette.svg';

/** A film database's title page: what its template prints, wrapper and entities included. */
const databaseLd = `/* <![CDATA[ */
${JSON.stringify(
  {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    url: 'https://films.example.org/title/atomic-blonde/',
    name: 'Atomic Blonde',
    image: POSTER,
    description:
      'Berlin, November 1989: an MI6 agent fights through both sides of the Wall for a list of double agents &amp; her own life.',
    dateCreated: '2015-11-24',
    releasedEvent: [
      { '@type': 'PublicationEvent', startDate: '2017-07-28', location: { '@type': 'Country', addressCountry: 'US' } },
    ],
    director: [{ '@type': 'Person', name: 'David Leitch' }],
    actor: [
      { '@type': 'Person', name: 'Charlize Theron' },
      { '@type': 'Person', name: 'James McAvoy' },
      { '@type': 'Person', name: 'John Goodman' },
    ],
    creator: [{ '@type': 'Organization', url: 'https://films.example.org/company/focus/' }],
    genre: ['Action', 'Thriller'],
    duration: 'PT1H55M',
    contentRating: 'R',
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: 6.7,
      bestRating: 10,
      worstRating: 1,
      ratingCount: 230000,
    },
    trailer: {
      '@type': 'VideoObject',
      name: 'Atomic Blonde: Official Trailer',
      embedUrl: 'https://films.example.org/video/embed/vi1234/',
      thumbnailUrl: THUMB,
      duration: 'PT2M30S',
      uploadDate: '2017-03-14',
    },
  },
  null,
  2,
)}
/* ]]> */`;

/** Yoast SEO's graph, extended with the film, its director and a quote by @id. */
const yoastLd = JSON.stringify(
  {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        '@id': 'https://example.com/stairwell/#article',
        headline: 'How Atomic Blonde&#8217;s Stairwell Fight Scene Was Made',
        author: { '@id': 'https://example.com/#/schema/person/mara' },
        about: { '@id': 'https://example.com/stairwell/#movie' },
      },
      { '@type': 'WebSite', '@id': 'https://example.com/#website', name: 'Reelkit Weekly' },
      { '@type': 'Person', '@id': 'https://example.com/#/schema/person/mara', name: 'Mara Lindqvist' },
      {
        '@type': 'Person',
        '@id': 'https://example.com/#/schema/person/leitch',
        name: 'David Leitch',
        jobTitle: 'Director',
      },
      {
        '@type': 'Movie',
        '@id': 'https://example.com/stairwell/#movie',
        name: 'Atomic Blonde',
        datePublished: '2017-07-28',
        image: POSTER,
        director: { '@id': 'https://example.com/#/schema/person/leitch' },
        isBasedOn: { '@type': 'Book', name: 'The Coldest City', genre: 'graphic novel' },
        genre: ['Action', 'Thriller'],
      },
      {
        '@type': 'Quotation',
        text: 'The long take shot in the stairwell was something that I&apos;ve been wanting to do for a long time.',
        creator: { '@id': 'https://example.com/#/schema/person/leitch' },
        isPartOf: { '@id': 'https://example.com/stairwell/#movie' },
      },
    ],
  },
  null,
  2,
);

/** A ld+json <script>, built through the DOM: Lit does not bind inside <script>. */
function ldScript(id: string, text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.id = id;
  script.textContent = text;
  return script;
}

/** The script first, then the elements: they connect after it, in one append. */
function page(id: string, text: string, ...elements: HTMLElement[]): HTMLElement {
  const root = document.createElement('div');
  root.style.cssText = 'display:grid;gap:1.5rem;max-inline-size:32rem';
  root.append(ldScript(id, text), ...elements);
  return root;
}

function element(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

const meta: Meta = {
  title: 'Guides/Real pages',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One film, three real pages. The JSON-LD shapes and CMS markup reelkit reads are listed in the README ' +
          '("JSON-LD as pages print it", "CMS markup read as input"); `test/fixtures/real-world/` has 47 documents and 15 snippets.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/**
 * A film database's title page: CDATA wrapper, `&amp;` in the synopsis, no
 * `datePublished` (the year comes from the release event, never `dateCreated`), and a
 * trailer on the database's own player page: the play control is a link to it.
 */
export const FilmDatabase: Story = {
  name: 'Film database JSON-LD',
  render: () =>
    page(
      'rp-database',
      databaseLd,
      element('film-card', { jsonld: '#rp-database' }),
      element('video-embed', { jsonld: '#rp-database' }),
    ),
  parameters: snippetParameters(`<script type="application/ld+json" id="rp-database">
${databaseLd}
</script>

<film-card jsonld="#rp-database"></film-card>
<video-embed jsonld="#rp-database"></video-embed>`),
};

/** Yoast SEO's `@graph`: the film, its director and the quote are joined by `@id`. */
export const YoastGraph: Story = {
  name: 'Yoast @graph',
  render: () => {
    const provider = element('film-data', { jsonld: '#rp-yoast' });
    provider.append(element('film-card', {}), element('pull-quote', {}));
    return page('rp-yoast', yoastLd, provider);
  },
  parameters: snippetParameters(`<script type="application/ld+json" id="rp-yoast">
${yoastLd}
</script>

<film-data jsonld="#rp-yoast">
  <film-card></film-card>
  <pull-quote></pull-quote>
</film-data>`),
};

const WP_QUOTE = `<blockquote class="wp-block-quote"><p>And then we started to see Charlize train, and we were like: we can make this happen.</p><cite>David Leitch, director</cite></blockquote>`;
const WP_EMBED = `<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=q0Ad7tbCjS0
</div><figcaption class="wp-element-caption">Atomic Blonde: making the stairwell fight</figcaption></figure>`;
const WP_LATEST = `<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://example.com/john-wick-training/">John Wick: how Keanu Reeves trained</a><time datetime="2017-02-10T09:00:00+00:00" class="wp-block-latest-posts__post-date">February 10, 2017</time></li><li><a class="wp-block-latest-posts__post-title" href="https://example.com/deadpool-2-wraps/">Deadpool 2 wraps filming</a><time datetime="2017-10-20T09:00:00+00:00" class="wp-block-latest-posts__post-date">October 20, 2017</time></li></ul>`;

/**
 * WordPress blocks, unchanged inside the elements: `core/quote`, `core/embed` (the URL
 * as text; the caption is the title) and `core/latest-posts`. Without JavaScript the
 * blocks show as WordPress printed them.
 */
export const WordPressBlocks: Story = {
  name: 'WordPress blocks',
  render: () =>
    html`<div style="display:grid;gap:1.5rem;max-inline-size:32rem">
      <film-card poster=${POSTER}><a href="https://example.com/films/atomic-blonde">Atomic Blonde</a> (2017)</film-card>
      <pull-quote
        ><blockquote class="wp-block-quote">
          <p>And then we started to see Charlize train, and we were like: we can make this happen.</p>
          <cite>David Leitch, director</cite>
        </blockquote></pull-quote
      >
      <video-embed thumbnail=${THUMB}
        ><figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube">
          <div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=q0Ad7tbCjS0</div>
          <figcaption class="wp-element-caption">Atomic Blonde: making the stairwell fight</figcaption>
        </figure></video-embed
      >
      <related-links heading="Related">
        <ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">
          <li>
            <a class="wp-block-latest-posts__post-title" href="https://example.com/john-wick-training/"
              >John Wick: how Keanu Reeves trained</a
            ><time datetime="2017-02-10T09:00:00+00:00" class="wp-block-latest-posts__post-date"
              >February 10, 2017</time
            >
          </li>
          <li>
            <a class="wp-block-latest-posts__post-title" href="https://example.com/deadpool-2-wraps/"
              >Deadpool 2 wraps filming</a
            ><time datetime="2017-10-20T09:00:00+00:00" class="wp-block-latest-posts__post-date">October 20, 2017</time>
          </li>
        </ul>
      </related-links>
    </div>`,
  parameters:
    snippetParameters(`<film-card poster="${POSTER}"><a href="https://example.com/films/atomic-blonde">Atomic Blonde</a> (2017)</film-card>
<pull-quote>${WP_QUOTE}</pull-quote>
<video-embed thumbnail="${THUMB}">${WP_EMBED}</video-embed>
<related-links heading="Related">${WP_LATEST}</related-links>`),
};
