// Languages: every shipped pack against the elements' own English words, every element
// rendered in every language without an English fixed word, the loader (one request per
// language, English plus one warning when a pack fails), lang from any ancestor, live.
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/index.js';
import { PACKS, lookupChain, packFor, packs, registerTranslation, type Word } from '../src/i18n/registry.js';
import { PACK_TIMEOUT, packState, packUrl, resetPackStates } from '../src/i18n/load.js';
import { ELEMENTS, FULL, deepElements, settle, type Host } from './security/harness.js';
import { captureConsole, until } from './helpers.js';

/** Words that are the same in many languages (format and brand names): a pack may keep the English. */
const INTERNATIONAL: Record<string, string[]> = {
  'film-card': ['tickets', 'trailer'],
  'release-countdown': ['digital', 'physical', 'streaming', 'tv', 'dvd', 'blu-ray', '4k'],
  'video-embed': ['video'],
  // "Readers: 6.7/10": a name, a colon and a fraction, written alike in most languages.
  'review-score': ['averageBy'],
};
/** Keys no page shows as text (the calendar file's event title). */
const NOT_SHOWN: Record<string, string[]> = { 'release-countdown': ['event'] };
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Every element that has words, by its pack section, with its English words. */
const SECTIONS = ELEMENTS.filter((e) => Object.keys(e.defaultStrings).length).map((e) => ({
  name: (customElements.get(e.tag) as unknown as { wordsName: string }).wordsName,
  info: e,
}));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Loads every pack through the real loader (resolves when all are registered). */
const loadAll = () => Promise.all(PACKS.map((code) => packState(code)));

describe('languages', function () {
  this.timeout(60_000);

  describe('packs', () => {
    before(loadAll);

    it('ships at least the 33 languages the issue lists', () => {
      const wanted =
        'ar bg cs da de el es es-419 fa fi fr he hi hu id it ja ko nb nl pl pt pt-BR ro ru sk sv th tr uk vi zh-Hans zh-Hant';
      expect(wanted.split(' ').filter((code) => !(PACKS as readonly string[]).includes(code))).to.deep.equal([]);
      expect(PACKS.filter((code) => !packs()[code])).to.deep.equal([]);
    });

    for (const code of PACKS) {
      it(`${code}: every word of every element, no unknown keys, the same placeholders, every plural form`, () => {
        const pack = packs()[code]!;
        const problems: string[] = [];
        const plural = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
        expect(Object.keys(pack).sort()).to.deep.equal(SECTIONS.map((s) => s.name).sort());
        for (const { name, info } of SECTIONS) {
          const words = pack[name]!;
          for (const key of Object.keys(words)) {
            if (!(key in info.defaultStrings)) problems.push(`${name}.${key}: unknown key`);
          }
          for (const [key, english] of Object.entries(info.defaultStrings)) {
            const word: Word | undefined = words[key];
            const where = `${name}.${key}`;
            if (word === undefined) {
              problems.push(`${where}: missing`);
              continue;
            }
            const wanted = placeholders(english);
            if (english.includes('{n}')) {
              // A count: forms by plural category; "other" keeps every placeholder, the rest may drop {n} ("one more").
              if (typeof word !== 'object') problems.push(`${where}: a count needs plural forms`);
              else {
                for (const c of plural) if (!word[c as Intl.LDMLPluralRule]) problems.push(`${where}: no "${c}" form`);
                for (const [c, form] of Object.entries(word)) {
                  if (!CATEGORIES.includes(c)) problems.push(`${where}: "${c}" is not a plural category`);
                  if (!placeholders(form).every((p) => wanted.includes(p)))
                    problems.push(`${where}.${c}: placeholders`);
                }
                if (word.other && placeholders(word.other).join() !== wanted.join())
                  problems.push(`${where}.other: placeholders ${placeholders(word.other).join()}`);
              }
              continue;
            }
            if (typeof word !== 'string') problems.push(`${where}: expected text`);
            else {
              if (placeholders(word).join() !== wanted.join()) problems.push(`${where}: placeholders`);
              if (word === english && !INTERNATIONAL[name]?.includes(key)) problems.push(`${where}: still English`);
              if (!word.trim()) problems.push(`${where}: empty`);
            }
          }
        }
        expect(problems).to.deep.equal([]);
      });
    }
  });

  describe('lookup', () => {
    const rows: [string, string[], string | undefined][] = [
      ['de-AT', ['de-AT', 'de'], 'de'],
      ['de', ['de'], 'de'],
      ['zh-TW', ['zh-TW', 'zh-Hant', 'zh'], 'zh-Hant'],
      ['zh-HK', ['zh-HK', 'zh-Hant', 'zh'], 'zh-Hant'],
      ['zh-CN', ['zh-CN', 'zh-Hans', 'zh'], 'zh-Hans'],
      ['zh-SG', ['zh-SG', 'zh-Hans', 'zh'], 'zh-Hans'],
      ['zh-Hant-HK', ['zh-Hant-HK', 'zh-Hant', 'zh'], 'zh-Hant'],
      ['zh', ['zh', 'zh-Hans'], 'zh-Hans'],
      ['pt-PT', ['pt-PT', 'pt'], 'pt'],
      ['pt-BR', ['pt-BR', 'pt'], 'pt-BR'],
      ['es-MX', ['es-MX', 'es-419', 'es'], 'es-419'],
      ['es-ES', ['es-ES', 'es'], 'es'],
      ['no', ['no', 'nb'], 'nb'],
      ['en-GB', ['en-GB'], undefined],
      ['en', [], undefined],
      ['x!', [], undefined],
    ];
    for (const [lang, chain, pack] of rows) {
      it(`${lang} → ${[...chain, 'en'].join(' → ')} (pack: ${pack ?? 'none, English built in'})`, () => {
        expect(lookupChain(lang)).to.deep.equal(chain);
        expect(packFor(lang)).to.equal(pack);
      });
    }
  });

  describe('every element in every language', () => {
    let clock: sinon.SinonFakeTimers;
    before(loadAll);
    // The countdown shows "in 1 year" from a frozen 2026-06-01 noon UTC, in the UTC zone it is given.
    beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.UTC(2026, 5, 1, 12), toFake: ['Date'] })));
    afterEach(() => clock.restore());

    /** English fixed words as a reader would see them: each element's words between placeholders. */
    const englishWords = SECTIONS.flatMap(({ name, info }) =>
      Object.entries(info.defaultStrings)
        .filter(([key]) => !INTERNATIONAL[name]?.includes(key) && !NOT_SHOWN[name]?.includes(key))
        .flatMap(([, text]) => text.split(/\{\w+\}/))
        .map((part) => part.replace(/^[\s:,.]+|[\s:,.]+$/g, ''))
        .filter((part) => part.length >= 4),
    );

    const POSTER = { url: '/test/security/pages/poster.svg' };
    const film = {
      ...(FULL.film as object),
      image: POSTER,
      links: ['tickets', 'info', 'official', 'watch'].map((kind) => ({ url: `/rk/${kind}`, kind, sponsored: true })),
    };
    const related = {
      items: [0, 1].map((i) => ({ ...(FULL.related as { items: object[] }).items[0], url: `/rk/${i}` })),
    };
    const youtube = { provider: 'youtube', id: 'q0Ad7tbCjS0', name: 'Clip', thumbnail: POSTER };
    /** One offer of every type, a pre-order and both marks, so every word of <where-to-watch> shows. */
    const offers = {
      checked: '2026-05-30',
      offers: ['stream', 'rent', 'buy', 'free', 'ads', 'cinema'].map((type, i) => ({
        provider: `P${i}`,
        url: `/rk/o${i}`,
        type,
        ...(type === 'buy' ? { price: 9.99, currency: 'EUR', availabilityStarts: '2027-01-14', affiliate: true } : {}),
        ...(type === 'rent' ? { sponsored: true } : {}),
      })),
    };

    /** Every element with words, fully fed, in `lang` (the consent notice shown); the text and accessible names of their shadow trees. */
    async function page(lang: string) {
      const box = await fixture<HTMLElement>(html`
        <div lang=${lang} style="width: 360px">
          <film-card .data=${film} cast-limit="0" cast-roles></film-card>
          <release-countdown time-zone="UTC" data='{"kind":"theatrical","date":"2027-06-01"}'></release-countdown>
          <release-countdown time-zone="UTC" data='{"kind":"physical","date":"2020-01-01"}'></release-countdown>
          <release-countdown time-zone="UTC" data='{"kind":"theatrical","date":"2028"}'></release-countdown>
          <release-countdown time-zone="UTC" data='{"kind":"blu-ray","date":"2026-06-01T11:00Z"}'></release-countdown>
          <related-links layout="carousel" max="1" .data=${related}></related-links>
          <video-embed .data=${FULL.video}></video-embed>
          <review-score .data=${FULL.review}></review-score>
          <review-score .data=${{ ratingValue: 7, aggregateRating: { ratingValue: 6 } }}></review-score>
          <where-to-watch .data=${offers}></where-to-watch>
          <video-embed consent .data=${youtube}></video-embed>
        </div>
      `);
      await settle(box);
      await until(
        () => [...box.children].every((el) => el.shadowRoot?.querySelector('[part]')),
        'every element rendered',
      );
      (box.lastElementChild!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      await settle(box);
      const seen: string[] = [];
      for (const el of box.children) {
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        while (walker.nextNode())
          if (walker.currentNode.parentElement?.localName !== 'style') seen.push(walker.currentNode.nodeValue!);
        for (const node of deepElements(el.shadowRoot!.firstElementChild ?? el)) {
          for (const a of ['aria-label', 'alt', 'title']) if (node.getAttribute(a)) seen.push(node.getAttribute(a)!);
        }
      }
      return { box, text: seen.join(' | ').replace(/\s+/g, ' ') };
    }

    /** `word` as a whole word ("Cinema" is not in "Cinemas"). */
    const shows = (text: string, word: string) =>
      new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

    it('English shows the English words (the check below can fail)', async () => {
      const { text } = await page('en');
      const missing = englishWords.filter((word) => !shows(text, word));
      // Only the words this page does not show: "Show less" (after "Read more") and the
      // label of a link to another host's player page (the pack test checks them).
      expect(missing).to.deep.equal(['Show less', 'Play on', '(new tab)']);
    });

    for (const code of PACKS) {
      it(`${code}: no English fixed word in text or accessible names`, async () => {
        const { text } = await page(code);
        expect(englishWords.filter((word) => shows(text, word))).to.deep.equal([]);
        expect(text).to.contain((packs()[code]!['film-card']!.directedBy as string).trim());
      });
    }

    for (const code of ['ar', 'he', 'ja', 'hi', 'fa', 'de']) {
      it(`${code}: every element passes axe`, async () => {
        const { box } = await page(code);
        for (const el of box.children) await expect(el).to.be.accessible();
      });
    }
  });

  describe('right to left', () => {
    before(() => Promise.all(['ar', 'he', 'fa'].map(packState)));

    for (const code of ['ar', 'he', 'fa']) {
      it(`${code} without dir on the page: the shadow content is right to left`, async () => {
        const box = await fixture<HTMLElement>(
          html`<div lang=${code}>
            <film-card name="X" director="Y"></film-card>
            <related-links layout="carousel" .data=${FULL.related}></related-links>
            <release-countdown time-zone="UTC" data='{"kind":"theatrical","date":"2099-06-01"}'></release-countdown>
            <pull-quote text="Q" speaker="S"></pull-quote>
            <where-to-watch provider="P" href="/rk/p"></where-to-watch>
          </div>`,
        );
        await settle(box);
        for (const el of box.children) {
          const root = el.shadowRoot!.firstElementChild!;
          expect([el.localName, root.getAttribute('dir')]).to.deep.equal([el.localName, 'rtl']);
          expect(getComputedStyle(root).direction).to.equal('rtl');
        }
      });
    }

    it("the page's own dir wins; an LTR language in an RTL page is left alone", async () => {
      const box = await fixture<HTMLElement>(
        html`<div>
          <div lang="ar" dir="ltr"><film-card name="X"></film-card></div>
          <div dir="rtl"><film-card lang="de" name="X"></film-card></div>
          <film-card lang="he" dir="ltr" name="X"></film-card>
        </div>`,
      );
      await settle(box);
      const dirs = [...box.querySelectorAll('film-card')].map((el) => [
        el.shadowRoot!.firstElementChild!.getAttribute('dir'),
        getComputedStyle(el.shadowRoot!.firstElementChild!).direction,
      ]);
      expect(dirs).to.deep.equal([
        [null, 'ltr'],
        [null, 'rtl'],
        [null, 'ltr'],
      ]);
    });

    it('the carousel arrows point the reading way in Arabic', async () => {
      const el = await fixture<Host>(
        html`<related-links lang="ar" layout="carousel" .data=${FULL.related}></related-links>`,
      );
      await settle(el);
      const back = el.shadowRoot!.querySelector('[part="controls"] button') as HTMLElement;
      expect(getComputedStyle(back).transform).to.not.equal('none');
    });
  });

  describe('lang from any ancestor, live', () => {
    before(() => Promise.all(['de', 'fr', 'ja'].map(packState)));

    it("an ancestor's lang change re-renders the elements under it at once, in the new language", async () => {
      const box = await fixture<HTMLElement>(
        html`<section lang="de">
          <div><film-card name="X" director="Y"></film-card></div>
          <related-links .data=${FULL.related}></related-links>
        </section>`,
      );
      await settle(box);
      const card = box.querySelector('film-card')!;
      const links = box.querySelector('related-links')!;
      const credit = () => card.shadowRoot!.querySelector('dt')!.textContent;
      const heading = () => links.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim();
      expect([credit(), heading()]).to.deep.equal(['Regie', 'Mehr zum Thema']);
      box.setAttribute('lang', 'fr');
      await until(() => credit() === 'Réalisation', 'the card in French');
      expect(heading()).to.equal('À lire aussi');
      box.removeAttribute('lang');
      box.parentElement!.setAttribute('lang', 'ja');
      await until(() => credit() === '監督', 'the card in Japanese, from a farther ancestor');
      box.parentElement!.removeAttribute('lang');
    });

    it("an element's own lang wins over its ancestors'", async () => {
      const box = await fixture<HTMLElement>(
        html`<div lang="de"><film-card lang="fr" name="X" director="Y"></film-card></div>`,
      );
      await settle(box);
      expect(box.querySelector('film-card')!.shadowRoot!.querySelector('dt')!.textContent).to.equal('Réalisation');
    });

    it('lang on the host of a shadow root reaches the elements inside it', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const card = document.createElement('film-card');
      card.setAttribute('name', 'X');
      card.setAttribute('director', 'Y');
      root.append(card);
      await until(
        () => card.shadowRoot?.querySelector('dt')?.textContent === 'Regie',
        'German through the shadow root',
      );
      host.setAttribute('lang', 'fr');
      await until(() => card.shadowRoot!.querySelector('dt')!.textContent === 'Réalisation', 'French at once');
    });
  });

  describe('words the page gives', () => {
    before(() => packState('de'));
    afterEach(() => registerTranslation('de', { 'film-card': { directedBy: 'Regie' } }));

    it('registerTranslation() adds words for the whole page; <film-data strings> for its elements; own strings win', async () => {
      const box = await fixture<HTMLElement>(
        html`<div lang="de">
          <film-data strings='{"film-card": {"starring": "Darsteller"}, "sponsored": "Werbung"}'>
            <film-card
              id="a"
              name="X"
              director="Y"
              cast="Z"
              .data=${{ links: [{ url: '/t', kind: 'tickets', sponsored: true }] }}
            ></film-card>
            <film-card id="b" name="X" director="Y" cast="Z" strings='{"starring": "Mit dabei"}'></film-card>
          </film-data>
          <film-card id="c" name="X" director="Y"></film-card>
        </div>`,
      );
      await settle(box);
      const dts = (id: string) =>
        [...box.querySelector(`#${id}`)!.shadowRoot!.querySelectorAll('dt')].map((d) => d.textContent);
      expect(dts('a')).to.deep.equal(['Regie', 'Darsteller']);
      expect(box.querySelector('#a')!.shadowRoot!.querySelector('[part="sponsored"]')!.textContent).to.equal('Werbung');
      expect(dts('b')).to.deep.equal(['Regie', 'Mit dabei']);
      registerTranslation('de', { 'film-card': { directedBy: 'Inszenierung' } });
      await until(() => dts('c')[0] === 'Inszenierung', 'the registered word, at once');
      expect(dts('a')).to.deep.equal(['Inszenierung', 'Darsteller']);
    });

    it("a ticking countdown takes new words at once: registerTranslation(), then its <film-data>'s strings", async () => {
      const box = await fixture<HTMLElement>(
        html`<div lang="de">
          <film-data>
            <release-countdown date="2099-01-01T00:00:00Z" precision="second" label="Kino"></release-countdown>
          </film-data>
        </div>`,
      );
      await settle(box);
      const root = box.querySelector('release-countdown')!.shadowRoot!;
      const text = (part: string) => root.querySelector(`[part="${part}"]`)!.textContent;
      expect([text('heading'), text('calendar')]).to.deep.equal(['Kino: noch', 'Zum Kalender hinzufügen']);
      try {
        registerTranslation('de', { 'release-countdown': { calendar: 'Vormerken', before: 'Noch bis {label}:' } });
        await until(() => text('calendar') === 'Vormerken', 'the registered word, at once');
        expect(text('heading')).to.equal('Noch bis Kino:');
        box.querySelector('film-data')!.setAttribute('strings', '{"release-countdown": {"calendar": "Merken"}}');
        await until(() => text('calendar') === 'Merken', "the <film-data>'s word, at once");
        expect(text('heading')).to.equal('Noch bis Kino:');
      } finally {
        registerTranslation('de', {
          'release-countdown': { calendar: 'Zum Kalender hinzufügen', before: '{label}: noch' },
        });
      }
    });

    it('registerTranslation() adds a language reelkit does not ship, with plural forms', async () => {
      registerTranslation('eo', {
        'film-card': { directedBy: 'Reĝisoro', andMore: { one: '{n} alia', other: '{n} aliaj' } },
      });
      const el = await fixture<Host>(
        html`<film-card lang="eo" name="X" director="A" cast="A, B, C" cast-limit="1"></film-card>`,
      );
      await settle(el);
      const dd = [...el.shadowRoot!.querySelectorAll('dd')].map((d) => d.textContent);
      expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('Reĝisoro');
      expect(dd[1]).to.match(/2 aliaj$/);
    });

    it('plural forms follow the language: Polish and Arabic', async () => {
      await Promise.all(['pl', 'ar'].map(packState));
      const forms: string[] = [];
      for (const [lang, cast] of [
        ['pl', 'A, B'],
        ['pl', 'A, B, C, D'],
        ['pl', 'A, B, C, D, E, F'],
        ['ar', 'A, B'],
        ['ar', 'A, B, C'],
        ['ar', 'A, B, C, D'],
      ] as const) {
        const el = await fixture<Host>(html`<film-card lang=${lang} name="X" cast=${cast} cast-limit="1"></film-card>`);
        await settle(el);
        forms.push(el.shadowRoot!.querySelector('dd')!.textContent!.replace(/^A.\s*(i|و)?\s*/, ''));
      }
      expect(forms).to.deep.equal([
        '1 inna osoba',
        '3 inne osoby',
        '5 innych osób',
        'واحد آخر',
        'اثنان آخران',
        '3 آخرين',
      ]);
    });
  });

  describe('regional releases and ratings', () => {
    let clock: sinon.SinonFakeTimers;
    before(() => Promise.all(['de', 'fr'].map(packState)));
    // Frozen at 2017-06-01 UTC; every release is a day in UTC.
    beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.UTC(2017, 5, 1), toFake: ['Date'] })));
    afterEach(() => clock.restore());
    const releases = [
      { kind: 'theatrical', date: '2017-07-28', timeZone: 'UTC', region: 'US' },
      { kind: 'theatrical', date: '2017-08-11', timeZone: 'UTC', region: 'GB' },
      { kind: 'theatrical', date: '2017-08-24', timeZone: 'UTC' },
      { kind: 'digital', date: '2017-10-31', timeZone: 'UTC', region: 'US' },
    ];
    const rows: [string, string | undefined, string][] = [
      ['en-US', undefined, 'July 28, 2017'],
      ['en-GB', undefined, '11 August 2017'],
      ['de-AT', undefined, '24. August 2017'], // no Austrian release: the worldwide one
      ['fr', undefined, '24 août 2017'], // no region in the language: the worldwide one
      ['en-GB', 'US', '28 July 2017'], // the region attribute wins
    ];
    for (const [lang, region, date] of rows) {
      it(`<release-countdown lang=${lang}${region ? ` region=${region}` : ''}> counts to ${date}`, async () => {
        const el = await fixture<Host>(
          html`<release-countdown lang=${lang} region=${region ?? nothing} .data=${{ releases }}></release-countdown>`,
        );
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="date"]')!.textContent!.trim()).to.equal(date);
      });
    }

    const ratings = [
      { value: 'R', region: 'US' },
      { value: '15', region: 'GB' },
      { value: 'FSK 16', region: 'DE' },
    ];
    const ratingRows: [string, unknown, string][] = [
      ['en-GB', ratings, '15'],
      ['de-DE', ratings, 'FSK 16'],
      ['fr-FR', ratings, 'R'], // none for France, none without a region: the first
      ['fr-FR', [...ratings, { value: 'Tous publics' }], 'Tous publics'],
      ['de-DE', { value: 'R', region: 'US' }, 'R'], // one rating, as before
    ];
    for (const [lang, contentRating, shown] of ratingRows) {
      it(`<film-card lang=${lang}> with ${Array.isArray(contentRating) ? contentRating.length : 'one'} rating(s) shows ${shown}`, async () => {
        const el = await fixture<Host>(
          html`<film-card lang=${lang} .data=${{ name: 'X', contentRating }}></film-card>`,
        );
        await settle(el);
        const badge = el.shadowRoot!.querySelector('[part="rating"]')!;
        const visible = [...badge.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
        expect(visible.join('').trim()).to.equal(shown);
      });
    }
  });

  describe('loading', () => {
    let restorePacks: string[];
    beforeEach(() => {
      restorePacks = [...PACKS];
      resetPackStates();
    });
    afterEach(() => {
      (PACKS as unknown as string[]).splice(0, Infinity, ...restorePacks);
      resetPackStates();
    });

    it('one request per language however many elements; no English before it', async () => {
      const code = 'qaa';
      (PACKS as unknown as string[]).push(code);
      const url = packUrl(code);
      const box = await fixture<HTMLElement>(
        html`<div lang=${code}>
          ${[1, 2, 3, 4, 5, 6].map(() => html`<film-card name="X" director="Y"><b>X (fallback)</b></film-card>`)}
        </div>`,
      );
      await settle(box);
      await until(() => packs()[code], 'the slow pack arrived');
      const cards = [...box.querySelectorAll('film-card')];
      await until(() => cards.every((c) => c.shadowRoot!.querySelector('dt')), 'cards rendered');
      expect(cards.map((c) => c.shadowRoot!.querySelector('dt')!.textContent)).to.deep.equal(Array(6).fill('Slow'));
      const requests = performance.getEntriesByType('resource').filter((e) => e.name === url);
      expect(requests.length).to.equal(1);
    });

    it('while the pack loads every element shows its light-DOM fallback, then renders once in its language', async () => {
      const code = 'qab';
      (PACKS as unknown as string[]).push(code);
      const box = await fixture<HTMLElement>(
        html`<div lang=${code}>
          <film-card name="X" director="Y"><b>X (fallback)</b></film-card>
        </div>`,
      );
      const card = box.querySelector('film-card')!;
      const shown: string[] = [];
      const observer = new MutationObserver(() =>
        shown.push(card.shadowRoot!.querySelector('dt')?.textContent ?? 'slot'),
      );
      observer.observe(card.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await settle(box);
      expect(card.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(card.shadowRoot!.querySelector('dt')).to.equal(null);
      await until(() => card.shadowRoot!.querySelector('dt'), 'rendered after the pack');
      observer.disconnect();
      expect(card.shadowRoot!.querySelector('dt')!.textContent).to.equal('Slow');
      expect(shown.filter((s) => s === 'Directed by')).to.deep.equal([]);
    });

    for (const [code, why] of [
      ['qac', /: \S.*; English words shown\.$/],
      ['qad', /: \S.*; English words shown\.$/],
      ['qae', /: no words; English words shown\.$/],
    ] as const) {
      it(`${code} (${['404', 'malformed', 'registers nothing'][['qac', 'qad', 'qae'].indexOf(code)]}): English words and one warning naming the file`, async () => {
        (PACKS as unknown as string[]).push(code);
        const log = captureConsole();
        try {
          const box = await fixture<HTMLElement>(
            html`<div lang=${code}>
              <film-card name="X" director="Y"></film-card><film-card name="X" director="Y"></film-card>
              <related-links .data=${FULL.related}></related-links>
            </div>`,
          );
          const card = box.querySelector('film-card')!;
          await until(() => card.shadowRoot!.querySelector('dt'), 'English after the failure');
          await settle(box);
          expect(card.shadowRoot!.querySelector('dt')!.textContent).to.equal('Directed by');
          expect(log.warns.length).to.equal(1);
          expect(log.warns[0]).to.contain(packUrl(code));
          expect(log.warns[0]).to.match(why);
        } finally {
          log.restore();
        }
      });
    }

    it('a pack without some words: English for those, one warning naming the file and the word', async () => {
      const code = 'qaf';
      (PACKS as unknown as string[]).push(code);
      const log = captureConsole();
      try {
        const el = await fixture<Host>(html`<film-card lang=${code} name="X" director="Y" cast="Z"></film-card>`);
        await until(() => el.shadowRoot!.querySelector('dt'), 'rendered');
        await settle(el);
        expect([...el.shadowRoot!.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal([
          'Teilweise',
          'Starring',
        ]);
        expect(log.warns.length).to.equal(1);
        expect(log.warns[0]).to.match(/^reelkit: language pack .+: no film-card "\w+"; English words shown\.$/);
        expect(log.warns[0]).to.contain(packUrl(code));
      } finally {
        log.restore();
      }
    });

    it(`a pack that never arrives: English after ${PACK_TIMEOUT / 1000} s (a timer, not a wait)`, async () => {
      const code = 'qag';
      (PACKS as unknown as string[]).push(code);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const log = captureConsole();
      try {
        const el = document.createElement('film-card');
        el.setAttribute('lang', code);
        el.setAttribute('director', 'Y');
        el.setAttribute('name', 'X');
        document.body.append(el);
        await (el as unknown as Host).updateComplete;
        expect(el.shadowRoot!.querySelector('dt')).to.equal(null);
        await clock.tickAsync(PACK_TIMEOUT - 1);
        expect(el.shadowRoot!.querySelector('dt')).to.equal(null);
        await clock.tickAsync(1);
        await (el as unknown as Host).updateComplete;
        expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('Directed by');
        expect(log.warns).to.deep.equal([
          `reelkit: language pack ${packUrl(code)}: timed out (3 s); English words shown.`,
        ]);
        el.remove();
      } finally {
        clock.restore();
        log.restore();
      }
    });
  });
});
