/**
 * What the security suite knows about the library, found at run time so a new element,
 * attribute or model field is covered without editing the suite:
 *  - elements: every class exported by src/elements.ts that extends DataElement (plus
 *    <film-data>), its tag (customElements.getName), record type and attributes (Lit's
 *    `elementProperties`, `static attributeFields`), enum values from custom-elements.json;
 *  - fields: every leaf of every record, from src/data/reelkit.schema.json, classified
 *    (free text, URL, srcset, date, coded) by asking the real pipeline;
 *  - input paths: the six ways data reaches an element, each as mount/update functions.
 */
import sinon from 'sinon';
import * as exported from '../../src/elements.js';
import { DataElement } from '../../src/base/data-element.js';
import type { RecordType } from '../../src/data/model.js';
import { resolveRecord } from '../../src/data/read.js';
import { checkUrl, isOwnFileUrl } from '../../src/data/safe-url.js';
import { text } from '../../src/data/fields.js';

// ---------------------------------------------------------------- schema and manifest

type Json = Record<string, unknown>;
export const SCHEMA = (await (await fetch('/src/data/reelkit.schema.json')).json()) as Json;
const MANIFEST = (await fetch('/custom-elements.json')
  .then((r) => (r.ok ? r.json() : {}))
  .catch(() => ({}))) as { modules?: { declarations?: Json[] }[] };

// ---------------------------------------------------------------- elements

export interface AttrInfo {
  name: string;
  prop: string;
  /** Model path from `static attributeFields` ("image.url"); absent for view attributes. */
  path?: string;
  kind: 'string' | 'number' | 'boolean';
  /** Allowed values when the manifest types the attribute as a union of literals. */
  values?: string[];
}

export interface ElementInfo {
  tag: string;
  recordType: RecordType;
  /** The element's own, narrower record checker, if any (static modelSpec). */
  modelSpec?: (value: unknown, path: string, report: () => void) => unknown;
  attributes: AttrInfo[];
  defaultStrings: Record<string, string>;
}

type ElementClass = CustomElementConstructor & {
  elementProperties: Map<PropertyKey, { attribute?: boolean | string; type?: unknown }>;
  attributeFields?: Record<string, string>;
  defaultStrings?: Record<string, string>;
  modelSpec?: ElementInfo['modelSpec'];
};

/** Literal values of an attribute typed `'a' | 'b'` in custom-elements.json (by tag, else class name). */
function manifestValues(tag: string, className: string, attr: string): string[] | undefined {
  for (const m of MANIFEST.modules ?? []) {
    for (const d of m.declarations ?? []) {
      if (d.tagName !== tag && d.name !== className) continue;
      const a = (d.attributes as { name: string; type?: { text?: string } }[] | undefined)?.find(
        (x) => x.name === attr,
      );
      const literals = a?.type?.text?.split('|').map((s) => s.trim());
      const quoted = literals?.filter((s) => /^'[^']*'$/.test(s));
      if (quoted?.length && literals!.every((s) => quoted.includes(s) || s === 'undefined'))
        return quoted.map((s) => s.slice(1, -1));
    }
  }
  return undefined;
}

export function attributesOf(tag: string, ctor: ElementClass): AttrInfo[] {
  const fields = ctor.attributeFields ?? {};
  const out: AttrInfo[] = [];
  for (const [key, opts] of ctor.elementProperties) {
    if (opts.attribute === false || typeof key !== 'string') continue;
    const name = typeof opts.attribute === 'string' ? opts.attribute : key.toLowerCase();
    const kind = opts.type === Boolean ? 'boolean' : opts.type === Number ? 'number' : 'string';
    out.push({ name, prop: key, path: fields[key], kind, values: manifestValues(tag, ctor.name, name) });
  }
  return out;
}

function discover(): ElementInfo[] {
  const out: ElementInfo[] = [];
  for (const value of Object.values(exported)) {
    if (typeof value !== 'function' || !(value.prototype instanceof DataElement)) continue;
    const ctor = value as unknown as ElementClass;
    const tag = customElements.getName(ctor);
    if (!tag) continue;
    const recordType = (document.createElement(tag) as unknown as { recordType: RecordType }).recordType;
    out.push({
      tag,
      recordType,
      modelSpec: ctor.modelSpec,
      attributes: attributesOf(tag, ctor),
      defaultStrings: ctor.defaultStrings ?? {},
    });
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Every data-driven reelkit element (importing src/index.js registered them). */
export const ELEMENTS: readonly ElementInfo[] = discover();

// ---------------------------------------------------------------- records and fields

export type FieldKind = 'text' | 'url' | 'srcset' | 'date' | 'coded';
export interface Field {
  /** Path inside the record, e.g. ['director', 0, 'name'] or ['items', 0, 'headline']. */
  path: (string | number)[];
  key: string;
  kind: FieldKind;
  maxLength?: number;
  /** The record needs it (schema `required`, or one of an `anyOf` of requirements). */
  required?: boolean;
}

const WRAP: Partial<Record<RecordType, string>> = { release: 'releases', related: 'items', offers: 'offers' };
const DEF: Record<RecordType, string> = {
  film: 'film',
  release: 'release',
  related: 'related',
  video: 'video',
  quote: 'quote',
  review: 'review',
  offers: 'offer',
};

export const keyOf = (path: (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

const defs = SCHEMA.$defs as Record<string, Json>;
const deref = (node: Json): Json => (typeof node.$ref === 'string' ? defs[node.$ref.split('/').pop()!]! : node);
const isObjectNode = (node: Json) => !!deref(node).properties || deref(node).type === 'object';

function walk(node: Json, path: (string | number)[], out: Field[]): void {
  if (node.$ref === '#/$defs/url') return void out.push({ path, key: keyOf(path), kind: 'url' });
  if (node.$ref === '#/$defs/date') return void out.push({ path, key: keyOf(path), kind: 'date' });
  const n = deref(node);
  if (n.properties) {
    const required = [
      ...((n.required as string[] | undefined) ?? []),
      ...((n.anyOf as Json[] | undefined) ?? []).flatMap((b) => (b.required as string[] | undefined) ?? []),
    ];
    for (const [k, child] of Object.entries(n.properties as Record<string, Json>)) {
      const before = out.length;
      walk(child, [...path, k], out);
      if (required.includes(k))
        for (const f of out.slice(before)) if (f.path.length === path.length + 1) f.required = true;
    }
    return;
  }
  if (n.type === 'array') return walk(n.items as Json, [...path, 0], out);
  if (Array.isArray(n.anyOf)) {
    const branches = n.anyOf as Json[];
    const pick =
      branches.find(isObjectNode) ??
      branches.find((b) => deref(b).type === 'array') ??
      branches.find((b) => deref(b).type === 'string' && !deref(b).pattern);
    if (pick) return walk(pick, path, out);
    return void out.push({ path, key: keyOf(path), kind: 'coded' });
  }
  const last = path[path.length - 1];
  if (n.type === 'string' && !n.enum && !n.pattern) {
    const kind = last === 'srcset' ? 'srcset' : 'text';
    return void out.push({ path, key: keyOf(path), kind, maxLength: n.maxLength as number | undefined });
  }
  out.push({ path, key: keyOf(path), kind: 'coded' });
}

/**
 * A complete, valid record of each type: every field the schema names has a value, so
 * every branch of every template renders. Text fields are overwritten with markers.
 */
const POSTER = '/test/security/pages/poster.svg';
const image = {
  url: POSTER,
  alt: 'alt',
  width: 400,
  height: 600,
  srcset: `${POSTER} 400w, ${POSTER}?2x 800w`,
  sizes: '(min-width: 40rem) 400px',
};
const person = { name: 'Person', url: '/rk/person', characterName: 'Role' };
const video = {
  provider: 'file',
  url: '/rk/featurette.mp4',
  name: 'Featurette',
  thumbnail: image,
  duration: 'PT2M41S',
  startTime: 10,
};
const releaseRecord = (date: string) => ({
  kind: 'physical',
  format: 'blu-ray',
  date,
  timeZone: 'America/Los_Angeles',
  region: 'US',
  label: 'Blu-ray',
  url: '/rk/buy',
});
const nextYear = new Date().getUTCFullYear() + 1;
export const FULL: Record<RecordType, Json> = {
  film: {
    name: 'Atomic Blonde',
    year: 2017,
    datePublished: '2017-07-28',
    image,
    director: [person],
    author: [person],
    actor: [person],
    genre: ['Action'],
    duration: 'PT1H55M',
    contentRating: { value: 'R', region: 'US' },
    aggregateRating: { ratingValue: 4, bestRating: 5, worstRating: 0, ratingCount: 12, source: 'Src', url: '/rk/r' },
    description: 'Synopsis.',
    isBasedOn: { name: 'The Coldest City', genre: 'graphic novel', author: 'Antony Johnston', url: '/rk/book' },
    trailer: video,
    url: '/rk/film',
    links: [{ url: '/rk/tickets', kind: 'tickets', label: 'Tickets', sponsored: true }],
    sameAs: ['/rk/same'],
    releases: [releaseRecord(`${nextYear}-11-14`)],
  },
  release: { releases: [releaseRecord(`${nextYear}-11-14`), releaseRecord('2017-11-14')] },
  related: {
    items: [
      {
        headline: 'Headline',
        url: '/rk/story',
        image,
        datePublished: '2017-10-16',
        articleSection: 'Section',
        author: 'Author',
        sponsored: true,
      },
    ],
  },
  video,
  quote: { text: 'Quote', speaker: 'Speaker', speakerRole: 'Role', url: '/rk/source', about: 'About' },
  review: {
    ratingValue: 4,
    bestRating: 5,
    worstRating: 1,
    headline: 'Verdict',
    reviewBody: 'Body.',
    pros: ['Pro'],
    cons: ['Con'],
    author: { name: 'Critic', url: '/rk/critic' },
    publisher: { name: 'Publication', url: '/rk/publication' },
    datePublished: '2017-07-27',
    url: '/rk/review',
    itemReviewed: { name: 'Atomic Blonde', year: 2017, url: '/rk/film' },
    aggregateRating: { ratingValue: 7, bestRating: 10, worstRating: 0, ratingCount: 12, source: 'Src', url: '/rk/r' },
  },
  offers: {
    offers: [
      {
        provider: { name: 'Provider', logo: POSTER, url: '/rk/provider' },
        type: 'rent',
        url: '/rk/offer',
        price: 3.99,
        currency: 'USD',
        quality: 'HD',
        region: ['US'],
        availabilityStarts: `${nextYear}-11-14`,
        availabilityEnds: `${nextYear + 1}-11-14`,
        sponsored: true,
        affiliate: true,
      },
    ],
    checked: '2017-11-01',
  },
};

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function getPath(obj: unknown, path: (string | number)[]): unknown {
  let node = obj;
  for (const k of path) node = node && typeof node === 'object' ? (node as Json)[k] : undefined;
  return node;
}

export function setPath(obj: unknown, path: (string | number)[], value: unknown): void {
  let node = obj as Json;
  path.slice(0, -1).forEach((k, i) => {
    node[k] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[k] as Json;
  });
  node[path[path.length - 1]!] = value;
}

const noop = () => {};

/** Leaves of each record, classified: a schema "string" counts as text only if the real pipeline keeps any text there. */
function fieldsOf(type: RecordType): Field[] {
  const out: Field[] = [];
  const wrap = WRAP[type];
  walk({ $ref: `#/$defs/${DEF[type]}` }, wrap ? [wrap, 0] : [], out);
  for (const f of out) {
    if (f.kind !== 'text') continue;
    const rec = clone(FULL[type]);
    setPath(rec, f.path, 'R<b>');
    if (getPath(resolveRecord(type, [rec], noop), f.path) !== 'R<b>') f.kind = 'coded';
  }
  return out;
}

export const FIELDS: Record<RecordType, Field[]> = {
  film: fieldsOf('film'),
  release: fieldsOf('release'),
  related: fieldsOf('related'),
  video: fieldsOf('video'),
  quote: fieldsOf('quote'),
  review: fieldsOf('review'),
  offers: fieldsOf('offers'),
};

/**
 * The fields an element checks and shows: its record type's, minus the top-level keys
 * its own narrower spec drops (film-card shows no releases or sameAs), found by
 * running that spec on the full record.
 */
export function elementFields(info: ElementInfo): Field[] {
  if (!info.modelSpec) return FIELDS[info.recordType];
  const kept = info.modelSpec(clone(FULL[info.recordType]), '', noop) as Json;
  return FIELDS[info.recordType].filter((f) => kept[f.path[0] as string] !== undefined);
}

/** What the pipeline's text() makes of a string (trimmed, well-formed, cut with an ellipsis). */
export function asText(s: string, max = 500): string {
  return text(max)(s, '', () => undefined) ?? '';
}

/** The record path an attribute's model path names ('director' -> director[0].name). */
export function fieldForAttribute(type: RecordType, path: string): Field | undefined {
  const wrap = WRAP[type];
  const full = wrap ? `${wrap}[0].${path}` : path;
  return FIELDS[type].find((f) => [full, `${full}[0]`, `${full}[0].name`, `${full}.name`].includes(f.key));
}

/** The path a report names for a field, per input path (a provider checks the whole article). */
export function reportedPath(type: RecordType, f: Field, via: InputPath): string {
  if (via !== 'provider') return f.key;
  if (type === 'release' || type === 'offers') return f.key;
  if (type === 'related') return f.key.replace(/^items/, 'related');
  return `${type}.${f.key}`;
}

/** Whether a console line names `field` (as its source reports it, or as `attr`) as ignored for `reason`. */
export function warned(
  lines: string[],
  type: RecordType,
  field: Field,
  via: InputPath,
  reason = '',
  attr?: string,
): boolean {
  const p = reportedPath(type, field, via);
  const names = [p, p.replace(/^(releases|items|offers)\[0\]\./, ''), ...(attr ? [attr] : [])];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return names.some((n) => lines.some((l) => new RegExp(` ignored (\\S+\\.)?${esc(n)}: ${esc(reason)}`).test(l)));
}

// ---------------------------------------------------------------- schema.org JSON-LD

const ldImage = (i?: Json) =>
  i && { '@type': 'ImageObject', url: i.url, caption: i.alt, width: i.width, height: i.height };
const ldPeople = (list?: Json[]) => list?.map((p) => ({ '@type': 'Person', name: p.name, url: p.url }));
const ldVideo = (v?: Json) =>
  v && {
    '@type': 'VideoObject',
    embedUrl:
      v.url ??
      (v.provider === 'vimeo' ? `https://player.vimeo.com/video/${v.id}` : `https://www.youtube.com/embed/${v.id}`),
    name: v.name,
    thumbnail: ldImage(v.thumbnail as Json),
    duration: v.duration,
  };
const ldReleases = (list?: Json[]) =>
  list?.map((e) => ({
    '@type': 'PublicationEvent',
    startDate: e.date,
    name: e.label,
    additionalType: e.format ?? e.kind,
    location: e.region,
    url: e.url,
  }));

const ldNotes = (notes?: string[]) =>
  notes && {
    '@type': 'ItemList',
    itemListElement: notes.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
  };

function ldReview(r: Json): Json {
  const item = r.itemReviewed as Json | undefined;
  const ar = r.aggregateRating as Json | undefined;
  const by = (who: unknown, type: string) => who && { '@type': type, ...(who as Json) };
  return {
    '@context': 'https://schema.org',
    '@type': 'Review',
    reviewRating: {
      '@type': 'Rating',
      ratingValue: r.ratingValue,
      bestRating: r.bestRating,
      worstRating: r.worstRating,
    },
    headline: r.headline,
    reviewBody: r.reviewBody,
    positiveNotes: ldNotes(r.pros as string[] | undefined),
    negativeNotes: ldNotes(r.cons as string[] | undefined),
    author: by(r.author, 'Person'),
    publisher: by(r.publisher, 'Organization'),
    datePublished: r.datePublished,
    url: r.url,
    itemReviewed: item && {
      '@type': 'Movie',
      name: item.name,
      datePublished: item.year === undefined ? undefined : String(item.year),
      url: item.url,
      aggregateRating: ar && {
        ...ar,
        '@type': 'AggregateRating',
        author: { '@type': 'Organization', name: ar.source },
      },
    },
  };
}
const ldOffer = (o: Json) => {
  const p = (o.provider ?? {}) as Json;
  return {
    '@type': 'Offer',
    seller: { '@type': 'Organization', name: p.name, url: p.url, logo: p.logo },
    category: o.type,
    url: o.url,
    price: o.price,
    priceCurrency: o.currency,
    eligibleRegion: o.region,
    availabilityStarts: o.availabilityStarts,
    availabilityEnds: o.availabilityEnds,
  };
};

/** A record written as a publisher's schema.org JSON-LD (the inverse of src/data/schema-org.ts). */
export function toJsonLd(type: RecordType, r: Json): Json {
  const ctx = { '@context': 'https://schema.org' };
  switch (type) {
    case 'film': {
      const cr = r.contentRating as Json | undefined;
      const ar = r.aggregateRating as Json | undefined;
      const b = r.isBasedOn as Json | undefined;
      return {
        ...ctx,
        '@type': 'Movie',
        name: r.name,
        datePublished: r.datePublished,
        image: ldImage(r.image as Json),
        director: ldPeople(r.director as Json[]),
        author: ldPeople(r.author as Json[]),
        actor: (r.actor as Json[] | undefined)?.map((a) => ({
          '@type': 'PerformanceRole',
          actor: { '@type': 'Person', name: a.name, url: a.url },
          characterName: a.characterName,
        })),
        genre: r.genre,
        duration: r.duration,
        contentRating: cr?.value,
        aggregateRating: ar && {
          ...ar,
          '@type': 'AggregateRating',
          author: { '@type': 'Organization', name: ar.source },
        },
        description: r.description,
        isBasedOn: b && { '@type': 'Book', name: b.name, genre: b.genre, author: { name: b.author }, url: b.url },
        trailer: ldVideo(r.trailer as Json),
        url: r.url,
        sameAs: r.sameAs,
        releasedEvent: ldReleases(r.releases as Json[]),
      };
    }
    case 'release':
      return { ...ctx, '@type': 'Movie', name: 'Film', releasedEvent: ldReleases(r.releases as Json[]) };
    case 'related':
      return {
        ...ctx,
        '@type': 'ItemList',
        itemListElement: ((r.items as Json[] | undefined) ?? []).map((it, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          item: { ...it, '@type': 'NewsArticle', image: ldImage(it.image as Json), author: { name: it.author } },
        })),
      };
    case 'video':
      return { ...ctx, ...ldVideo(r) };
    case 'quote':
      return {
        ...ctx,
        '@type': 'Quotation',
        text: r.text,
        creator: { '@type': 'Person', name: r.speaker, jobTitle: r.speakerRole },
        url: r.url,
      };
    case 'review':
      return ldReview(r);
    case 'offers':
      return { ...ctx, '@type': 'Movie', name: 'Film', offers: ((r.offers as Json[] | undefined) ?? []).map(ldOffer) };
  }
}

/** The article a <film-data> provider would hold for one record. */
export function toArticle(type: RecordType, r: Json): Json {
  if (type === 'release') return { releases: r.releases };
  if (type === 'related') return { related: r.items };
  if (type === 'offers') return { offers: r.offers };
  return { [type]: r };
}

// ---------------------------------------------------------------- input paths

export const INPUT_PATHS = [
  'attributes',
  'data attribute',
  'data property',
  'child script',
  'provider',
  'json-ld',
  'json-ld as published',
] as const;
export type InputPath = (typeof INPUT_PATHS)[number];

/** Both JSON-LD paths: the data reshaped as schema.org, the second also as real pages print it. */
export const isLd = (via: InputPath) => via === 'json-ld' || via === 'json-ld as published';

/** One pass of HTML entity encoding, as film databases print JSON-LD strings (`&` first, so it round-trips). */
const encode = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

function encodeStrings(v: unknown): unknown {
  if (typeof v === 'string') return encode(v);
  if (Array.isArray(v)) return v.map(encodeStrings);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k.startsWith('@') ? x : encodeStrings(x)]));
  return v;
}

/**
 * A JSON-LD node as real pages print it: every string entity-encoded, the node in a
 * Yoast-style `@graph` behind an `@id` reference, and the script's text in a
 * CDATA wrapper. The reader must decode it back to exactly the record's values.
 */
export function asPublished(node: Json): string {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': '#rk-page', about: { '@id': '#rk-main' } },
      { '@type': 'WebSite', '@id': '#rk-site', name: 'Reelkit Weekly' },
      { ...(encodeStrings(node) as Json), '@id': '#rk-main' },
    ],
  };
  return `/* <![CDATA[ */\n${JSON.stringify(graph)}\n/* ]]> */`;
}

export type Host = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

/** The attributes a CMS would write for a record (lists as "a, b", objects by name). */
export function toAttributes(info: ElementInfo, r: Json): Map<string, string> {
  const out = new Map<string, string>();
  const wrap = WRAP[info.recordType];
  const base = wrap ? ((r[wrap] as Json[] | undefined)?.[0] ?? {}) : r;
  for (const a of info.attributes) {
    if (!a.path) continue;
    let v = getPath(base, a.path.split('.'));
    if (Array.isArray(v)) v = v.map((x) => (x && typeof x === 'object' ? (x as Json).name : x)).join(', ');
    else if (v && typeof v === 'object') v = (v as Json).name ?? (v as Json).value ?? (v as Json).url;
    if (v !== undefined && v !== null) out.set(a.name, String(v));
  }
  return out;
}

let ldCount = 0;

/**
 * One element fed through one input path. `set` replaces the data (same element, so a
 * thousand renders stay cheap); `el` is the widget, `root` what was put in `parent`.
 */
/**
 * Every text a Mount wrote into a `<script>` (child JSON, JSON-LD). Writing a script's
 * text from JS is itself a Trusted Types sink, so under `require-trusted-types-for` these
 * writes, the test's stand-in for a CMS's server-sent markup (parser-inserted scripts are
 * no sink), raise violations of their own; the CSP test leaves out exactly these.
 */
export const fixtureScriptTexts = new Set<string>();

export class Mount {
  el: Host;
  root: HTMLElement;
  private script?: HTMLScriptElement;
  private provider?: Host;
  private ld?: HTMLScriptElement;
  private attrs = new Set<string>();

  constructor(
    readonly info: ElementInfo,
    readonly via: InputPath,
    readonly parent: HTMLElement,
    readonly doc: Document = parent.ownerDocument,
  ) {
    this.el = doc.createElement(info.tag) as Host;
    this.root = this.el;
    if (via === 'provider') {
      this.provider = doc.createElement('film-data') as Host;
      this.provider.append(this.el);
      this.root = this.provider;
    }
    parent.append(this.root);
  }

  /** Feeds `record` (or raw JSON text for the text paths) and waits for the render. */
  async set(record: Json | string): Promise<void> {
    const { el, info, doc } = this;
    const lazy = { text: undefined as string | undefined };
    const json = () => (lazy.text ??= typeof record === 'string' ? record : JSON.stringify(record));
    const parse = () => (doc.defaultView as typeof window).JSON.parse(json()) as Json;
    switch (this.via) {
      case 'attributes': {
        const attrs = toAttributes(info, typeof record === 'string' ? {} : record);
        for (const name of this.attrs) if (!attrs.has(name)) el.removeAttribute(name);
        for (const [name, value] of attrs) el.setAttribute(name, value);
        this.attrs = new Set(attrs.keys());
        break;
      }
      case 'data attribute':
        el.setAttribute('data', json());
        break;
      case 'data property':
        // Same realm: the object itself (it may be too deep to copy); another realm: a copy made there.
        el.data = typeof record === 'string' || doc === document ? record : parse();
        break;
      case 'child script':
        if (!this.script) {
          this.script = doc.createElement('script');
          this.script.type = 'application/json';
          el.append(this.script);
        }
        fixtureScriptTexts.add(json());
        this.script.replaceChildren(doc.createTextNode(json()));
        break;
      case 'provider':
        if (typeof record === 'string') this.provider!.setAttribute('data', record);
        else
          this.provider!.data = (doc.defaultView as typeof window).JSON.parse(
            JSON.stringify(toArticle(info.recordType, record)),
          );
        break;
      case 'json-ld':
      case 'json-ld as published': {
        this.ld?.remove();
        this.ld = doc.createElement('script');
        this.ld.type = 'application/ld+json';
        this.ld.id = `rk-ld-${++ldCount}`;
        const published = this.via === 'json-ld as published';
        const text =
          typeof record === 'string'
            ? published
              ? `/* <![CDATA[ */${record}/* ]]> */`
              : record
            : published
              ? asPublished(toJsonLd(info.recordType, record))
              : JSON.stringify(toJsonLd(info.recordType, record));
        fixtureScriptTexts.add(text);
        this.ld.append(doc.createTextNode(text));
        this.parent.append(this.ld);
        el.setAttribute('jsonld', `#${this.ld.id}`);
        break;
      }
    }
    await settle(this.root);
  }

  /** Nodes the test itself placed in the page (the widget's light DOM is checked against them). */
  ownNodes(): Node[] {
    return [this.script?.firstChild, this.script].filter((n): n is ChildNode => !!n);
  }

  remove(): void {
    this.root.remove();
    this.ld?.remove();
  }
}

/** Waits until every reelkit element under `root` (shadow roots included) has rendered. */
export async function settle(root: Node): Promise<void> {
  for (let round = 0; round < 6; round++) {
    await Promise.resolve();
    const pending = [...deepElements(root)]
      .filter((e): e is Host => 'updateComplete' in e)
      .map((e) => (e as Host).updateComplete);
    if ((await Promise.all(pending)).every(Boolean)) return;
  }
}

// ---------------------------------------------------------------- the DOM as rendered

/** `root` and every element below it, descending into open shadow roots (any realm). */
export function* deepElements(root: Node): Generator<Element> {
  if (root.nodeType === 1) {
    const e = root as Element;
    yield e;
    if (e.shadowRoot) for (const c of e.shadowRoot.children) yield* deepElements(c);
  }
  for (const c of (root as ParentNode).children ?? []) yield* deepElements(c);
}

/** Elements of `el`'s shadow tree (and of shadow trees nested in it). */
export function* shadowElements(el: Element): Generator<Element> {
  if (!el.shadowRoot) return;
  for (const c of el.shadowRoot.children) yield* deepElements(c);
}

/** Text nodes of `el`'s shadow tree, deep. */
export function shadowTexts(el: Element): string[] {
  const out: string[] = [];
  const visit = (root: Node) => {
    for (const n of root.childNodes) {
      if (n.nodeType === 3) out.push((n as Text).data);
      else if (n.nodeType === 1) {
        visit(n);
        if ((n as Element).shadowRoot) visit((n as Element).shadowRoot!);
      }
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return out;
}

/** Values of the non-URL attributes (alt, aria-label, title…) of `el`'s shadow tree. */
export function shadowAttributeValues(el: Element): string[] {
  return [...shadowElements(el)].flatMap((e) =>
    [...e.attributes].filter((a) => !URL_ATTRS.includes(a.name)).map((a) => a.value),
  );
}

/** tag -> attribute names, over `el`'s shadow tree: what the template can produce. */
export type Shape = Map<string, Set<string>>;
export function shapeOf(el: Element, into: Shape = new Map()): Shape {
  for (const e of shadowElements(el)) {
    const tag = e.localName;
    const names = into.get(tag) ?? new Set<string>();
    for (const a of e.attributes) names.add(a.name);
    into.set(tag, names);
  }
  return into;
}

/**
 * What `m`'s element can draw from benign data: the full record, every text field at its
 * longest (long texts may add a "Read more" or a class), and nothing at all (the fallback).
 * Leaves the full record rendered.
 */
export async function learnShape(m: Mount, known: Shape = new Map()): Promise<Shape> {
  const type = m.info.recordType;
  await m.set(FULL[type]);
  shapeOf(m.el, known);
  const long = clone(FULL[type]);
  for (const f of FIELDS[type].filter((x) => x.kind === 'text'))
    setPath(long, f.path, 'Lorem ipsum dolor sit amet '.repeat(400).slice(0, f.maxLength ?? 2000));
  await m.set(long);
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  await settle(m.root);
  shapeOf(m.el, known);
  await m.set({});
  shapeOf(m.el, known);
  await m.set(FULL[type]);
  return known;
}

/** Elements or attributes in `el` that no benign render of the same element produced. */
export function foreignMarkup(el: Element, known: Shape): string[] {
  const out: string[] = [];
  for (const e of shadowElements(el)) {
    const names = known.get(e.localName);
    if (!names) out.push(`<${e.localName}>`);
    else for (const a of e.attributes) if (!names.has(a.name)) out.push(`<${e.localName} ${a.name}>`);
  }
  return out;
}

/** Attribute names starting with "on", anywhere under `root` (light and shadow DOM). */
export function eventHandlerAttributes(root: Node): string[] {
  return [...deepElements(root)].flatMap((e) =>
    [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${e.localName} ${a.name}>`),
  );
}

const URL_ATTRS = [
  'href',
  'src',
  'srcset',
  'cite',
  'poster',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'background',
];

/**
 * Every URL-carrying attribute under `root` that the allow-list would refuse, or that the
 * browser resolves to anything but http(s). Custom-element hosts are skipped: their
 * attributes are the test's input, not the library's output.
 */
export function badUrls(root: Node): string[] {
  const out: string[] = [];
  for (const e of deepElements(root)) {
    if (e.localName.includes('-')) continue;
    for (const name of URL_ATTRS) {
      const value = e.getAttribute(name);
      if (value === null || (name === 'data' && e.localName !== 'object')) continue;
      const urls = name === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]!) : [value];
      for (const u of urls) {
        // The allow-list's one sanctioned exception: the .ics file reelkit builds itself
        // (src/data/safe-url.ts ownFileUrl), on a download link only.
        if (name === 'href' && e.localName === 'a' && e.hasAttribute('download') && isOwnFileUrl(u)) continue;
        let protocol = '';
        try {
          protocol = new URL(u, e.ownerDocument.baseURI).protocol;
        } catch {
          protocol = 'unparseable';
        }
        if (!checkUrl(u).ok || !/^https?:$/.test(protocol)) out.push(`<${e.localName} ${name}="${u.slice(0, 80)}">`);
      }
    }
  }
  return out;
}

/** Children of `el` that the test did not put there. */
/** The element shows something: text of its own, or its slot with the page's fallback in it. */
export function rendersSomething(el: Element): boolean {
  if (!el.shadowRoot?.childNodes.length) return false;
  if (shadowTexts(el).join('').trim() !== '') return true;
  return [...shadowElements(el)].some((e) =>
    e.localName === 'slot'
      ? (e as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0
      : !['style', 'div', 'span', 'p'].includes(e.localName),
  );
}

export function strayLightDom(el: Element, own: Node[]): string[] {
  return [...el.childNodes].filter((n) => !own.includes(n)).map((n) => n.nodeName);
}

// ---------------------------------------------------------------- tripwires

declare global {
  interface Window {
    __pwned?: (...args: unknown[]) => void;
  }
}

/**
 * The sentinel every payload calls, dialogs replaced by spies, and a document-wide
 * MutationObserver that notes any <script>/<iframe>/<object>/<embed>/<base>/<meta> or on*
 * attribute appearing anywhere in the light DOM, even if removed again at once.
 */
export function tripwires() {
  const pwned = sinon.spy();
  window.__pwned = pwned;
  const dialogs = {
    alert: sinon.stub(window, 'alert'),
    confirm: sinon.stub(window, 'confirm'),
    prompt: sinon.stub(window, 'prompt'),
    print: sinon.stub(window, 'print'),
  };
  const seen: string[] = [];
  const allowed = new WeakSet<Node>();
  const note = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'attributes' && /^on/i.test(r.attributeName ?? '')) seen.push(`${r.attributeName} attribute`);
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        for (const e of deepElements(n)) {
          const json = e.localName === 'script' && /json/.test((e as HTMLScriptElement).type);
          if (/^(script|iframe|object|embed|base|meta|frame|frameset)$/.test(e.localName) && !json && !allowed.has(e))
            seen.push(`<${e.localName}>`);
          for (const a of e.attributes) if (/^on/i.test(a.name)) seen.push(`<${e.localName} ${a.name}>`);
        }
      }
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  const calls = () => [
    ...pwned.getCalls().map((c) => `__pwned(${c.args.join(',')})`),
    ...Object.entries(dialogs).flatMap(([name, stub]) => stub.getCalls().map((c) => `${name}(${c.args.join(',')})`)),
  ];
  return {
    /** Everything that ran or appeared; [] when the page is clean. */
    report(): string[] {
      note(observer.takeRecords());
      return [...calls(), ...seen];
    },
    allow(node: Node) {
      allowed.add(node);
    },
    restore() {
      observer.disconnect();
      for (const stub of Object.values(dialogs)) stub.restore();
      delete window.__pwned;
    },
  };
}

/** Uncaught errors and unhandled rejections while a test runs. */
export function uncaught() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Distinct problems (the first place each was seen), so one cause shows once, not per round. */
export class Problems {
  private seen = new Map<string, string>();
  add(what: string, where: string): void {
    if (!this.seen.has(what) && this.seen.size < 25) this.seen.set(what, where);
  }
  get full(): boolean {
    return this.seen.size >= 25;
  }
  list(): string[] {
    return [...this.seen].map(([what, where]) => `${what} — first at ${where}`);
  }
  /** The checks every render gets: markup, handlers, URLs, light DOM. */
  check(m: { el: Element; root: Element; ownNodes(): Node[] }, known: Shape, where: string): void {
    for (const p of foreignMarkup(m.el, known)) this.add(`foreign ${p}`, where);
    for (const p of eventHandlerAttributes(m.root)) this.add(`handler ${p}`, where);
    for (const p of badUrls(m.root)) this.add(`url ${p.slice(0, 70)}`, where);
    for (const p of strayLightDom(m.el, m.ownNodes())) this.add(`light DOM ${p}`, where);
  }
}

/**
 * Fills in `values` of enum-like attributes the manifest does not list, from the element's
 * own warning for an invalid value ('"x" is not one of list, grid, carousel' or '1–6').
 */
async function discoverEnums(): Promise<void> {
  const { warn } = console;
  const warns: string[] = [];
  console.warn = (...args: unknown[]) => void warns.push(args.map(String).join(' '));
  const box = document.createElement('div');
  document.body.append(box);
  try {
    for (const info of ELEMENTS) {
      const m = new Mount(info, 'provider', box);
      await m.set(FULL[info.recordType]);
      for (const a of info.attributes) {
        if (a.values || a.path || a.kind === 'boolean' || ['data', 'strings', 'jsonld'].includes(a.name)) continue;
        warns.length = 0;
        m.el.setAttribute(a.name, 'rk-invalid');
        await settle(m.root).catch(() => {});
        m.el.removeAttribute(a.name);
        const list = warns
          .map((w) => new RegExp(` ${a.name}: "rk-invalid" is not one of (.+)$`).exec(w)?.[1])
          .find(Boolean);
        const range = list && /^(\d+)–(\d+)$/.exec(list);
        if (range) a.values = Array.from({ length: +range[2]! - +range[1]! + 1 }, (_, i) => String(+range[1]! + i));
        else if (list) a.values = list.split(/,\s*|\s+or\s+/).filter(Boolean);
      }
      m.remove();
      await settle(box).catch(() => {});
    }
  } finally {
    console.warn = warn;
    box.remove();
  }
}
await discoverEnums();

/** Lets async handlers (an <img onerror>, a queued task) run before the tripwires are read. */
export const drain = (ms = 30) => new Promise((r) => setTimeout(r, ms));
