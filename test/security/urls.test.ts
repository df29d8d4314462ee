// Hostile URLs in every href/src field of every element, via every input path: none
// reaches the DOM (every href/src/srcset/cite/poster in every shadow root passes the
// allow-list and resolves to http(s)), and a console line names the field and says why.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { decodeEntities } from '../../src/data/jsonld-text.js';
import { checkUrl } from '../../src/data/safe-url.js';
import { captureConsole } from '../helpers.js';
import { GOOD_URLS, HARMLESS_URLS, REFUSED_URLS } from './urls.js';
import {
  elementFields,
  badUrls,
  clone,
  deepElements,
  drain,
  ELEMENTS,
  fieldForAttribute,
  FULL,
  INPUT_PATHS,
  isLd,
  Mount,
  Problems,
  warned,
  setPath,
  settle,
  toJsonLd,
  tripwires,
  uncaught,
  type ElementInfo,
  type Field,
  type InputPath,
} from './harness.js';

const N = REFUSED_URLS.length;
const STRIDE = 13;

interface UrlSlot {
  field: Field;
  attr?: string;
}

function slotsFor(info: ElementInfo, via: InputPath): UrlSlot[] {
  const urls = elementFields(info).filter((f) => f.kind === 'url' || f.kind === 'srcset');
  if (via === 'attributes') {
    return info.attributes.flatMap((a) => {
      const field = a.path ? fieldForAttribute(info.recordType, a.path) : undefined;
      return field && urls.includes(field) ? [{ field, attr: a.name }] : [];
    });
  }
  if (!isLd(via)) return urls.map((field) => ({ field }));
  // JSON-LD carries only what schema.org has a property for: keep the fields it maps.
  const rec = clone(FULL[info.recordType]);
  urls.forEach((f, i) => setPath(rec, f.path, `/rk-mapped-${i}`));
  const ld = JSON.stringify(toJsonLd(info.recordType, rec));
  return urls.filter((_, i) => ld.includes(`/rk-mapped-${i}"`)).map((field) => ({ field }));
}

/** All URL-ish attribute values in the rendered shadow trees. */
function renderedUrls(root: Element): string[] {
  return [...deepElements(root)]
    .filter((e) => !e.localName.includes('-'))
    .flatMap((e) => ['href', 'src', 'srcset', 'cite', 'poster'].map((n) => e.getAttribute(n) ?? ''))
    .filter(Boolean);
}

describe('security: hostile URLs', () => {
  let trip: ReturnType<typeof tripwires>;
  let errors: ReturnType<typeof uncaught>;
  let box: HTMLElement;

  beforeEach(() => {
    trip = tripwires();
    errors = uncaught();
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => {
    box.remove();
    errors.restore();
    trip.restore();
  });

  it(`the allow-list refuses all ${N} hostile URLs, each with a reason`, () => {
    const kept = REFUSED_URLS.filter((u) => checkUrl(u).ok);
    expect(kept).to.deep.equal([]);
    for (const u of REFUSED_URLS) {
      const r = checkUrl(u);
      expect(!r.ok && r.reason.length > 5, JSON.stringify(u)).to.equal(true);
    }
  });

  it('look-alikes it keeps resolve to this page\u2019s origin; good URLs are kept unchanged', () => {
    for (const u of HARMLESS_URLS) {
      const r = checkUrl(u);
      if (r.ok) expect(new URL(r.url, location.href).origin, u).to.equal(location.origin);
    }
    expect(GOOD_URLS.map((u) => checkUrl(u))).to.deep.equal(GOOD_URLS.map((url) => ({ ok: true, url })));
  });

  it('control: good URLs in the same fields do reach the DOM, so the walk can see a bad one', async () => {
    const seen: string[] = [];
    for (const info of ELEMENTS) {
      const m = new Mount(info, 'data property', box);
      const rec = clone(FULL[info.recordType]);
      const slots = slotsFor(info, 'data property');
      slots.forEach((s, i) => setPath(rec, s.field.path, `/rk-good-${i}`));
      await m.set(rec);
      const rendered = renderedUrls(m.el).join(' ');
      slots.forEach((s, i) => rendered.includes(`/rk-good-${i}`) && seen.push(`<${info.tag}> ${s.field.key}`));
      m.remove();
    }
    expect(seen).to.include.members([
      '<film-card> url',
      '<related-links> items[0].url',
      '<pull-quote> url',
      '<where-to-watch> offers[0].url',
      '<where-to-watch> offers[0].provider.logo',
    ]);
  });

  for (const info of ELEMENTS) {
    for (const via of INPUT_PATHS) {
      const slots = slotsFor(info, via);
      if (!slots.length) continue;
      it(`<${info.tag}> via ${via}: ${N} URLs in each of ${slots.length} URL fields never reach the DOM; a warning names the field`, async function () {
        this.timeout(120_000);
        const problems = new Problems();
        const rounds = [...REFUSED_URLS, ...HARMLESS_URLS];
        for (let r = 0; r < rounds.length && !problems.full; r++) {
          const values = slots.map((_, i) => rounds[(r + i * STRIDE) % rounds.length]!);
          const where = `round ${r}`;
          const log = captureConsole();
          const m = new Mount(info, via, box);
          try {
            const data = clone(FULL[info.recordType]);
            slots.forEach((s, i) => setPath(data, s.field.path, values[i]));
            await m.set(data);
          } catch (e) {
            problems.add(`render threw ${String(e).slice(0, 100)}`, where);
          } finally {
            log.restore();
          }
          for (const p of badUrls(m.root)) problems.add(`url reached the DOM: ${p.slice(0, 80)}`, where);
          for (const u of renderedUrls(m.el)) {
            if (!checkUrl(u.split(/\s/)[0]!).ok) continue; // reported by badUrls above
            const origin = new URL(u.split(/\s/)[0]!, location.href).origin;
            if (origin !== location.origin) problems.add(`left the page's origin: ${u.slice(0, 60)}`, where);
          }
          const lines = [...log.warns, ...log.errors];
          slots.forEach((s, i) => {
            // JSON-LD text is entity-decoded: "&#106;avascript:" arrives as "javascript:" (the published path encodes it first, so it round-trips).
            const check = checkUrl(via === 'json-ld' ? decodeEntities(values[i]!) : values[i]!);
            if (check.ok) return;
            const reason = s.field.kind === 'srcset' ? '' : check.reason;
            if (!warned(lines, info.recordType, s.field, via, reason, s.attr))
              problems.add(`no warning names ${s.field.key}`, `${where}: ${JSON.stringify(values[i])}`);
          });
          m.remove();
        }
        await drain();
        expect(problems.list()).to.deep.equal([]);
        expect(trip.report()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
    }
  }

  it('a srcset keeps its good candidates and drops each hostile one with a warning', async () => {
    const info = ELEMENTS.find((e) => elementFields(e).some((f) => f.kind === 'srcset'))!;
    const field = elementFields(info).find((f) => f.kind === 'srcset')!;
    const problems = new Problems();
    for (const u of REFUSED_URLS.filter((x) => !/\s|,/.test(x.trim()))) {
      const log = captureConsole();
      const m = new Mount(info, 'data property', box);
      const data = clone(FULL[info.recordType]);
      setPath(data, field.path, `/test/security/pages/poster.svg 1x, ${u} 2x`);
      await m.set(data).finally(() => log.restore());
      const srcsets = [...deepElements(m.el)].map((e) => e.getAttribute('srcset')).filter(Boolean);
      if (srcsets.length && !srcsets.includes('/test/security/pages/poster.svg 1x'))
        problems.add(`srcset is ${JSON.stringify(srcsets)}`, JSON.stringify(u));
      if (!log.warns.some((w) => w.includes(`ignored ${field.key}: `)))
        problems.add(`no warning for ${field.key}`, JSON.stringify(u));
      for (const p of badUrls(m.root)) problems.add(`url reached the DOM: ${p}`, JSON.stringify(u));
      m.remove();
    }
    expect(problems.list()).to.deep.equal([]);
  });

  it('<film-data src>: a hostile src is never fetched; film-data-error and a console error say why', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const problems = new Problems();
    try {
      for (const u of REFUSED_URLS) {
        const log = captureConsole();
        const provider = document.createElement('film-data');
        const failed = new Promise<string>((resolve) =>
          provider.addEventListener('film-data-error', (e) => resolve(e.detail.reason), { once: true }),
        );
        provider.setAttribute('src', u);
        box.append(provider);
        const reason = await Promise.race([failed, new Promise<string>((r) => setTimeout(() => r('(no event)'), 500))]);
        await settle(provider);
        log.restore();
        const expected = (checkUrl(u) as { reason: string }).reason;
        if (reason !== expected) problems.add(`film-data-error reason ${JSON.stringify(reason)}`, JSON.stringify(u));
        if (!log.errors.some((l) => l.startsWith('<film-data> src: could not load') && l.endsWith(expected)))
          problems.add('no console error naming src', JSON.stringify(u));
        provider.remove();
      }
      expect(fetchSpy.callCount, 'fetch calls').to.equal(0);
      expect(problems.list()).to.deep.equal([]);
    } finally {
      fetchSpy.restore();
    }
  });
});
