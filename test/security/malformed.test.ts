// Malformed data through every input path of every element: broken JSON, wrong types in
// every field, null, 10,000-deep nesting, 5 MB strings, __proto__/constructor keys,
// invalid and extreme dates. Nothing is thrown (no window error or unhandled
// rejection), Object.prototype is untouched, a render stays fast, each element still
// shows something (its own content or the page's fallback), and bad fields are named.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureConsole } from '../helpers.js';
import {
  elementFields,
  clone,
  ELEMENTS,
  FULL,
  getPath,
  INPUT_PATHS,
  isLd,
  Mount,
  Problems,
  rendersSomething,
  setPath,
  settle,
  shadowTexts,
  toArticle,
  uncaught,
  warned,
  type ElementInfo,
  type InputPath,
} from './harness.js';

const JSON_TEXT_PATHS = ['data attribute', 'child script', 'provider', 'json-ld', 'json-ld as published'] as const;
const OBJECT_PATHS = INPUT_PATHS.filter((p) => p !== 'attributes');

const DEPTH = 10_000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObject = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
const FIVE_MB = `<img src=x onerror=__pwned(1)>${'A'.repeat(5 * 1024 * 1024)}`;

/** JSON text as a hurried CMS writes it. `broken` ones must be reported as malformed JSON. */
function brokenTexts(info: ElementInfo): [string, string, boolean][] {
  const good = JSON.stringify(FULL[info.recordType]);
  const cases: [string, string, boolean][] = [
    ['truncated', good.slice(0, Math.floor(good.length / 2)), true],
    ['trailing comma', good.replace(/}$/, ',}'), true],
    ['trailing comma in a list', good.replace(/]/, ',]'), true],
    ['single quotes', good.replace(/"/g, "'"), true],
    ['a comment', `/* cms */${good}`, true],
    ['NaN', good.replace(/}$/, ',"x":NaN}'), true],
    ['byte-order mark', `\ufeff${good}`, true],
    ['HTML instead of JSON', '<p>Atomic Blonde</p>', true],
    ['unclosed string', '{"name":"Atomic', true],
    ['only a brace', '{', true],
    ['null', 'null', false],
    ['a list of nothing', '[]', false],
    ['a number', '42', false],
    ['a string', '"Atomic Blonde"', false],
    ['true', 'true', false],
    ['an empty object', '{}', false],
    ['whitespace', '  \n\t ', false],
    ['10,000-deep array', deepArray, false],
    ['10,000-deep object', deepObject, false],
  ];
  return cases.filter(([, text]) => text !== good);
}

/** A value of the wrong type for `value`'s field. */
function wrong(value: unknown): unknown {
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return 'many';
  if (typeof value === 'boolean') return 'maybe';
  return 7;
}

/** Dates no calendar has, at the edges of what Date can hold, and look-alikes of a checked date. */
const BAD_DATES: unknown[] = [
  '2017-02-30',
  '2017-13-01',
  '2017-00-10',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '-271821-04-20T00:00:00Z',
  '2017-11-14T24:00',
  '2017-11-14T23:59:60Z',
  '2017-11-14T12:00+25:00',
  '2017-11-14T12:00:00.1234567891Z',
  '14/11/2017',
  'November 14, 2017',
  'Infinity',
  'now',
  ' ',
  '2017-11-14\u0000',
  '1'.repeat(1000),
  1510617600000,
  -0,
  1.7976931348623157e308,
  true,
  [2017, 11, 14],
  { type: 'instant', ms: 1e300 },
  { type: 'instant', ms: 8.64e15 + 1 },
  { type: 'instant', ms: -8.64e15 - 1 },
  { type: 'day', y: 1e9, m: 13, d: 99 },
  { type: 'day', y: -5, m: 0, d: 0 },
  { type: 'local', y: 2017, m: 11, d: 14, h: 99, mi: 99, s: 99 },
  { type: 'day', y: 2017.5, m: 1.5, d: 1.5 },
];

function snapshotPrototypes() {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Object.getOwnPropertyNames(p).sort().join(','),
  );
}

describe('security: malformed data', () => {
  let errors: ReturnType<typeof uncaught>;
  let log: ReturnType<typeof captureConsole>;
  let box: HTMLElement;
  const prototypes = snapshotPrototypes();

  beforeEach(() => {
    errors = uncaught();
    log = captureConsole();
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => {
    box.remove();
    log.restore();
    errors.restore();
    expect(snapshotPrototypes(), 'built-in prototypes').to.deep.equal(prototypes);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').to.equal(undefined);
  });

  /**
   * A mount with the page's fallback in its light DOM. Not timed: speed is proven by
   * `npm run bench`; a hang is caught by each test's 60 s timeout, not by a threshold
   * that a busy CI machine can cross at random.
   */
  async function mount(info: ElementInfo, via: InputPath, data: Record<string, unknown> | string) {
    const m = new Mount(info, via, box);
    const fallback = document.createElement('p');
    fallback.textContent = 'Fallback from the page';
    m.el.append(fallback);
    const own = m.ownNodes;
    m.ownNodes = () => [...own.call(m), fallback];
    let threw: unknown;
    await m.set(data).catch((e) => (threw = e));
    await new Promise((r) => setTimeout(r)); // the event loop still turns
    return { m, threw, fallback };
  }

  for (const info of ELEMENTS) {
    for (const via of JSON_TEXT_PATHS) {
      it(`<${info.tag}> via ${via}: broken JSON is reported, never thrown, and the fallback stays`, async function () {
        this.timeout(60_000);
        const problems = new Problems();
        for (const [name, text, broken] of brokenTexts(info)) {
          log.errors.length = 0;
          const { m, threw } = await mount(info, via, text);
          if (threw) problems.add(`threw ${String(threw).slice(0, 80)}`, name);
          if (!rendersSomething(m.el)) problems.add('renders nothing', name);
          if (!shadowTexts(m.el).join('').includes('Fallback') && !m.el.shadowRoot?.querySelector('slot'))
            problems.add('the fallback is gone', name);
          if (broken && !log.errors.some((l) => l.includes('malformed JSON')))
            problems.add('no "malformed JSON" console error', name);
          m.remove();
        }
        expect(problems.list()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
    }

    for (const via of OBJECT_PATHS) {
      it(`<${info.tag}> via ${via}: wrong types in every field are dropped and named; the rest renders`, async () => {
        const fields = elementFields(info).filter((f) => !f.required);
        const data = clone(FULL[info.recordType]);
        for (const f of fields) setPath(data, f.path, wrong(getPath(data, f.path)));
        const { m, threw } = await mount(info, via, data);
        expect(threw, 'render error').to.equal(undefined);
        expect(rendersSomething(m.el), 'renders something').to.equal(true);
        expect(errors.errors).to.deep.equal([]);
        if (isLd(via)) return; // schema.org reshapes fields; no 1:1 path to name
        const lines = [...log.warns, ...log.errors];
        const silent = fields.filter((f) => !warned(lines, info.recordType, f, via));
        expect(silent.map((f) => f.key)).to.deep.equal([]);
      });

      it(`<${info.tag}> via ${via}: 10,000-deep nesting, 5 MB strings and __proto__ keys: no error, no pollution, no hang`, async function () {
        this.timeout(60_000);
        const problems = new Problems();
        const type = info.recordType;
        const text = elementFields(info).filter((f) => f.kind === 'text');
        const url = elementFields(info).find((f) => f.kind === 'url');

        // Deep nesting inside the record, where a field and where an unknown key is expected.
        const withDeep = JSON.stringify(FULL[type]).replace(/}$/, `,"deep":${deepObject},"list":${deepArray}}`);
        const deepField = text.length
          ? JSON.stringify(FULL[type]).replace(JSON.stringify(getPath(FULL[type], text[0]!.path)), deepArray)
          : withDeep;
        // 5 MB in every text field (one shared string; as JSON text, in two of them) and in a URL.
        const huge = clone(FULL[type]);
        const objects = via === 'data property' || via === 'provider';
        for (const f of objects ? text : text.slice(0, 2)) setPath(huge, f.path, FIVE_MB);
        if (url) setPath(huge, url.path, `https://example.com/${FIVE_MB}`);
        // __proto__ / constructor / prototype as keys, at the top and inside.
        const polluted = JSON.stringify(via === 'provider' ? toArticle(type, FULL[type]) : FULL[type])
          .replace(/^{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
          .replace(/"url":/g, '"__proto__":{"polluted":"yes"},"prototype":{"polluted":"yes"},"url":');

        const cases: [string, Record<string, unknown> | string][] = [
          ['deep unknown keys', via === 'data property' ? JSON.parse(withDeep) : withDeep],
          ['deep value in a text field', via === 'data property' ? JSON.parse(deepField) : deepField],
          ['deep array as the whole record', via === 'data property' ? JSON.parse(deepArray) : deepArray],
          ['5 MB strings', huge],
          ['__proto__ keys', via === 'data property' || via === 'provider' ? JSON.parse(polluted) : polluted],
        ];
        for (const [name, data] of cases) {
          // The provider path takes an article: raw text goes to its data attribute as is.
          const { m, threw } = await mount(info, via, data);
          if (threw) problems.add(`threw ${String(threw).slice(0, 80)}`, name);
          if (!rendersSomething(m.el)) problems.add('renders nothing', name);
          const shown = shadowTexts(m.el).join('').length;
          if (shown > 100_000) problems.add(`shows ${shown} characters`, name);
          m.remove();
        }
        expect(problems.list()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
    }

    const dates = elementFields(info).filter((f) => f.kind === 'date');
    for (const via of ['data property', 'data attribute', 'provider'] as const) {
      if (!dates.length) continue;
      it(`<${info.tag}> via ${via}: ${BAD_DATES.length} invalid or extreme dates never break it`, async function () {
        this.timeout(60_000);
        const problems = new Problems();
        for (const bad of BAD_DATES) {
          log.warns.length = 0;
          const data = clone(FULL[info.recordType]);
          for (const f of dates) setPath(data, f.path, bad);
          const where = JSON.stringify(bad).slice(0, 60);
          const { m, threw } = await mount(info, via, data);
          if (threw) problems.add(`threw ${String(threw).slice(0, 100)}`, where);
          if (!rendersSomething(m.el)) problems.add('renders nothing', where);
          // What is rendered must be a real date: no "Invalid Date", NaN or a year beyond 9999.
          const t = shadowTexts(m.el).join(' ');
          if (/Invalid|NaN|\d{5,}-\d\d/.test(t)) problems.add(`shows ${JSON.stringify(t.slice(0, 80))}`, where);
          m.remove();
        }
        expect(problems.list()).to.deep.equal([]);
        expect(errors.errors).to.deep.equal([]);
      });
    }

    it(`<${info.tag}> via attributes: garbage in every attribute never breaks it`, async function () {
      this.timeout(60_000);
      const garbage = [
        'NaN',
        '-1e999',
        '1e999',
        '[object Object]',
        '{"a":',
        '   ',
        '\u0000',
        '-0',
        '０',
        'PT',
        'P',
        'x'.repeat(100_000),
      ];
      const problems = new Problems();
      const { m } = await mount(info, 'provider', FULL[info.recordType]);
      for (let r = 0; r < garbage.length * 2; r++) {
        info.attributes.forEach((a, i) => m.el.setAttribute(a.name, garbage[(r + i) % garbage.length]!));
        const where = `round ${r}`;
        await settle(m.root).catch((e) => problems.add(`threw ${String(e).slice(0, 100)}`, where));
        if (!rendersSomething(m.el)) problems.add('renders nothing', where);
      }
      expect(problems.list()).to.deep.equal([]);
      expect(errors.errors).to.deep.equal([]);
    });
  }
});
