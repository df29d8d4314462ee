import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { featurette } from '../test/fixtures/atomic-blonde.js';
import { snippetParameters } from './support.js';

type Args = Record<string, string | boolean | undefined>;

const THUMB = '/demo/img/featurette.svg';
const YOUTUBE_PAGE = `https://www.youtube.com/watch?v=${featurette.id}`;
/** A public Vimeo staff-pick id, used only as an example. */
const VIMEO_ID = '76979871';
const VIMEO_PAGE = `https://vimeo.com/${VIMEO_ID}`;
const FILE = 'https://media.example.com/atomic-blonde/stairwell-featurette.mp4';

/** The link a CMS writes inside: what readers without JS (and before upgrade) get. */
const fallbackLink = (href: string) => ({ href, text: `Watch the featurette: ${featurette.name} (2:41)` });

/** An element with `args` as attributes (names are attribute names) and the fallback link inside. */
function embed(args: Args, href: string): HTMLElement {
  const el = document.createElement('video-embed');
  for (const [name, value] of Object.entries(args)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== undefined && value !== '' && value !== false) el.setAttribute(name, value);
  }
  const { text } = fallbackLink(href);
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  el.append(a);
  return el;
}

/** Attribute-safe JSON for the snippets: the value goes between single quotes. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** The copy-paste markup for `args`. */
function markup(args: Args, href: string): string {
  const attrs = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== '' && v !== false)
    .map(([k, v]) => (v === true ? k : k === 'data' || k === 'strings' ? `${k}='${attr(String(v))}'` : `${k}="${v}"`));
  const { text } = fallbackLink(href);
  return `<video-embed${attrs.length ? `\n  ${attrs.join('\n  ')}\n` : ''}>\n  <a href="${href}">${text}</a>\n</video-embed>`;
}

/** A column `width` wide around the story. */
const column = (width: string) => (s: () => unknown) => html`<div style="max-width: ${width}">${s()}</div>`;

type Story = StoryObj<Args>;

const story = (args: Args, href = YOUTUBE_PAGE, extra: Partial<Story> = {}): Story => ({
  args,
  render: (a) => embed(a, href),
  parameters: snippetParameters(markup(args, href)),
  ...extra,
});

const text = (description: string) => ({ control: 'text' as const, description });

const meta: Meta<Args> = {
  title: 'Elements/video-embed',
  component: 'video-embed',
  tags: ['autodocs'],
  render: (args) => embed(args, YOUTUBE_PAGE),
  decorators: [column('48rem')],
  argTypes: {
    provider: {
      control: 'select',
      options: ['', 'youtube', 'vimeo', 'file'],
      description: 'youtube, vimeo or file; worked out from url / video-id when empty.',
    },
    'video-id': text('YouTube (11 characters) or Vimeo (digits) id.'),
    url: text('A YouTube or Vimeo page/embed URL, or a video file URL.'),
    name: text('Title: shown on the poster, names the play button and the player.'),
    thumbnail: text('Poster image URL. Default: YouTube’s own thumbnail; none for Vimeo and files.'),
    duration: text('Running time: seconds or ISO 8601 ("PT2M41S").'),
    start: text('Start at: seconds or ISO 8601.'),
    consent: { control: 'boolean', description: 'Ask before loading anything from the video’s host.' },
    'aspect-ratio': text('Box ratio: "16/9" (default), "4:3", "1".'),
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Force a colour scheme.' },
    strings: text('JSON object replacing fixed words, e.g. {"play":"Abspielen: {name}"}.'),
    data: text('The video as JSON: {"provider","id","url","name","thumbnail","duration","startTime"}.'),
    jsonld: text('Read page JSON-LD (VideoObject): empty = every script, else a selector.'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'A click-to-play facade for YouTube, Vimeo or a video file. Before the reader presses play nothing is ' +
          'loaded from the video’s host except, for YouTube, its thumbnail (nothing at all with your own ' +
          'thumbnail). Hover or focus adds a preconnect hint; play loads the privacy-enhanced player ' +
          '(youtube-nocookie.com, Vimeo with dnt=1) and moves focus into it. With `consent`, the reader is asked ' +
          'first and the answer is a `video-consent` event. The box is reserved (16:9 by default), so nothing shifts.',
      },
    },
  },
};
export default meta;

/** Every attribute by hand: try the controls. */
export const Playground: Story = story({
  'video-id': featurette.id,
  name: featurette.name,
  duration: featurette.duration,
  thumbnail: THUMB,
  start: '',
  consent: false,
  'aspect-ratio': '',
});

/** The reference article's featurette: YouTube, the publisher's own poster, so no third-party request before play. */
export const YouTube: Story = story({
  'video-id': featurette.id,
  name: featurette.name,
  duration: featurette.duration,
  thumbnail: THUMB,
});

/** YouTube from its watch-page URL, starting 1:05 in. */
export const YouTubeFromUrl: Story = story({
  url: YOUTUBE_PAGE,
  name: featurette.name,
  duration: featurette.duration,
  start: '65',
  thumbnail: THUMB,
});

/** No thumbnail given: YouTube’s own (i.ytimg.com, the one third-party request before play). */
export const YouTubeDefaultThumbnail: Story = story({
  'video-id': featurette.id,
  name: featurette.name,
  duration: featurette.duration,
});

/** Vimeo: the player loads with dnt=1 (do not track). */
export const Vimeo: Story = story(
  { url: VIMEO_PAGE, name: featurette.name, duration: '161', thumbnail: THUMB },
  VIMEO_PAGE,
);

/** Vimeo without a thumbnail: Vimeo has no fixed thumbnail URL, so the facade is a plain box. */
export const NoThumbnail: Story = story({ 'video-id': VIMEO_ID, name: featurette.name, duration: '161' }, VIMEO_PAGE);

/** A video file: plays in the browser’s own `<video controls>`. */
export const VideoFile: Story = story({ url: FILE, name: featurette.name, duration: '161', thumbnail: THUMB }, FILE);

/**
 * `consent`: the first press shows a notice; nothing (not even YouTube’s thumbnail) is loaded until
 * "Play video". The page hears `video-consent` {accepted, provider} and can remember the choice by
 * removing `consent` from later embeds.
 */
export const Consent: Story = story({
  consent: true,
  'video-id': featurette.id,
  name: featurette.name,
  duration: featurette.duration,
});

/** Consent for a file on another host: the notice names that host. */
export const ConsentVideoFile: Story = story(
  { consent: true, url: FILE, name: featurette.name, thumbnail: THUMB },
  FILE,
);

/** `aspect-ratio="4:3"` for older footage. */
export const FourByThree: Story = story({
  'aspect-ratio': '4:3',
  'video-id': featurette.id,
  name: featurette.name,
  thumbnail: THUMB,
});

/** German words through `strings` and `lang` (the duration is read out in German too). */
export const German: Story = {
  ...story({
    lang: 'de',
    consent: true,
    'video-id': featurette.id,
    name: 'Atomic Blonde: So entstand der Kampf im Treppenhaus',
    duration: featurette.duration,
    thumbnail: THUMB,
    strings: JSON.stringify({
      video: 'Video',
      play: 'Abspielen: {name}',
      consent: 'Beim Abspielen wird das Video von {host} geladen; dabei können Cookies gesetzt werden.',
      accept: 'Video abspielen',
      cancel: 'Abbrechen',
    }),
  }),
};

/** Only the CMS link: a YouTube link inside is enough to build the facade. */
export const LinkOnly: Story = story({ name: featurette.name });

/** A bad id: one console warning, and the plain link stays, as without JavaScript. */
export const BadId: Story = story({ provider: 'youtube', 'video-id': 'not-an-id' });
