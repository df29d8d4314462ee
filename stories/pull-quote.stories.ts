import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { leitchQuote } from '../test/fixtures/atomic-blonde.js';
import { snippetParameters, storyOf, textArg } from './support.js';

type Args = Record<string, string | undefined>;

const LONG =
  'We rehearsed the stairwell for weeks, floor by floor, so that the camera could follow Charlize from the ' +
  'landing to the street without a cut. Every punch had to land where the lens already was. When it works, ' +
  'you stop watching a fight scene and start living through one, and that is the whole point of the long take.';

/** Attribute-safe text for the snippets. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The fallback a CMS writes inside: a blockquote with a footer naming the speaker. */
function fallbackNode(args: Args): HTMLQuoteElement {
  const q = document.createElement('blockquote');
  const p = document.createElement('p');
  p.textContent = args.text ?? leitchQuote.text;
  q.append(p);
  if (args.speaker) {
    const footer = document.createElement('footer');
    const cite = document.createElement('cite');
    cite.textContent = args.speaker;
    footer.append('— ', cite, args['speaker-role'] ? `, ${args['speaker-role']}` : '');
    q.append(footer);
  }
  return q;
}

/** A quote with `args` as attributes (names are attribute names), optionally with the fallback inside. */
function quote(args: Args, fallback = false): HTMLElement {
  const el = document.createElement('pull-quote');
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && value !== '') el.setAttribute(name, value);
  }
  if (fallback) el.append(fallbackNode(args));
  return el;
}

/** The copy-paste markup for `args`. */
function markup(args: Args, fallback = false): string {
  const attrs = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== '')
    .filter(([k]) => !fallback || k === 'layout' || k === 'about' || k === 'cite' || k === 'theme')
    .map(([k, v]) => `${k}="${attr(String(v))}"`);
  const open = `<pull-quote${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
  if (!fallback) return `${open}</pull-quote>`;
  const role = args['speaker-role'] ? `, ${args['speaker-role']}` : '';
  const footer = args.speaker ? `\n    <footer>— <cite>${args.speaker}</cite>${role}</footer>` : '';
  return `${open}\n  <blockquote>\n    <p>${args.text ?? leitchQuote.text}</p>${footer}\n  </blockquote>\n</pull-quote>`;
}

/** Article paragraphs around the story, so aside and hero are seen in context. */
const article = (s: () => unknown) =>
  html`<div style="max-width: 44rem; line-height: 1.6">
    <p>
      Of all the punishing set pieces in <em>Atomic Blonde</em>, one keeps coming up when people talk about the film:
      Lorraine Broughton's fight down a Berlin stairwell.
    </p>
    ${s()}
    <p>
      That the sequence works should not surprise anyone who has seen <em>John Wick</em>, which Leitch co-directed. That
      film also put its lead through a long stretch of training so that Keanu Reeves could perform his own fights, and
      the two productions overlapped: Reeves and Theron trained alongside each other.
    </p>
  </div>`;

type Story = StoryObj<Args>;

const BASE: Args = {
  text: leitchQuote.text,
  speaker: leitchQuote.speaker,
  'speaker-role': leitchQuote.speakerRole,
  about: leitchQuote.about,
};

const story = storyOf<Args, Story>((args) => markup(args));
const text = textArg;

const meta: Meta<Args> = {
  title: 'Elements/pull-quote',
  component: 'pull-quote',
  tags: ['autodocs'],
  render: (args) => quote(args),
  decorators: [article],
  argTypes: {
    text: text('The quotation; a newline starts a new paragraph. Quote marks are added in the reader’s style.'),
    speaker: text('Who said it.'),
    'speaker-role': text('The speaker’s role: "Director".'),
    cite: text('URL of the source; becomes <blockquote cite>.'),
    about: text('Name of the film the quote is about.'),
    layout: {
      control: 'select',
      options: ['inline', 'aside', 'hero'],
      description: 'inline (in the column), aside (floated to the end side) or hero (large, centred).',
    },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Force a colour scheme.' },
    data: text('The quote as JSON: {"text","speaker","speakerRole","url","about"}.'),
    jsonld: text('Read page JSON-LD (Quotation): empty = every script, else a selector.'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'A quotation set apart from the article: `<figure>`, `<blockquote cite>` and a `<figcaption>` naming who ' +
          'said it. A plain `<blockquote>` written inside is shown without JavaScript and read as input. Quote marks ' +
          'follow the reader’s language (CSS `quotes`), the layout follows the text direction.',
      },
    },
  },
};
export default meta;

/** Every attribute by hand: try the controls. */
export const Playground: Story = story({
  ...BASE,
  cite: 'https://example.com/interviews/david-leitch',
  layout: 'inline',
});

/** The reference article's quote, inline in the text column. */
export const Inline: Story = story({ ...BASE, layout: 'inline' });

/** Floated to the end side of the column (the reference article's choice); full width on narrow screens. */
export const Aside: Story = story({ ...BASE, layout: 'aside' });

/** Large and centred, between sections. */
export const Hero: Story = story({ ...BASE, layout: 'hero' });

/** The CMS's own `<blockquote>`: shown as is without JavaScript, enhanced when the script loads. */
export const FromBlockquote: Story = {
  args: { ...BASE, layout: 'aside' },
  render: (args) => quote({ layout: args.layout, about: args.about }, true),
  parameters: snippetParameters(markup({ ...BASE, layout: 'aside' }, true)),
};

/** A long quote is set smaller so a hero does not fill the screen. */
export const LongQuote: Story = story({ ...BASE, text: LONG, layout: 'hero' });

/** German quote marks („…“) from `lang`, without any setting. */
export const German: Story = {
  ...story({
    lang: 'de',
    text: 'Die lange Einstellung im Treppenhaus wollte ich schon sehr lange einmal drehen.',
    speaker: 'David Leitch',
    'speaker-role': 'Regisseur',
    layout: 'inline',
  }),
};

/** Arabic, right to left: the rule and the aside move to the other side. */
export const RightToLeft: Story = {
  args: {
    text: 'كانت اللقطة الطويلة في بئر السلم شيئًا أردت تنفيذه منذ وقت طويل.',
    speaker: 'ديفيد ليتش',
    'speaker-role': 'مخرج',
    layout: 'aside',
  },
  decorators: [(s) => html`<div lang="ar" dir="rtl">${s()}</div>`],
  parameters: snippetParameters(
    `<div lang="ar" dir="rtl">\n${markup({ text: 'كانت اللقطة الطويلة في بئر السلم شيئًا أردت تنفيذه منذ وقت طويل.', speaker: 'ديفيد ليتش', 'speaker-role': 'مخرج', layout: 'aside' })}\n</div>`,
  ),
};

/** Forced dark scheme. */
export const Dark: Story = story({ ...BASE, theme: 'dark', layout: 'hero' });
