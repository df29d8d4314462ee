import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { atomicBlonde } from '../test/fixtures/atomic-blonde.js';
import { snippetParameters } from './support.js';

/**
 * One film, five ways in. Every reelkit element reads its data through the same
 * pipeline, so what works for <film-card> here works for every element.
 */

// The part of the reference film these stories pass in, so the snippets stay readable.
const film = {
  name: atomicBlonde.name,
  year: atomicBlonde.year,
  image: { url: atomicBlonde.image.url, alt: atomicBlonde.image.alt },
  director: [{ name: 'David Leitch' }],
  actor: [{ name: 'Charlize Theron' }, { name: 'James McAvoy' }, { name: 'John Goodman' }],
  genre: ['Action', 'Thriller'],
  duration: 'PT1H55M',
  description: atomicBlonde.description,
};
const json = JSON.stringify(film);
const prettyJson = JSON.stringify(film, null, 2);

/** The schema.org Movie a CMS already prints for search engines. */
const movieLd = {
  '@context': 'https://schema.org',
  '@type': 'Movie',
  name: film.name,
  datePublished: atomicBlonde.datePublished,
  image: film.image.url,
  director: { '@type': 'Person', name: 'David Leitch' },
  actor: film.actor.map((a) => ({ '@type': 'Person', name: a.name })),
  genre: film.genre,
  duration: film.duration,
  description: film.description,
};

const LINK = 'https://example.com/films/atomic-blonde';
/** What the CMS writes inside every card: shown before upgrade and without JS. */
const fallback = html`<a href=${LINK}>Atomic Blonde</a> (2017)`;
const FALLBACK = `<a href="${LINK}">Atomic Blonde</a> (2017)`;

/** Attribute-safe JSON for the snippets: the value goes between single quotes. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** `fallback` as DOM nodes, for the stories built through the DOM. */
function fallbackNodes(): (Node | string)[] {
  const link = document.createElement('a');
  link.href = LINK;
  link.textContent = 'Atomic Blonde';
  return [link, ' (2017)'];
}

/** A JSON <script>, built through the DOM: Lit does not bind inside <script>. */
function jsonScript(type: string, text: string, id?: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  if (id) script.id = id;
  return script;
}

/** A card holding a child JSON script and the fallback. */
function cardWithScript(text: string, attrs: Record<string, string> = {}): HTMLElement {
  const card = document.createElement('film-card');
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.append(jsonScript('application/json', text), ...fallbackNodes());
  return card;
}

const meta: Meta = {
  title: 'Guides/Data input',
  tags: ['autodocs'],
  // A sidebar-width column, as on an article page.
  decorators: [(story) => html`<div style="max-width: 24rem">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'Every reelkit element takes its data through one pipeline. The same film reaches a `<film-card>` ' +
          'through each of the five inputs below; mix them freely. Precedence, highest first: the `data` ' +
          'property, individual attributes, the `data` attribute (else a child `<script type="application/json">`), ' +
          'the nearest `<film-data>` provider, then the page JSON-LD (only with the `jsonld` attribute). ' +
          'Whatever you write inside the element is shown until the data renders, and stays if it never does.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Plain attributes: the quickest way for a CMS template. Lists are comma-separated. */
export const Attributes: Story = {
  render: () =>
    html`<film-card
      name="Atomic Blonde"
      year="2017"
      poster=${film.image.url}
      poster-alt=${film.image.alt}
      director="David Leitch"
      cast="Charlize Theron, James McAvoy, John Goodman"
      genre="Action, Thriller"
      runtime="PT1H55M"
      synopsis=${film.description}
      >${fallback}</film-card
    >`,
  parameters: snippetParameters(`<film-card
  name="Atomic Blonde"
  year="2017"
  poster="${film.image.url}"
  poster-alt="${film.image.alt}"
  director="David Leitch"
  cast="Charlize Theron, James McAvoy, John Goodman"
  genre="Action, Thriller"
  runtime="PT1H55M"
  synopsis="${film.description}"
>${FALLBACK}</film-card>`),
};

/** The whole record as JSON in the `data` attribute. */
export const DataAttribute: Story = {
  render: () => html`<film-card data=${json}>${fallback}</film-card>`,
  parameters: snippetParameters(`<film-card data='${attr(json)}'>${FALLBACK}</film-card>`),
};

/** The whole record as an object, set from JavaScript: wins over every other input. */
export const DataProperty: Story = {
  render: () => html`<film-card id="card" .data=${film}>${fallback}</film-card>`,
  parameters: snippetParameters(`<film-card id="card">${FALLBACK}</film-card>
<script type="module">
  document.querySelector('#card').data = ${prettyJson.replace(/\n/g, '\n  ')};
</script>`),
};

/** JSON in a child script: no attribute escaping, and CMS previews may edit it in place. */
export const ChildScript: Story = {
  render: () => cardWithScript(prettyJson),
  parameters: snippetParameters(`<film-card>
  <script type="application/json">
${prettyJson}
  </script>
  ${FALLBACK}
</film-card>`),
};

/** One <film-data> holds the article; every element inside takes its part. */
export const FilmDataProvider: Story = {
  name: '<film-data> provider',
  render: () => {
    const provider = document.createElement('film-data');
    const card = document.createElement('film-card');
    card.append(...fallbackNodes());
    provider.append(jsonScript('application/json', JSON.stringify({ film }, null, 2)), card);
    return provider;
  },
  parameters: snippetParameters(`<film-data>
  <script type="application/json">
{ "film": ${prettyJson.replace(/\n/g, '\n  ')} }
  </script>
  <film-card>${FALLBACK}</film-card>
</film-data>`),
};

/** The page's own schema.org JSON-LD: `jsonld` alone reads every ld+json script, a value selects some. */
export const JsonLd: Story = {
  name: 'JSON-LD',
  render: () => {
    // The script must be in the document before the card connects: append both at once.
    const root = document.createElement('div');
    const card = document.createElement('film-card');
    card.setAttribute('jsonld', '#story-ld');
    card.append(...fallbackNodes());
    root.append(jsonScript('application/ld+json', JSON.stringify(movieLd), 'story-ld'), card);
    return root;
  },
  parameters: snippetParameters(`<!-- in the page <head>, usually already there for search engines -->
<script type="application/ld+json" id="story-ld">
${JSON.stringify(movieLd, null, 2)}
</script>

<film-card jsonld="#story-ld">${FALLBACK}</film-card>`),
};

const brokenJson = '{ "director": [{ "name": "David Leitch" }, }';
const unsafe = JSON.stringify({
  name: 'Atomic Blonde',
  year: 2017,
  links: [
    { kind: 'info', url: 'javascript:alert(1)', label: 'Full review' },
    { kind: 'watch', url: 'https://store.example.com/atomic-blonde-blu-ray', label: 'Buy the Blu-ray' },
  ],
});

/**
 * Bad input never breaks the page. Malformed JSON is a console error naming the
 * element and where it broke, and the attributes still render; a `javascript:` URL
 * is dropped with one warning while the rest of the record renders.
 */
export const BadInput: Story = {
  render: () => {
    const root = document.createElement('div');
    root.style.cssText = 'display: grid; gap: 1rem';
    const unsafeCard = document.createElement('film-card');
    unsafeCard.setAttribute('data', unsafe);
    unsafeCard.append(...fallbackNodes());
    root.append(cardWithScript(brokenJson, { name: 'Atomic Blonde', year: '2017' }), unsafeCard);
    return root;
  },
  parameters: {
    ...snippetParameters(`<!-- malformed JSON: console error, name and year still render -->
<film-card name="Atomic Blonde" year="2017">
  <script type="application/json">${brokenJson}</script>
  ${FALLBACK}
</film-card>

<!-- a javascript: URL: that link is dropped with a warning, the rest renders -->
<film-card data='${attr(unsafe)}'>${FALLBACK}</film-card>`),
    expectConsoleErrors: true,
  },
};
