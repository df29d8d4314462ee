/**
 * Real publisher pages: every JSON-LD document in test/fixtures/real-world/jsonld.ts is
 * rendered by every element it has facts for, three ways (the element's own `jsonld`, a
 * `<film-data jsonld>` around it, and its `data` attribute), and every CMS snippet in
 * cms.ts inside the element that reads it. Each must show every fact with no console
 * warning or error. The clock is frozen at 2026-03-01T12:00Z (sinon); the time zone is
 * America/Los_Angeles where the browser can emulate one (Chromium), and every fact is a
 * calendar day, the same in every zone (Firefox keeps its own).
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { stripLdWrappers } from '../src/data/jsonld-text.js';
import { captureConsole, emulateTimeZone, nextFrame, shadowText } from './helpers.js';
import { cmsFixtures } from './fixtures/real-world/cms.js';
import { ldFixtures } from './fixtures/real-world/jsonld.js';
import type { Facts } from './fixtures/real-world/types.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const TAGS = {
  film: 'film-card',
  release: 'release-countdown',
  video: 'video-embed',
  quote: 'pull-quote',
  related: 'related-links',
} as const;
type Kind = keyof typeof TAGS;
const MODES = ['jsonld', 'film-data', 'data'] as const;

let clock: sinon.SinonFakeTimers;
let box: HTMLElement;
before(async () => {
  await emulateTimeZone('America/Los_Angeles');
});
after(async () => {
  await emulateTimeZone(undefined);
});
beforeEach(() => {
  clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  box = document.body.appendChild(document.createElement('div'));
  box.lang = 'en';
});
afterEach(() => {
  box.remove();
  clock.restore();
});

type Upgradable = HTMLElement & { updateComplete?: Promise<unknown> };

async function settle(...els: Element[]) {
  for (let i = 0; i < 3; i++) {
    for (const el of els) await (el as Upgradable).updateComplete;
    await nextFrame();
  }
}

const hls = () => document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';

/** Asserts every fact of `kind` in `facts` on the rendered element `el`. */
function assertFacts(el: Element, kind: Kind, facts: Facts, where: string) {
  const text = shadowText(el);
  const wanted = kind === 'video' ? facts.video!.text : (facts[kind] as string[]);
  for (const fact of [...wanted, ...(facts.also ?? [])])
    expect(text, `${where}: "${fact}" in "${text.slice(0, 300)}"`).to.include(fact);
  if (kind === 'film') for (const no of facts.filmAbsent ?? []) expect(text, `${where}: no "${no}"`).not.to.include(no);
  if (kind === 'related') {
    const headlines = [...el.shadowRoot!.querySelectorAll('[part~="link"]')].map((a) => a.textContent!.trim());
    expect(headlines, where).to.deep.equal(facts.related);
    if (facts.datetimes) {
      const times = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times, where).to.deep.equal(facts.datetimes);
    }
  }
  if (kind === 'video') {
    const play = el.shadowRoot!.querySelector('[part="play"]');
    const wantedPlay = facts.video!.play === 'hls' ? (hls() ? 'button' : 'link') : facts.video!.play;
    const got = !play ? 'none' : play.localName === 'a' ? 'link' : 'button';
    expect(got, `${where}: play control`).to.equal(wantedPlay);
    expect(el.shadowRoot!.querySelector('video,iframe'), `${where}: nothing loaded before a click`).to.equal(null);
    if (got === 'link') {
      expect(play!.getAttribute('target'), where).to.equal('_blank');
      expect(play!.getAttribute('rel'), where).to.equal('noopener');
      if (facts.video!.href) expect(play!.getAttribute('href'), where).to.equal(facts.video!.href);
    }
  }
}

function make(tag: string, facts: Facts): HTMLElement {
  const el = document.createElement(tag);
  if (tag === 'film-card' && facts.castRoles) el.setAttribute('cast-roles', '');
  return el;
}

describe('real-world JSON-LD: every fact, no warning', () => {
  let n = 0;
  for (const fx of ldFixtures) {
    const kinds = (Object.keys(TAGS) as Kind[]).filter((k) => fx[k] !== undefined);
    for (const kind of kinds) {
      for (const mode of MODES) {
        it(`${fx.id} → <${TAGS[kind]}> via ${mode}`, async () => {
          const id = `fx-ld-${n++}`;
          const con = captureConsole();
          try {
            const el = make(TAGS[kind], fx);
            if (mode === 'data') {
              el.setAttribute('data', JSON.stringify(JSON.parse(stripLdWrappers(fx.text))));
              box.append(el);
              await settle(el);
            } else {
              const script = Object.assign(document.createElement('script'), { type: 'application/ld+json', id });
              script.textContent = fx.text;
              box.append(script);
              if (mode === 'jsonld') {
                el.setAttribute('jsonld', `#${id}`);
                box.append(el);
                await settle(el);
              } else {
                const provider = document.createElement('film-data');
                provider.setAttribute('jsonld', `#${id}`);
                provider.append(el);
                box.append(provider);
                await settle(provider, el);
              }
            }
            assertFacts(el, kind, fx, `${fx.id} via ${mode}`);
          } finally {
            con.restore();
          }
          expect([...con.warns, ...con.errors], `${fx.id} via ${mode}`).to.deep.equal([]);
        });
      }
    }
  }

  it('has at least 40 documents, each with facts', () => {
    expect(ldFixtures.length).to.be.at.least(40);
    for (const fx of ldFixtures)
      expect(
        Object.keys(TAGS).some((k) => k in fx),
        fx.id,
      ).to.equal(true);
  });
});

describe('real-world CMS markup: every fact, no warning', () => {
  for (const fx of cmsFixtures) {
    it(`${fx.id} inside <${fx.element}>`, async () => {
      const con = captureConsole();
      let el: HTMLElement;
      try {
        // The markup is the test's own fixture, parsed inert, then moved in as the CMS's children.
        const parsed = new DOMParser().parseFromString(fx.html, 'text/html');
        el = make(fx.element, fx);
        el.append(...parsed.body.childNodes);
        box.append(el);
        await settle(el);
        const kind = (Object.keys(TAGS) as Kind[]).find((k) => TAGS[k] === fx.element)!;
        assertFacts(el, kind, fx, fx.id);
      } finally {
        con.restore();
      }
      expect([...con.warns, ...con.errors], fx.id).to.deep.equal([]);
      if (fx.html.includes('<iframe')) {
        // The provider's iframe is gone from the page once the element upgrades; a link to the video is left.
        expect(el.querySelector('iframe'), fx.id).to.equal(null);
        expect(el.querySelector('a')?.getAttribute('href'), fx.id).to.match(/^https:\/\/www\.youtube\.com\/embed\//);
      }
    });
  }

  it('has at least 12 snippets', () => expect(cmsFixtures.length).to.be.at.least(12));
});

describe('real-world messages', () => {
  it('JSON-LD of other types: one warning naming them, only when the element has nothing to show', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/ld+json', id: 'fx-news' });
    script.textContent = JSON.stringify([
      { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Box office' },
      { '@context': 'https://schema.org', '@type': 'WebSite', name: 'Reelkit Weekly' },
    ]);
    box.append(script);
    const con = captureConsole();
    const bare = Object.assign(document.createElement('film-card'), {});
    bare.setAttribute('jsonld', '#fx-news');
    const named = document.createElement('film-card');
    named.setAttribute('jsonld', '#fx-news');
    named.setAttribute('name', 'Atomic Blonde');
    box.append(bare, named);
    await settle(bare, named);
    con.restore();
    expect(con.warns).to.deep.equal(['<film-card> jsonld: found NewsArticle, WebSite; no Movie']);
    expect(con.errors).to.deep.equal([]);
    expect(shadowText(named, '[part="title"]')).to.equal('Atomic Blonde');
  });

  it('JSON-LD with a record of the wanted type that fails its check: only that check warns, no "found …; no …"', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/ld+json', id: 'fx-bad-video' });
    script.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'Featurette',
      contentUrl: 'javascript:alert(1)',
    });
    box.append(script);
    const con = captureConsole();
    const video = document.createElement('video-embed');
    video.setAttribute('jsonld', '#fx-bad-video');
    box.append(video);
    await settle(video);
    con.restore();
    expect(con.warns.filter((w) => w.includes('found'))).to.deep.equal([]);
    expect(con.warns.length).to.be.greaterThan(0);
    expect(con.warns.every((w) => w.startsWith('<video-embed> ignored'))).to.equal(true);
  });

  it('a year-only release says "Coming 2026" all year, no release-reached event; after the year, "available since 2026"', async () => {
    const reached: unknown[] = [];
    const coming = document.createElement('release-countdown');
    coming.setAttribute('date', '2026');
    coming.addEventListener('release-reached', (e) => reached.push(e));
    box.append(coming);
    await settle(coming);
    expect(shadowText(coming)).to.equal('Coming 2026');
    expect(coming.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026');
    expect(reached).to.deep.equal([]);
    clock.setSystemTime(Date.parse('2027-01-02T12:00:00Z'));
    const since = document.createElement('release-countdown');
    since.setAttribute('date', '2026');
    box.append(since);
    await settle(since);
    expect(shadowText(since)).to.equal('Cinema available since 2026');
  });

  it('broken JSON-LD inside a CDATA wrapper is still one error', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/ld+json', id: 'fx-bad' });
    script.textContent = '/* <![CDATA[ */ {"@type": "Movie", "name": } /* ]]> */';
    box.append(script);
    const con = captureConsole();
    const el = document.createElement('film-card');
    el.setAttribute('jsonld', '#fx-bad');
    box.append(el);
    await settle(el);
    con.restore();
    expect(con.errors.length).to.equal(1);
    expect(con.errors[0]).to.match(/^<film-card> jsonld: malformed JSON/);
  });
});
