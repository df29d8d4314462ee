import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { atomicBlonde, featurette } from '../test/fixtures/atomic-blonde.js';
import { snippetParameters } from './support.js';

/** The reference film with its featurette as trailer: every field the card shows. */
const full = { ...atomicBlonde, trailer: featurette };
const FULL = JSON.stringify(full);

const LINK = 'https://example.com/films/atomic-blonde';
const FALLBACK = `<a href="${LINK}">Atomic Blonde</a> (2017)`;

/** Attribute-safe JSON for the snippets: the value goes between single quotes. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** What the CMS writes inside the card, as DOM nodes. */
function fallbackNodes(): (Node | string)[] {
  const link = document.createElement('a');
  link.href = LINK;
  link.textContent = 'Atomic Blonde';
  return [link, ' (2017)'];
}

type Args = Record<string, string | number | undefined>;

/** A card with `args` as attributes (the names are the attribute names) and the fallback inside. */
function card(args: Args): HTMLElement {
  const el = document.createElement('film-card');
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && value !== '') el.setAttribute(name, String(value));
  }
  el.append(...fallbackNodes());
  return el;
}

/** The copy-paste markup for `args`. */
function markup(args: Args, inner = FALLBACK): string {
  const attrs = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (k === 'data' || k === 'strings' ? `${k}='${attr(String(v))}'` : `${k}="${v}"`));
  return `<film-card${attrs.length ? `\n  ${attrs.join('\n  ')}\n` : ''}>${inner}</film-card>`;
}

/** A column `width` wide around the story. */
const column = (width: string) => (s: () => unknown) => html`<div style="max-width: ${width}">${s()}</div>`;

/** A story that renders `args` as attributes in a sidebar-width column, with its own snippet. */
const story = (args: Args, extra: Partial<Story> = {}): Story => ({
  args,
  decorators: [column('22rem')],
  parameters: snippetParameters(markup(args)),
  ...extra,
});

const text = (description: string) => ({ control: 'text' as const, description });

const meta: Meta<Args> = {
  title: 'Elements/film-card',
  component: 'film-card',
  tags: ['autodocs'],
  render: (args) => card(args),
  argTypes: {
    name: text('Film title.'),
    year: text('Release year.'),
    poster: text('Poster image URL.'),
    'poster-alt': text('Poster alt text (default "Poster for {name}").'),
    director: text('Director(s), comma-separated.'),
    writer: text('Writer(s), comma-separated.'),
    cast: text('Cast, comma-separated, top billing first.'),
    'cast-limit': { control: { type: 'number', min: 0, max: 20 }, description: 'Cast named before "and N more".' },
    genre: text('Genres, comma-separated.'),
    runtime: text('Runtime: minutes or ISO 8601 ("PT1H55M").'),
    rating: text('Certificate ("R", "15", "FSK 16").'),
    'rating-region': text('Region of the certificate ("US").'),
    score: text('Review score.'),
    'score-best': text('Top of the scale (default 10; 100 for scores above 10).'),
    'score-source': text('Who gave the score.'),
    synopsis: text('Synopsis.'),
    'based-on': text('Title of the source work.'),
    'trailer-url': text('Trailer: YouTube or Vimeo URL, or a video file.'),
    url: text('Where the title links to.'),
    layout: {
      control: 'select',
      options: ['vertical', 'horizontal', 'compact'],
      description: 'Layout; narrow containers turn compact.',
    },
    'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'], description: 'Heading level.' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Force a colour scheme.' },
    strings: text('JSON object replacing fixed words, e.g. {"directedBy":"Regie"}.'),
    data: text('The whole film as JSON.'),
    jsonld: text('Read page JSON-LD: empty = every script, else a CSS selector.'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'The film at a glance beside a story: poster, title and year, certificate, runtime, genres, credits, ' +
          'review score, synopsis and links. Whatever the CMS writes inside (here a linked title and year) shows ' +
          'until the card renders, and its link and year are used. Link `dist/reelkit.css` in the page head so a ' +
          'late script shifts nothing.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute set by hand: try the controls. */
export const Playground: Story = story({
  name: 'Atomic Blonde',
  year: '2017',
  poster: atomicBlonde.image.url,
  'poster-alt': atomicBlonde.image.alt,
  director: 'David Leitch',
  writer: 'Kurt Johnstad',
  cast: 'Charlize Theron, James McAvoy, John Goodman, Sofia Boutella',
  genre: 'Action, Thriller',
  runtime: 'PT1H55M',
  rating: 'R',
  'rating-region': 'US',
  score: '4',
  'score-best': '5',
  'score-source': 'Reelkit Weekly',
  synopsis: atomicBlonde.description,
  'based-on': 'The Coldest City',
  'trailer-url': 'https://www.youtube.com/watch?v=q0Ad7tbCjS0',
  url: LINK,
  layout: 'vertical',
  'heading-level': '3',
});

/** The reference film, vertical (the default). */
export const Vertical: Story = story({ data: FULL });

/** Poster beside the text. Below 30rem of width it shows as a vertical card. */
export const Horizontal: Story = story({ layout: 'horizontal', data: FULL }, { decorators: [column('40rem')] });

/** Small poster, no synopsis, first credit line only: for lists and narrow columns. */
export const Compact: Story = story({ layout: 'compact', data: FULL });

/** Forced dark scheme (`theme="dark"`); without it the card follows prefers-color-scheme. */
export const Dark: Story = story({ theme: 'dark', data: FULL });

const WIDTHS: Record<string, string> = { vertical: '20rem', horizontal: '36rem', compact: '24rem' };

/** The reference film in every layout, light and dark. */
export const LayoutsAndThemes: Story = {
  render: () => {
    const root = document.createElement('div');
    root.style.cssText = 'display: flex; flex-wrap: wrap; gap: 1rem; align-items: start';
    for (const layout of ['vertical', 'horizontal', 'compact'])
      for (const theme of ['light', 'dark']) {
        const el = card({ layout, theme, data: FULL });
        el.style.width = WIDTHS[layout]!;
        root.append(el);
      }
    return root;
  },
  parameters: snippetParameters(
    ['vertical', 'horizontal', 'compact']
      .flatMap((layout) => ['light', 'dark'].map((theme) => markup({ layout, theme, data: FULL })))
      .join('\n'),
  ),
};

/** Only a title: no empty boxes, no stray separators, a designed placeholder poster. */
export const Minimal: Story = story({ name: 'Atomic Blonde' });

/** Every field the model has, including a `srcset`, sponsored and ticket links. */
export const Maximal: Story = story({
  data: JSON.stringify({
    ...full,
    url: LINK,
    image: {
      ...atomicBlonde.image,
      srcset: `${atomicBlonde.image.url} 400w, ${atomicBlonde.image.url}?w=800 800w`,
      sizes: '22rem',
    },
    aggregateRating: { ...atomicBlonde.aggregateRating, url: 'https://example.com/reviews/atomic-blonde' },
    isBasedOn: { ...atomicBlonde.isBasedOn, url: 'https://example.com/books/the-coldest-city' },
    links: [
      ...atomicBlonde.links,
      { kind: 'tickets', url: 'https://tickets.example.com/atomic-blonde', sponsored: true },
      { kind: 'official', url: 'https://example.com/atomicblonde' },
    ],
  }),
});

/** The poster URL fails: the placeholder takes its place in the same 2:3 box. */
export const BrokenPoster: Story = story(
  { name: 'Atomic Blonde', year: '2017', poster: '/demo/img/missing-poster.jpg', director: 'David Leitch' },
  {
    parameters: {
      ...snippetParameters(markup({ name: 'Atomic Blonde', poster: '/img/missing.jpg' })),
      expectConsoleErrors: true,
    },
  },
);

/** Titles over 100 characters wrap inside the card in every layout. */
export const LongTitle: Story = story({
  name: 'The Extraordinarily Long and Winding Title of a Film That a Festival Programme Printed in Full, Subtitle Included',
  year: '2017',
  director: 'David Leitch',
  runtime: '115',
});

/** Right-to-left text: the poster moves to the right, Intl speaks Hebrew. */
export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="he">
      <film-card
        layout="horizontal"
        name="בלונדינית אטומית"
        year="2017"
        director="דייוויד ליץ'"
        runtime="115"
        genre="אקשן, מותחן"
        synopsis="ברלין, נובמבר 1989. סוכנת MI6 נשלחת אל העיר המחולקת."
        strings='{"directedBy":"בימוי"}'
      ></film-card>
    </div>`,
  decorators: [column('36rem')],
  parameters: snippetParameters(`<div dir="rtl" lang="he">
  <film-card
    layout="horizontal"
    name="בלונדינית אטומית"
    year="2017"
    director="דייוויד ליץ'"
    runtime="115"
    genre="אקשן, מותחן"
    synopsis="ברלין, נובמבר 1989. סוכנת MI6 נשלחת אל העיר המחולקת."
    strings='{"directedBy":"בימוי"}'
  ></film-card>
</div>`),
};

const german = {
  directedBy: 'Regie',
  starring: 'Mit',
  writtenBy: 'Drehbuch',
  basedOn: 'Nach',
  by: 'von {name}',
  andMore: '{n} weiteren',
  rated: 'Freigabe',
  scoreBy: '{value} von {best} bei {source}',
  more: 'Mehr',
  less: 'Weniger',
  playTrailer: 'Trailer ansehen',
  sponsored: 'Anzeige',
};

/** `lang="de"` formats the runtime; `strings` replaces every fixed word. */
export const German: Story = story({ lang: 'de', strings: JSON.stringify(german), data: FULL });

/** A CMS with only the fallback markup: the link and year become the card. */
export const LightDomOnly: Story = {
  decorators: [column('22rem')],
  render: () => card({}),
  parameters: snippetParameters(markup({})),
};

/** The whole film as JSON in the `data` attribute. */
export const DataAttribute: Story = story({ data: JSON.stringify(atomicBlonde) });

/** The film as an object set from JavaScript: wins over every other input. */
export const DataProperty: Story = {
  decorators: [column('22rem')],
  render: () => html`<film-card .data=${atomicBlonde}></film-card>`,
  parameters: snippetParameters(`<film-card id="card">${FALLBACK}</film-card>
<script type="module">
  document.querySelector('#card').data = ${JSON.stringify(atomicBlonde)};
</script>`),
};

/** JSON in a child script: no attribute escaping. */
export const ChildScript: Story = {
  decorators: [column('22rem')],
  render: () => {
    const el = card({});
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(atomicBlonde, null, 2);
    el.prepend(script);
    return el;
  },
  parameters: snippetParameters(
    `<film-card>\n  <script type="application/json">\n${JSON.stringify(atomicBlonde, null, 2)}\n  </script>\n  ${FALLBACK}\n</film-card>`,
  ),
};

/** A <film-data> provider holds the article; the card takes its film. */
export const Provider: Story = {
  decorators: [column('22rem')],
  name: '<film-data> provider',
  render: () => html`<film-data .data=${{ film: full }}><film-card></film-card></film-data>`,
  parameters: snippetParameters(`<film-data data='${attr(JSON.stringify({ film: full }))}'>
  <film-card>${FALLBACK}</film-card>
</film-data>`),
};

const movieLd = {
  '@context': 'https://schema.org',
  '@type': 'Movie',
  name: 'Atomic Blonde',
  datePublished: '2017-07-28',
  image: atomicBlonde.image.url,
  director: { '@type': 'Person', name: 'David Leitch' },
  genre: ['Action', 'Thriller'],
  duration: 'PT1H55M',
  contentRating: 'R',
  aggregateRating: {
    '@type': 'Rating',
    ratingValue: 4,
    bestRating: 5,
    author: { '@type': 'Organization', name: 'Reelkit Weekly' },
  },
};

/** The page's schema.org Movie JSON-LD (`jsonld` = a selector for the script). */
export const JsonLd: Story = {
  decorators: [column('22rem')],
  name: 'JSON-LD',
  render: () => {
    const root = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = 'film-card-ld';
    script.textContent = JSON.stringify(movieLd);
    root.append(script, card({ jsonld: '#film-card-ld' }));
    return root;
  },
  parameters: snippetParameters(`<script type="application/ld+json" id="film-card-ld">
${JSON.stringify(movieLd, null, 2)}
</script>

${markup({ jsonld: '#film-card-ld' })}`),
};

/** The trailer plays in the `<video-embed>` whose `for` names the card. */
export const WithVideoEmbed: Story = {
  decorators: [column('22rem')],
  render: () =>
    html`<film-card id="ab-card" .data=${full}></film-card>
      <video-embed for="ab-card" style="margin-top: 1rem"></video-embed>`,
  parameters: snippetParameters(`${markup({ id: 'ab-card', data: FULL })}
<video-embed for="ab-card"></video-embed>`),
};

/** A narrow column (15rem): the vertical card turns compact by itself (container query). */
export const NarrowColumn: Story = story(
  { data: FULL },
  { decorators: [(s) => html`<div style="width: 15rem">${s()}</div>`] },
);

/** Page styles through public custom properties and ::part. */
export const Themed: Story = {
  decorators: [column('22rem')],
  render: () =>
    html`<style>
        .brand film-card {
          --reelkit-accent: light-dark(#0a6b4f, #7ddcb8);
          --reelkit-radius: 0;
          --reelkit-font: Georgia, serif;
          --reelkit-film-card-synopsis-lines: 2;
        }
        .brand film-card::part(title) {
          text-transform: uppercase;
        }
      </style>
      <div class="brand"><film-card .data=${full}></film-card></div>`,
  parameters: snippetParameters(`<style>
  film-card {
    --reelkit-accent: light-dark(#0a6b4f, #7ddcb8);
    --reelkit-radius: 0;
    --reelkit-font: Georgia, serif;
    --reelkit-film-card-synopsis-lines: 2;
  }
  film-card::part(title) { text-transform: uppercase; }
</style>
${markup({ data: FULL })}`),
};

const films: [string, number, string][] = [
  ['Atomic Blonde', 2017, 'David Leitch'],
  ['John Wick', 2014, 'Chad Stahelski'],
  ['Mad Max: Fury Road', 2015, 'George Miller'],
  ['Baby Driver', 2017, 'Edgar Wright'],
  ['Deadpool 2', 2018, 'David Leitch'],
  ['Hobbs & Shaw', 2019, 'David Leitch'],
  ['Extraction', 2020, 'Sam Hargrave'],
  ['Nobody', 2021, 'Ilya Naishuller'],
  ['Bullet Train', 2022, 'David Leitch'],
  ['The Fall Guy', 2024, 'David Leitch'],
  ['The Raid', 2011, 'Gareth Evans'],
  ['Kill Bill: Vol. 1', 2003, 'Quentin Tarantino'],
];

/** Twelve cards in an auto-fill grid; the posterless ones show the placeholder. */
export const Grid: Story = {
  name: 'Grid of 12',
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem">
      ${films.map(
        ([name, year, director], i) =>
          html`<film-card
            name=${name}
            year=${year}
            director=${director}
            heading-level="2"
            poster=${i === 0 ? atomicBlonde.image.url : ''}
          ></film-card>`,
      )}
    </div>`,
  parameters: snippetParameters(
    `<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem">\n${films
      .map(
        ([name, year, director], i) =>
          `  <film-card name="${name}" year="${year}" director="${director}" heading-level="2"${i === 0 ? ` poster="${atomicBlonde.image.url}"` : ''}></film-card>`,
      )
      .join('\n')}\n</div>`,
  ),
};
