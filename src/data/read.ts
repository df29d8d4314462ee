/**
 * The ONE input pipeline. Five sources become one checked record:
 *
 *   1. the `data` property (an object set from JS)          highest
 *   2. individual attributes (`name`, `year`, `poster`…)
 *   3. own JSON: the `data` attribute, else a child <script type="application/json">
 *   4. the nearest <film-data> provider (via @lit/context)
 *   5. schema.org JSON-LD on the page (only when asked for)  lowest
 *
 * Sources are merged key by key at the top level of the record (attributes giving
 * `name` and a provider giving the rest make one film), then checked ONCE by the
 * record's spec, so every bad field is reported once, whichever source it came from.
 */
import type { Article, Film, FilmReview, Quote, RecordType, RelatedLink, Release, Video } from './model.js';
import { isRecord, list, type Coerce, type Report } from './fields.js';
import {
  article as articleSpec,
  film,
  filmReview,
  MAX_RELATED,
  quote,
  relatedLink,
  release,
  video,
} from './records.js';
import { articleFromLd } from './schema-org.js';
import { stripLdWrappers } from './jsonld-text.js';
import { offerSet, type OfferSet } from './offers.js';

/** What each widget renders. Lists are wrapped so records merge key by key. */
export interface Records {
  film: Film;
  release: { releases: Release[] };
  related: { items: RelatedLink[] };
  video: Video;
  quote: Quote;
  review: FilmReview;
  offers: OfferSet;
}

const releaseSet = (value: unknown, path: string, report: Report) => {
  if (!isRecord(value)) return undefined;
  const releases = list(release, { max: 50 })(value.releases, path ? `${path}.releases` : 'releases', report);
  return releases ? { releases } : undefined;
};
const relatedSet = (value: unknown, path: string, report: Report) => {
  if (!isRecord(value)) return undefined;
  const items = list(relatedLink, { max: MAX_RELATED })(value.items, path ? `${path}.items` : 'items', report);
  return items ? { items } : undefined;
};

const SPECS: { [K in RecordType]: Coerce<Records[K]> } = {
  film,
  release: releaseSet,
  related: relatedSet,
  video,
  quote,
  review: filmReview,
  offers: offerSet,
};

/** The part of a (raw or checked) Article one widget type renders, in its record shape. */
export function selectFromArticle(type: RecordType, a: unknown): Record<string, unknown> | undefined {
  if (!isRecord(a)) return undefined;
  const f = isRecord(a.film) ? a.film : undefined;
  switch (type) {
    case 'film':
      return f;
    case 'release': {
      const all = [...(Array.isArray(f?.releases) ? f.releases : []), ...(Array.isArray(a.releases) ? a.releases : [])];
      return all.length ? { releases: all } : undefined;
    }
    case 'related':
      return Array.isArray(a.related) ? { items: a.related } : undefined;
    case 'video':
      return isRecord(a.video) ? a.video : isRecord(f?.trailer) ? f.trailer : undefined;
    case 'quote':
      return isRecord(a.quote) ? a.quote : undefined;
    case 'review':
      return reviewOf(a.review, f);
    case 'offers': {
      const offers = a.offers ?? f?.offers;
      return offers === undefined ? undefined : { offers };
    }
  }
}

/** The article's review; the article's film is the reviewed work when the review names none. */
function reviewOf(r: unknown, f: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!isRecord(r)) return undefined;
  if (r.itemReviewed !== undefined || !f || f.name === undefined) return r;
  return { ...r, itemReviewed: { name: f.name, year: f.year, url: f.url } };
}

/**
 * A widget's own JSON in the shapes people actually write: the record itself,
 * schema.org JSON-LD (`@type`/`@graph`), a bare list (releases, related items), a
 * single release, or a film carrying its releases.
 */
export function normalizeOwn(type: RecordType, value: unknown): Record<string, unknown> | undefined {
  // A top-level JSON-LD array ([WebSite, Movie]) is JSON-LD, not a list of releases.
  const ld = Array.isArray(value)
    ? value.some((v) => isRecord(v) && '@type' in v)
    : isRecord(value) && ('@type' in value || '@graph' in value);
  if (ld) return selectFromArticle(type, articleFromLd(value));
  if (Array.isArray(value)) {
    if (type === 'release') return { releases: value };
    if (type === 'related') return { items: value };
    if (type === 'offers') return { offers: value };
    return selectFromArticle(type, articleFromLd(value));
  }
  if (!isRecord(value)) return undefined;
  if (type === 'release' && !('releases' in value) && 'date' in value) return { releases: [value] };
  if (type === 'related' && !('items' in value) && Array.isArray(value.related)) return { items: value.related };
  if (type === 'offers' && !('offers' in value) && 'provider' in value) return { offers: [value] };
  return value;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse with a message that says where it broke. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)|line (\d+) column (\d+)/.exec(message);
    const where = at ? (at[1] ? ` at position ${at[1]}` : ` at line ${at[2]} column ${at[3]}`) : '';
    return { ok: false, message: `malformed JSON${where}: ${message.slice(0, 120)}` };
  }
}

/** Sets `value` at a dotted path ("image.url", "aggregateRating.ratingValue"). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * Merges raw sources, highest precedence first, then checks the result once, with the
 * record type's spec or a narrower one an element gives (film-card: `filmShown`).
 */
export function resolveRecord<K extends RecordType>(
  type: K,
  sources: readonly (Record<string, unknown> | undefined)[],
  report: Report,
  spec?: Coerce<Records[K]>,
): Records[K] | undefined {
  const merged = mergeByKey(sources);
  return merged && (spec ?? SPECS[type])(merged, '', report);
}

/** Top-level keys from the first source (highest precedence) that has each; undefined when none. */
export function mergeByKey(sources: readonly (object | undefined)[]): Record<string, unknown> | undefined {
  const merged: Record<string, unknown> = {};
  for (const source of sources) {
    if (!source) continue;
    for (const [key, value] of Object.entries(source)) {
      if (!(key in merged) && value !== undefined) merged[key] = value;
    }
  }
  return Object.keys(merged).length ? merged : undefined;
}

/** A whole article (provider input) checked: raw object or JSON-LD. */
export function resolveArticle(value: unknown, report: Report): Article | undefined {
  if (Array.isArray(value) || (isRecord(value) && ('@type' in value || '@graph' in value))) {
    return articleSpec(articleFromLd(value), '', report);
  }
  return articleSpec(value, '', report);
}

/** What a <film-data> provider was given, each as it arrived (the browser's and the server's). */
export interface ArticleSources {
  data?: unknown;
  dataJson?: string;
  childJson?: string;
  fetched?: unknown;
  ld?: Record<string, unknown>;
}

/**
 * A provider's article: its sources checked one by one and merged by top-level key, in
 * the widgets' precedence (property > data attribute > child script > fetched `src` >
 * JSON-LD). Malformed JSON is reported naming where it was.
 */
export function articleFrom(sources: ArticleSources, report: Report): Article | undefined {
  const pick = (value: unknown, where: string) => {
    if (typeof value !== 'string') return value;
    if (value.trim() === '') return undefined;
    const parsed = parseJson(value);
    if (!parsed.ok) report(where, parsed.message);
    return parsed.ok ? parsed.value : undefined;
  };
  const raw = [
    sources.data,
    pick(sources.dataJson, 'data attribute'),
    pick(sources.childJson, 'child <script type="application/json">'),
    sources.fetched,
  ];
  const checked = raw.map((source) => (source === undefined ? undefined : resolveArticle(source, report)));
  checked.push(sources.ld ? resolveArticle(sources.ld, report) : undefined);
  return mergeByKey(checked) as Article | undefined;
}

const ldCache = new WeakMap<Element, { text: string; value: unknown }>();

/**
 * Raw Article gathered from the page's JSON-LD scripts (all of them, or those matching
 * `selector`). Parsed once per script text; broken scripts reported and skipped.
 * `types` lists the top-level types found, for "found NewsArticle; no Movie".
 */
export function readJsonLd(root: Document, selector: string, report: Report): Record<string, unknown> {
  let scripts: Element[];
  try {
    scripts = [...root.querySelectorAll(selector || 'script[type="application/ld+json"]')];
  } catch {
    report('jsonld', `"${selector.slice(0, 60)}" is not a valid CSS selector`);
    return {};
  }
  const values: unknown[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    let hit = ldCache.get(script);
    if (!hit || hit.text !== text) {
      // CDATA and <!-- --> wrappers are stripped first, as search engines do.
      const parsed = parseJson(stripLdWrappers(text));
      if (!parsed.ok) report('jsonld', parsed.message);
      hit = { text, value: parsed.ok ? parsed.value : undefined };
      ldCache.set(script, hit);
    }
    if (hit.value !== undefined) values.push(hit.value);
  }
  return articleFromLd(values);
}

/** The schema.org type each record comes from, for "found NewsArticle, WebSite; no Movie". */
const LD_TYPE: Record<RecordType, string> = {
  film: 'Movie',
  release: 'Movie release',
  related: 'ItemList',
  video: 'VideoObject',
  quote: 'Quotation',
  review: 'Review',
  offers: 'Offer or WatchAction',
};

/**
 * Why the page's JSON-LD gave `type` nothing, naming what it had instead; undefined when
 * it had nothing, or when it did have such a record (then the record's own check said
 * what was wrong with it, and "found VideoObject; no VideoObject" would only confuse).
 */
export function ldMiss(type: RecordType, ld: Record<string, unknown> | undefined): string | undefined {
  const found = ld?.types;
  return Array.isArray(found) && found.length && selectFromArticle(type, ld) === undefined
    ? `found ${found.slice(0, 8).join(', ')}; no ${LD_TYPE[type]}`
    : undefined;
}
