import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { VideoEmbed } from '../src/components/video-embed/video-embed.js';
import type { FilmData } from '../src/context/film-data.js';
import { captureConsole, shadowText, languagesReady } from './helpers.js';
import { atomicBlonde, featurette } from './fixtures/atomic-blonde.js';

const ID = featurette.id;
const NAME = featurette.name;
const THUMB = '/test/fixtures/thumb.svg';
/** A real (silent, 0.2 s) media file: axe waits for media it checks to load. */
const CLIP = '/test/fixtures/clip.wav';
const YT_PLAYER = `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`;
const YT_THUMB = `https://i.ytimg.com/vi/${ID}/hqdefault.jpg`;

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** Booleans and strings, not elements, in assertions: a failing DOM comparison is costly to report. */
const has = (el: Element, selector: string) => !!el.shadowRoot!.querySelector(selector);
const focused = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;
const play = (el: Element) => q<HTMLButtonElement>(el, '[part=play]')!;
const player = (el: Element) => q<HTMLIFrameElement | HTMLVideoElement>(el, '[part=player]');
const preconnects = () =>
  [...document.head.querySelectorAll('link[rel=preconnect]')].map((l) => l.getAttribute('href'));
const settle = async (el: VideoEmbed) => {
  await el.updateComplete;
  await el.updateComplete;
};

/**
 * Every URL the page asks for: resource timing entries (what the network layer saw),
 * every src/href/poster an element was given (what would be fetched), and preconnect
 * hints in <head>. Third-party = not this page's origin.
 */
function spyRequests() {
  const urls = new Set<string>();
  const add = (u: string) => urls.add(new URL(u, location.href).href);
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => add(e.name)));
  observer.observe({ type: 'resource' });
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name: string, value: string) {
    if (/^(src|href|poster|srcset)$/i.test(name)) add(value);
    return setAttribute.call(this, name, value);
  };
  return {
    all: () => {
      observer.takeRecords().forEach((e) => add(e.name));
      preconnects().forEach((h) => add(h!));
      return [...urls];
    },
    thirdParty() {
      return this.all().filter((u) => new URL(u).origin !== location.origin);
    },
    restore() {
      observer.disconnect();
      Element.prototype.setAttribute = setAttribute;
    },
  };
}

describe('<video-embed>', () => {
  before(() => languagesReady('de'));
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    log = captureConsole();
    document.head.querySelectorAll('link[rel=preconnect]').forEach((l) => l.remove());
  });
  afterEach(() => log.restore());

  it('is defined', () => {
    expect(customElements.get('video-embed')).to.equal(VideoEmbed);
    expect(document.createElement('video-embed')).to.be.instanceOf(VideoEmbed);
  });

  it('renders the facade: poster, title, play button named "Play: <title>", duration', async () => {
    const el = await fixture<VideoEmbed>(
      html`<video-embed video-id=${ID} name=${NAME} duration="PT2M41S"><a href="#">fallback</a></video-embed>`,
    );
    expect(el).shadowDom.to.equal(`
      <div part="base">
        <img part="thumbnail" src="${YT_THUMB}" alt="" loading="lazy">
        <button part="play" aria-label="Play: ${NAME}" aria-describedby="d">
          <svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z"></path></svg>
        </button>
        <span part="name" aria-hidden="true">${NAME}</span>
        <span part="duration" aria-hidden="true">2:41</span>
        <span id="d" hidden>2 minutes, 41 seconds</span>
      </div>
    `);
    // semantic-dom-diff leaves <svg> out: check the icon on its own.
    expect(play(el).querySelector('svg[part=icon]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(has(el, 'slot')).to.equal(false);
    expect(log.warns).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('no title: the button is "Play: Video" and no title is drawn; long videos show hours', async () => {
    const el = await fixture<VideoEmbed>(html`<video-embed video-id=${ID} duration="3725"></video-embed>`);
    expect(play(el).getAttribute('aria-label')).to.equal('Play: Video');
    expect(has(el, '[part=name]')).to.equal(false);
    expect(shadowText(el, '[part=duration]')).to.equal('1:02:05');
    expect(shadowText(el, '#d')).to.equal('1 hour, 2 minutes, 5 seconds');
    await expect(el).to.be.accessible();
  });

  describe('network', () => {
    it('a local thumbnail: zero third-party requests before activation, exactly the player after', async () => {
      const spy = spyRequests();
      try {
        const el = await fixture<VideoEmbed>(
          html`<video-embed video-id=${ID} name=${NAME} thumbnail=${THUMB}></video-embed>`,
        );
        const img = q<HTMLImageElement>(el, 'img')!;
        if (!img.complete) await Promise.race([oneEvent(img, 'load'), oneEvent(img, 'error')]);
        await new Promise((r) => setTimeout(r, 50));
        // The spy works: it saw the local thumbnail being fetched.
        expect(spy.all()).to.include(new URL(THUMB, location.href).href);
        expect(spy.thirdParty()).to.deep.equal([]);
        expect(has(el, 'iframe, video')).to.equal(false);

        play(el).click();
        await settle(el);
        expect(player(el)!.getAttribute('src')).to.equal(YT_PLAYER);
        expect(spy.thirdParty()).to.deep.equal([YT_PLAYER]);
      } finally {
        spy.restore();
      }
    });

    it('no thumbnail given: YouTube thumbnail is the only third-party request before activation', async () => {
      const spy = spyRequests();
      try {
        const el = await fixture<VideoEmbed>(html`<video-embed video-id=${ID}></video-embed>`);
        await el.updateComplete;
        expect(spy.thirdParty()).to.deep.equal([YT_THUMB]);
      } finally {
        spy.restore();
      }
    });

    it('preconnect hints only on focus or hover, once per origin per page', async () => {
      const parent = await fixture(
        html`<div>
          <video-embed video-id=${ID} thumbnail=${THUMB}></video-embed>
          <video-embed video-id="oHg5SJYRHA0" thumbnail=${THUMB}></video-embed>
          <video-embed video-id="76979871" thumbnail=${THUMB}></video-embed>
          <video-embed url="/clip.mp4"></video-embed>
        </div>`,
      );
      const [a, b, c, d] = [...parent.querySelectorAll('video-embed')];
      await a!.updateComplete;
      expect(preconnects()).to.deep.equal([]);
      play(a!).focus();
      expect(preconnects()).to.deep.equal(['https://www.youtube-nocookie.com']);
      play(b!).dispatchEvent(new PointerEvent('pointerenter'));
      play(a!).dispatchEvent(new PointerEvent('pointerenter'));
      expect(preconnects()).to.deep.equal(['https://www.youtube-nocookie.com']);
      play(c!).dispatchEvent(new PointerEvent('pointerenter'));
      play(d!).focus();
      expect(preconnects()).to.deep.equal(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
    });

    it('no preconnect and no provider thumbnail while consent is pending', async () => {
      const spy = spyRequests();
      try {
        const el = await fixture<VideoEmbed>(html`<video-embed consent video-id=${ID}></video-embed>`);
        play(el).focus();
        play(el).dispatchEvent(new PointerEvent('pointerenter'));
        play(el).click();
        await settle(el);
        expect(has(el, 'img')).to.equal(false);
        expect(spy.thirdParty()).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });
  });

  describe('activation', () => {
    // ' ' is the Space key in both CDP and WebDriver BiDi ('Space' is CDP-only).
    for (const key of ['Enter', ' ']) {
      it(`keyboard ${key === ' ' ? 'Space' : key} on the focused button loads the player and focuses it`, async () => {
        const el = await fixture<VideoEmbed>(html`<video-embed video-id=${ID} name=${NAME}></video-embed>`);
        play(el).focus();
        expect(focused(el)).to.equal('play');
        await sendKeys({ press: key });
        await settle(el);
        const frame = player(el) as HTMLIFrameElement;
        expect(frame.localName).to.equal('iframe');
        expect(focused(el)).to.equal('player');
        expect(has(el, '[part=base]')).to.equal(false);
      });
    }

    const providers: [string, ReturnType<typeof html>, string, string][] = [
      [
        'youtube id',
        html`<video-embed video-id=${ID} name=${NAME} start="90"></video-embed>`,
        'iframe',
        `${YT_PLAYER}&start=90`,
      ],
      [
        'youtube watch URL, ISO start',
        html`<video-embed url="https://www.youtube.com/watch?v=${ID}" name=${NAME} start="PT1M5S"></video-embed>`,
        'iframe',
        `${YT_PLAYER}&start=65`,
      ],
      [
        'vimeo URL',
        html`<video-embed url="https://vimeo.com/76979871" name=${NAME} start="12.7"></video-embed>`,
        'iframe',
        'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=12s',
      ],
      [
        'vimeo id',
        html`<video-embed provider="vimeo" video-id="76979871" name=${NAME}></video-embed>`,
        'iframe',
        'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
      ],
      [
        'file',
        html`<video-embed url=${CLIP} name=${NAME} start="30" thumbnail=${THUMB}></video-embed>`,
        'video',
        `${CLIP}#t=30`,
      ],
    ];
    for (const [label, markup, tag, src] of providers) {
      it(`${label} -> <${tag} src="${src}">, focused, accessible`, async () => {
        const el = await fixture<VideoEmbed>(markup);
        await expect(el).to.be.accessible();
        play(el).click();
        await settle(el);
        const p = player(el)!;
        expect(p.localName).to.equal(tag);
        expect(p.getAttribute('src')).to.equal(src);
        expect(focused(el)).to.equal('player');
        if (tag === 'iframe') {
          expect(p.getAttribute('title')).to.equal(NAME);
          expect(p.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture');
        } else {
          expect(p.getAttribute('aria-label')).to.equal(NAME);
          expect(p.getAttribute('poster')).to.equal(THUMB);
          expect((p as HTMLVideoElement).controls).to.equal(true);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('play(): right after new data (how <film-card> plays its trailer here), and with consent', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed for="card"></video-embed>`);
      el.data = { url: `https://youtu.be/${ID}`, name: NAME };
      await el.play();
      await settle(el);
      expect(player(el)!.getAttribute('src')).to.equal(YT_PLAYER);
      expect(focused(el)).to.equal('player');
      const asked = await fixture<VideoEmbed>(html`<video-embed consent video-id=${ID}></video-embed>`);
      await asked.play();
      await settle(asked);
      expect(focused(asked)).to.equal('accept');
      expect(has(asked, '[part=player]')).to.equal(false);
    });

    it('data that changes to a player page of another host while playing: the facade, no iframe', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed video-id=${ID} name=${NAME}></video-embed>`);
      await el.play();
      await settle(el);
      expect(player(el)!.getAttribute('src')).to.equal(YT_PLAYER);
      el.data = { provider: 'page', name: 'Interview' };
      await settle(el);
      expect(has(el, 'iframe')).to.equal(false);
      expect(shadowText(el)).to.equal('Interview');
      el.data = { provider: 'page', url: '/interviews/leitch', name: 'Interview' };
      await settle(el);
      expect(has(el, 'iframe')).to.equal(false);
      expect(q(el, 'a[part=play]')!.getAttribute('href')).to.equal('/interviews/leitch');
      expect([...log.warns, ...log.errors]).to.deep.equal([]);
    });

    it('Vimeo has no default thumbnail: the facade is a plain box', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed video-id="76979871" name=${NAME}></video-embed>`);
      expect(has(el, 'img')).to.equal(false);
      expect(play(el).getAttribute('aria-label')).to.equal(`Play: ${NAME}`);
    });
  });

  describe('consent', () => {
    it('first activation asks; cancel fires video-consent {accepted:false} and restores the button', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed consent video-id=${ID} name=${NAME}></video-embed>`);
      play(el).click();
      await settle(el);
      expect(q(el, '[part=consent]')).dom.to.equal(`
        <div part="consent">
          <p id="c">Playing this video loads it from YouTube, which may set cookies.</p>
          <button part="accept" aria-describedby="c">Play video</button>
          <button part="cancel">Cancel</button>
        </div>`);
      expect(focused(el)).to.equal('accept');
      expect(has(el, '[part=player]')).to.equal(false);
      await expect(el).to.be.accessible();

      setTimeout(() => q(el, '[part=cancel]')!.click());
      const ev = await oneEvent(el, 'video-consent');
      expect(ev.detail).to.deep.equal({ accepted: false, provider: 'youtube' });
      expect(ev.bubbles && ev.composed).to.equal(true);
      await settle(el);
      expect(has(el, '[part=consent]')).to.equal(false);
      expect(has(el, '[part=player]')).to.equal(false);
      expect(focused(el)).to.equal('play');
    });

    it('accept fires video-consent {accepted:true} and loads the player, focused', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed consent url="https://vimeo.com/76979871" name=${NAME}></video-embed>`,
      );
      play(el).click();
      await settle(el);
      expect(shadowText(el, 'p')).to.equal('Playing this video loads it from Vimeo, which may set cookies.');
      setTimeout(() => q(el, '[part=accept]')!.click());
      const ev = await oneEvent(el, 'video-consent');
      expect(ev.detail).to.deep.equal({ accepted: true, provider: 'vimeo' });
      await settle(el);
      expect(player(el)!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      expect(focused(el)).to.equal('player');
      await expect(el).to.be.accessible();
    });

    it('a cross-origin file names its host; a same-origin file needs no consent', async () => {
      const far = await fixture<VideoEmbed>(
        html`<video-embed consent url="https://media.example.net/clip.mp4"></video-embed>`,
      );
      play(far).click();
      await settle(far);
      expect(shadowText(far, 'p')).to.equal(
        'Playing this video loads it from media.example.net, which may set cookies.',
      );
      const near = await fixture<VideoEmbed>(html`<video-embed consent url=${CLIP}></video-embed>`);
      play(near).click();
      await settle(near);
      expect(player(near)!.localName).to.equal('video');
    });

    it('strings and lang localise every word', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed
          lang="de"
          consent
          video-id=${ID}
          name="Making-of"
          duration="161"
          strings='{"play":"Abspielen: {name}","consent":"Lädt von {host}.","accept":"Abspielen","cancel":"Abbrechen"}'
        ></video-embed>`,
      );
      expect(play(el).getAttribute('aria-label')).to.equal('Abspielen: Making-of');
      expect(shadowText(el, '#d')).to.equal('2 Minuten, 41 Sekunden');
      play(el).click();
      await settle(el);
      expect(shadowText(el, '[part=consent]')).to.equal('Lädt von YouTube. Abspielen Abbrechen');
    });
  });

  describe('inputs', () => {
    const expected = { provider: 'youtube', id: ID, name: NAME, duration: 161 };
    const modelOf = (el: VideoEmbed) => (el as unknown as { model: unknown }).model;

    it('attributes', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed provider="youtube" video-id=${ID} name=${NAME} duration="161"></video-embed>`,
      );
      expect(modelOf(el)).to.deep.equal(expected);
    });

    it('data attribute (JSON)', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed data=${JSON.stringify(featurette)}></video-embed>`);
      expect(modelOf(el)).to.deep.equal(expected);
      expect(play(el).getAttribute('aria-label')).to.equal(`Play: ${NAME}`);
    });

    it('data property', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed .data=${featurette}></video-embed>`);
      expect(modelOf(el)).to.deep.equal(expected);
    });

    it('child <script type="application/json">', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed
          ><script type="application/json">
            ${JSON.stringify(featurette)}
          </script></video-embed
        >`,
      );
      await el.updateComplete;
      expect(modelOf(el)).to.deep.equal(expected);
    });

    it('<film-data> article.video, else the film trailer', async () => {
      const parent = await fixture<FilmData>(
        html`<div>
          <film-data .data=${{ video: featurette }}><video-embed></video-embed></film-data>
          <film-data .data=${{ film: { ...atomicBlonde, trailer: { url: 'https://youtu.be/oHg5SJYRHA0' } } }}
            ><video-embed></video-embed
          ></film-data>
        </div>`,
      );
      const [a, b] = [...parent.querySelectorAll('video-embed')];
      await a!.updateComplete;
      await b!.updateComplete;
      expect(modelOf(a!)).to.deep.equal(expected);
      expect(modelOf(b!)).to.deep.equal({
        provider: 'youtube',
        id: 'oHg5SJYRHA0',
        url: 'https://youtu.be/oHg5SJYRHA0',
      });
    });

    it('page JSON-LD VideoObject', async () => {
      const ld = document.createElement('script');
      ld.type = 'application/ld+json';
      ld.id = 'video-ld';
      ld.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'VideoObject',
        name: NAME,
        embedUrl: `https://www.youtube-nocookie.com/embed/${ID}`,
        thumbnailUrl: THUMB,
        duration: 'PT2M41S',
      });
      document.head.append(ld);
      try {
        const el = await fixture<VideoEmbed>(html`<video-embed jsonld="#video-ld"></video-embed>`);
        await el.updateComplete;
        expect(modelOf(el)).to.deep.equal({
          provider: 'youtube',
          id: ID,
          url: `https://www.youtube-nocookie.com/embed/${ID}`,
          name: NAME,
          thumbnail: { url: THUMB },
          duration: 161,
        });
        expect(q(el, 'img')!.getAttribute('src')).to.equal(THUMB);
      } finally {
        ld.remove();
      }
    });

    it('the light-DOM fallback link gives the url (its text is not a title)', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed><a href="https://youtu.be/${ID}">Watch the featurette (2:41)</a></video-embed>`,
      );
      expect(modelOf(el)).to.deep.equal({ provider: 'youtube', id: ID, url: `https://youtu.be/${ID}` });
      expect(play(el).getAttribute('aria-label')).to.equal('Play: Video');
      const file = await fixture<VideoEmbed>(html`<video-embed><a href="/media/clip.webm?v=2">Watch</a></video-embed>`);
      expect(modelOf(file)).to.deep.equal({ provider: 'file', url: '/media/clip.webm?v=2' });
      const page = await fixture<VideoEmbed>(html`<video-embed><a href="/videos/featurette">Watch</a></video-embed>`);
      expect(modelOf(page)).to.equal(undefined);
      expect(log.warns).to.deep.equal([]);
    });

    it('a <film-data> video with the light-DOM link (the demo page): the provider names it', async () => {
      const parent = await fixture<FilmData>(
        html`<film-data .data=${{ video: { ...featurette, thumbnail: { url: THUMB } } }}
          ><video-embed
            ><a href="https://www.youtube.com/watch?v=${ID}">Watch the featurette (2:41)</a></video-embed
          ></film-data
        >`,
      );
      const el = parent.querySelector('video-embed')!;
      await el.updateComplete;
      expect(play(el).getAttribute('aria-label')).to.equal(`Play: ${NAME}`);
      expect(q(el, 'img')!.getAttribute('src')).to.equal(THUMB);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    const cases: [string, ReturnType<typeof html>, string[]][] = [
      [
        'bad YouTube id',
        html`<video-embed provider="youtube" video-id=${'abc<script>'}><a href="/v">Watch</a></video-embed>`,
        ['<video-embed> ignored id: not a YouTube video id'],
      ],
      [
        'bad Vimeo id',
        html`<video-embed provider="vimeo" video-id="12ab"><a href="/v">Watch</a></video-embed>`,
        ['<video-embed> ignored id: not a Vimeo video id'],
      ],
      [
        'javascript: URL',
        html`<video-embed url="javascript:alert(1)" name="x"><a href="/v">Watch</a></video-embed>`,
        [
          '<video-embed> ignored url: javascript: URLs are not allowed',
          '<video-embed> ignored video: needs an id or url',
        ],
      ],
    ];
    for (const [label, markup, warns] of cases) {
      it(`${label}: warns once, keeps the light-DOM link`, async () => {
        const el = await fixture<VideoEmbed>(markup);
        el.requestUpdate();
        await el.updateComplete;
        expect(log.warns).to.deep.equal(warns);
        expect(el).shadowDom.to.equal('<slot></slot>');
        expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }

    it('unknown provider: warns, then works it out from the id', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed provider="dailymotion" video-id=${ID}></video-embed>`);
      expect(log.warns).to.deep.equal([
        '<video-embed> ignored provider: "dailymotion" is not one of youtube, vimeo, file, page',
      ]);
      play(el).click();
      await settle(el);
      expect(player(el)!.getAttribute('src')).to.equal(YT_PLAYER);
    });

    it('bad aspect-ratio: one warning, 16/9 kept', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed style="width: 640px" aspect-ratio="wide" video-id=${ID}></video-embed>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(log.warns).to.deep.equal(['<video-embed> ignored aspect-ratio: "wide" is not a ratio like 16/9']);
      expect(el.getBoundingClientRect().height).to.equal(360);
    });
  });

  describe('box', () => {
    const box = (el: Element) => el.getBoundingClientRect().height;

    it('16:9 by default, with data, without data, and once playing', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed style="width: 640px"><a href="https://youtu.be/${ID}">Watch</a></video-embed>`,
      );
      expect(box(el)).to.equal(360);
      play(el).click();
      await settle(el);
      expect(box(el)).to.equal(360);
      expect(box(player(el)!)).to.equal(360);
      const empty = await fixture<VideoEmbed>(
        html`<video-embed style="width: 640px"><a href="/video">Watch the video</a></video-embed>`,
      );
      expect(has(empty, 'slot')).to.equal(true);
      expect(box(empty)).to.equal(360);
    });

    for (const [ratio, height] of [
      ['4:3', 480],
      ['4/3', 480],
      ['1', 640],
      ['2.35 / 1', 272],
    ] as const) {
      it(`aspect-ratio="${ratio}" -> 640x${height}`, async () => {
        const el = await fixture<VideoEmbed>(
          html`<video-embed style="width: 640px" aspect-ratio=${ratio} video-id=${ID}></video-embed>`,
        );
        expect(Math.round(box(el))).to.equal(height);
        el.aspectRatio = undefined;
        await el.updateComplete;
        expect(box(el)).to.equal(360);
      });
    }

    it('the pre-upgrade box (reelkit.css fallback rule) is the upgraded box: no layout shift', async function () {
      this.timeout(30_000); // loads a page into an iframe: slow on a busy machine
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="Before upgrade" style="width: 640px; height: 500px; border: 0"></iframe>`,
      );
      const loaded = oneEvent(frame, 'load');
      frame.srcdoc = `<!doctype html><link rel="stylesheet" href="/src/components/video-embed/video-embed.fallback.css">
        <body style="margin:0"><video-embed video-id="${ID}"><a href="https://youtu.be/${ID}">Watch</a></video-embed>`;
      await loaded;
      const doc = frame.contentDocument!;
      const link = doc.querySelector('link')!;
      if (!(link as HTMLLinkElement).sheet) await oneEvent(link, 'load');
      const before = box(doc.querySelector('video-embed')!);
      const el = await fixture<VideoEmbed>(
        html`<video-embed style="width: 640px" video-id=${ID}><a href="https://youtu.be/${ID}">Watch</a></video-embed>`,
      );
      expect(before).to.equal(360);
      expect(box(el)).to.equal(before);
    });
  });

  it('works under Trusted Types (require-trusted-types-for script): no sink is ever used', async function () {
    this.timeout(30_000); // loads the whole library again inside an iframe
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Trusted Types page" style="width: 640px; height: 400px"></iframe>`,
    );
    const loaded = oneEvent(frame, 'load');
    frame.srcdoc = `<!doctype html>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">
      <body style="margin:0"><video-embed video-id="${ID}" name="Featurette" thumbnail="${THUMB}" consent></video-embed>
      <script type="module" src="/src/index.ts"></script>`;
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    if (!('trustedTypes' in win)) this.skip();
    const violations: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.blockedURI || e.violatedDirective),
    );
    // The policy is really enforced: a string into a sink throws.
    expect(() => {
      // eslint-disable-next-line no-restricted-properties -- proving that the sink throws here
      win.document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw();
    await win.customElements.whenDefined('video-embed');
    const el = win.document.querySelector('video-embed') as VideoEmbed;
    await el.updateComplete;
    play(el).click();
    await settle(el);
    q(el, '[part=accept]')!.click();
    await settle(el);
    expect(player(el)!.getAttribute('src')).to.equal(YT_PLAYER);
    expect(violations).to.deep.equal([]);
  });
});
