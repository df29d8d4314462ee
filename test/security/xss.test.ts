// Every hostile string of the corpus through every text field of every element, via
// every input path. Per render: no foreign element or attribute in the shadow tree (the
// benign renders of the same element say what its templates can produce), no on*
// attribute anywhere, no stray light DOM, no disallowed URL, and each text field the
// element shows carries the hostile string as text. At the end: the sentinel never ran,
// no dialog opened, no <script>/<iframe>… appeared in the page, nothing was thrown.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { decodeEntities } from '../../src/data/jsonld-text.js';
import type { RecordType } from '../../src/data/model.js';
import { captureConsole } from '../helpers.js';
import { wellFormed } from '../../src/data/safe-url.js';
import { TEMPLATE_LOOKALIKES, XSS_CORPUS } from './corpus.js';
import {
  elementFields,
  clone,
  ELEMENTS,
  FIELDS,
  fieldForAttribute,
  FULL,
  INPUT_PATHS,
  Mount,
  learnShape,
  Problems,
  settle,
  setPath,
  shadowAttributeValues,
  shadowTexts,
  shapeOf,
  tripwires,
  uncaught,
  drain,
  asText,
  type ElementInfo,
  type Field,
  type InputPath,
  type Shape,
} from './harness.js';

/** Whitespace collapsed; surrounding quotation marks dropped (a pull quote draws its own). */
// Both sides well-formed: reelkit shows lone surrogates as U+FFFD (safe-url.ts wellFormed).
const norm = (s: string) => wellFormed(s).replace(/\s+/g, ' ');
const bare = (s: string) => norm(s).replace(/^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g, '');
const N = XSS_CORPUS.length;
/** Field i of round r gets corpus[(r + i * STRIDE) % N]: over N rounds every field sees every string. */
const STRIDE = 37;

/** A text input: a record field, or (attributes path) an attribute that shows text. */
interface Slot {
  name: string;
  field?: Field;
  attr?: string;
  /** Comma-separated list attribute: only the first entry is shown for sure. */
  list?: boolean;
  max?: number;
}

function slotsFor(info: ElementInfo, via: InputPath): Slot[] {
  const text = elementFields(info).filter((f) => f.kind === 'text');
  if (via !== 'attributes') return text.map((f) => ({ name: f.key, field: f, max: f.maxLength }));
  const out: Slot[] = [];
  for (const a of info.attributes) {
    const f = a.path ? fieldForAttribute(info.recordType, a.path) : undefined;
    if (f?.kind === 'text')
      out.push({ name: a.name, attr: a.name, field: f, list: f.key !== a.path, max: f.maxLength });
  }
  return out;
}

/** What the element should show for hostile string `s` in `slot`. */
function expected(slot: Slot, s: string): string | undefined {
  const raw = slot.list ? s.split(',').find((p) => p.trim() !== '') : s;
  return raw === undefined ? undefined : asText(raw, slot.max ?? Infinity);
}

function recordWith(type: RecordType, slots: Slot[], values: string[]) {
  const rec = clone(FULL[type]);
  slots.forEach((slot, i) => slot.field && setPath(rec, slot.field.path, values[i]));
  return rec;
}

/** Renders `values` into `slots` through the mount's input path. */
const render = (m: Mount, slots: Slot[], values: string[]) => m.set(recordWith(m.info.recordType, slots, values));

/** Runs one render; a throw is a problem (one bad value must not break the element), not the end of the test. */
async function attempt(run: () => Promise<unknown>, problems: Problems, where: string): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (e) {
    problems.add(`render threw ${String(e).slice(0, 100)}`, where);
    return false;
  }
}

describe('security: XSS corpus', () => {
  let trip: ReturnType<typeof tripwires>;
  let errors: ReturnType<typeof uncaught>;
  let log: ReturnType<typeof captureConsole>;
  let box: HTMLElement;

  beforeEach(() => {
    trip = tripwires();
    errors = uncaught();
    log = captureConsole();
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => {
    box.remove();
    log.restore();
    errors.restore();
    trip.restore();
  });

  it(`has at least 200 distinct hostile strings (${N}), each text after trimming`, () => {
    expect(new Set(XSS_CORPUS).size).to.equal(N);
    expect(N).to.be.at.least(200);
    expect(XSS_CORPUS.filter((s) => s.trim() === '')).to.deep.equal([]);
  });

  it('finds every element and every text field', () => {
    expect(ELEMENTS.map((e) => e.tag)).to.deep.equal([
      'film-card',
      'pull-quote',
      'related-links',
      'release-countdown',
      'review-score',
      'video-embed',
      'where-to-watch',
    ]);
    expect(FIELDS.quote.filter((f) => f.kind === 'text').map((f) => f.key)).to.deep.equal([
      'text',
      'speaker',
      'speakerRole',
      'about',
    ]);
    expect(FIELDS.film.filter((f) => f.kind === 'text').length).to.be.at.least(15);
  });

  for (const info of ELEMENTS) {
    for (const via of INPUT_PATHS) {
      const slots = slotsFor(info, via);
      if (!slots.length) continue;
      it(`<${info.tag}> via ${via}: ${N} strings in each of ${slots.length} text inputs stay text`, async function () {
        this.timeout(180_000);
        const m = new Mount(info, via, box);

        // Benign renders: learn the templates' shape and where each input shows.
        const markers = slots.map((_, i) => `rk${i}q`);
        await render(m, slots, markers);
        const known: Shape = shapeOf(m.el);
        const texts = norm(shadowTexts(m.el).join('\n'));
        const attrs = shadowAttributeValues(m.el).join('\n');
        const shown = markers.map((k) => (texts.includes(k) ? 'text' : attrs.includes(k) ? 'attr' : undefined));
        expect(shown.filter(Boolean).length, 'inputs this element shows').to.be.greaterThan(0);
        await learnShape(m, known);

        const problems = new Problems();
        for (let r = 0; r < N && !problems.full; r++) {
          const values = slots.map((_, i) => XSS_CORPUS[(r + i * STRIDE) % N]!);
          const where = `round ${r}`;
          if (!(await attempt(() => render(m, slots, values), problems, where))) continue;
          problems.check(m, known, where);
          const t = norm(shadowTexts(m.el).join('\n'));
          const a = norm(shadowAttributeValues(m.el).join('\n'));
          slots.forEach((slot, i) => {
            // JSON-LD text is entity-decoded once: "&lt;b&gt;" shows as the text "<b>" (the published path encodes first: it round-trips).
            const want = shown[i] && expected(slot, via === 'json-ld' ? decodeEntities(values[i]!) : values[i]!);
            // A shortened text may be cut again by the element: its kept part must show.
            if (want && !(shown[i] === 'text' ? t : a).includes(bare(want).replace(/…$/, '')))
              problems.add(`${slot.name} does not show its string as ${shown[i]}`, `${where}: ${JSON.stringify(want)}`);
          });
        }
        await drain();
        expect(problems.list()).to.deep.equal([]);
        expect(trip.report()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
        m.remove();
      });
    }

    it(`<${info.tag}>: hostile strings in every attribute never run or become markup; shown ones stay text`, async function () {
      this.timeout(120_000);
      // Data from a provider, the lowest source, so every attribute still counts.
      const m = new Mount(info, 'provider', box);
      const attrs = info.attributes;
      const known = await learnShape(m);
      // Every benign value an attribute can take: absent, an invalid word, each listed value, small numbers, on/off.
      for (const a of attrs) {
        for (const v of [...(a.values ?? []), 'benign', '0', '1', '2', '', 'true']) {
          m.el.setAttribute(a.name, v);
          await settle(m.root);
          shapeOf(m.el, known);
        }
        m.el.removeAttribute(a.name);
        await settle(m.root);
      }
      await m.set({});
      shapeOf(m.el, known);
      await m.set(FULL[info.recordType]);

      // View attributes that show their value (a heading): each one alone, every string, as text.
      const views = attrs.filter((a) => !a.path && a.kind === 'string' && a.name !== 'data');
      const showing: string[] = [];
      for (const a of views) {
        m.el.setAttribute(a.name, 'rkviewq');
        await settle(m.root);
        if (shadowTexts(m.el).join('\n').includes('rkviewq')) showing.push(a.name);
        m.el.removeAttribute(a.name);
      }
      const problems = new Problems();
      for (const name of showing) {
        for (let r = 0; r < N && !problems.full; r++) {
          const where = `${name} = ${JSON.stringify(XSS_CORPUS[r])}`;
          m.el.setAttribute(name, XSS_CORPUS[r]!);
          if (!(await attempt(() => settle(m.root), problems, where))) continue;
          problems.check(m, known, where);
          if (!norm(shadowTexts(m.el).join('\n')).includes(bare(XSS_CORPUS[r]!)))
            problems.add(`${name} does not show its string as text`, where);
        }
        m.el.removeAttribute(name);
      }

      // All attributes at once, rotated through the corpus.
      for (let r = 0; r < N && !problems.full; r++) {
        const where = `round ${r} (${attrs.map((a, i) => `${a.name}=corpus[${(r + i * STRIDE) % N}]`).join(' ')})`;
        attrs.forEach((a, i) => m.el.setAttribute(a.name, XSS_CORPUS[(r + i * STRIDE) % N]!));
        if (!(await attempt(() => settle(m.root), problems, where))) continue;
        problems.check(m, known, where);
        if (!m.el.shadowRoot?.childNodes.length) problems.add('empty shadow root', where);
      }
      await drain();
      expect(problems.list()).to.deep.equal([]);
      expect(trip.report()).to.deep.equal([]);
      expect(errors.errors).to.deep.equal([]);
    });

    const keys = Object.keys(info.defaultStrings);
    if (keys.length) {
      it(`<${info.tag}>: hostile replacements for its ${keys.length} fixed words stay text`, async function () {
        this.timeout(60_000);
        const m = new Mount(info, 'data property', box);
        const known = await learnShape(m);
        m.el.setAttribute('strings', JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, `rk${i}q`]))));
        await m.el.updateComplete;
        shapeOf(m.el, known);
        const shownText = norm(shadowTexts(m.el).join('\n'));
        const shownAttr = shadowAttributeValues(m.el).join('\n');
        const shown = keys.map((_, i) =>
          shownText.includes(`rk${i}q`) ? 'text' : shownAttr.includes(`rk${i}q`) ? 'attr' : undefined,
        );
        expect(shown.filter(Boolean).length, 'fixed words shown').to.be.greaterThan(0);

        const problems = new Problems();
        for (let r = 0; r < N && !problems.full; r++) {
          const values = keys.map((_, i) => XSS_CORPUS[(r + i * STRIDE) % N]!);
          m.el.setAttribute('strings', JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, values[i]]))));
          if (!(await attempt(() => settle(m.root), problems, `round ${r}`))) continue;
          problems.check(m, known, `round ${r}`);
          const t = norm(shadowTexts(m.el).join('\n'));
          const a = norm(shadowAttributeValues(m.el).join('\n'));
          keys.forEach((k, i) => {
            // {placeholders} inside a replacement are filled in by design; compare the rest.
            const want = shown[i] && !/\{\w+\}/.test(values[i]!) && values[i]!.trim();
            if (want && !(shown[i] === 'text' ? t : a).includes(bare(want)))
              problems.add(`strings.${k} does not show its string`, `round ${r}: ${JSON.stringify(want)}`);
          });
        }
        await drain();
        expect(problems.list()).to.deep.equal([]);
        expect(trip.report()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
    }

    for (const via of ['data property', 'data attribute', 'provider', 'child script'] as const) {
      it(`<${info.tag}> via ${via}: Lit TemplateResult look-alikes in text fields are refused, not rendered`, async () => {
        const m = new Mount(info, via, box);
        const text = elementFields(info).filter((f) => f.kind === 'text');
        const known = await learnShape(m);
        const problems = new Problems();
        for (let r = 0; r < TEMPLATE_LOOKALIKES.length; r++) {
          const rec = clone(FULL[info.recordType]);
          text.forEach((f, i) => setPath(rec, f.path, TEMPLATE_LOOKALIKES[(r + i) % TEMPLATE_LOOKALIKES.length]));
          if (!(await attempt(() => m.set(rec), problems, `round ${r}`))) continue;
          problems.check(m, known, `round ${r}`);
          const t = shadowTexts(m.el).join('\n');
          if (/__pwned|_\$litType\$|\[object Object\]/.test(t)) problems.add(`shows ${t.slice(0, 80)}`, `round ${r}`);
        }
        await drain();
        expect(problems.list()).to.deep.equal([]);
        expect(log.warns.some((w) => / ignored \S+: expected (text|an object|a URL)/.test(w))).to.equal(true);
        expect(trip.report()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
    }

    const coded = elementFields(info).filter((f) => f.kind === 'coded' || f.kind === 'date');
    if (coded.length)
      it(`<${info.tag}>: hostile strings in coded fields (kinds, ids, zones, dates, numbers) never run`, async function () {
        this.timeout(60_000);
        const m = new Mount(info, 'data property', box);
        const known = await learnShape(m);
        // Each coded field refused alone leaves the others: learn those shapes too.
        for (const f of coded) {
          const rec = clone(FULL[info.recordType]);
          setPath(rec, f.path, 'benign');
          await m.set(rec);
          shapeOf(m.el, known);
        }
        const problems = new Problems();
        for (let r = 0; r < N && !problems.full; r++) {
          const rec = clone(FULL[info.recordType]);
          const f = coded[r % coded.length]!;
          setPath(rec, f.path, XSS_CORPUS[r]);
          const where = `${f.key} = ${JSON.stringify(XSS_CORPUS[r])}`;
          if (!(await attempt(() => m.set(rec), problems, where))) continue;
          problems.check(m, known, where);
          const shown = norm(shadowTexts(m.el).join('\n') + shadowAttributeValues(m.el).join('\n'));
          if (shown.includes(norm(XSS_CORPUS[r]!.trim())) && /[<>]/.test(XSS_CORPUS[r]!))
            problems.add(`${f.key}: a refused value is shown`, where);
        }
        await drain();
        expect(problems.list()).to.deep.equal([]);
        expect(trip.report()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
  }
});
