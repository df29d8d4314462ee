/**
 * schema.org JSON-LD -> the raw shape of our model. The result is NOT trusted: it goes
 * through the same record specs (records.ts) as every other input.
 *
 * Understood: Movie (and Film-like CreativeWork), VideoObject, NewsArticle / Article /
 * BlogPosting / WebPage (about -> film, video -> video, relatedLink / ItemList ->
 * related), ItemList of articles, Quotation. `@graph` and top-level arrays are walked,
 * to a bounded depth and count so hostile JSON-LD cannot make us spin.
 */
import { has, isRecord } from './fields.js';

type Json = Record<string, unknown>;

const MAX_NODES = 500;
const MAX_DEPTH = 6;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const types = (node: Json): string[] => {
  const t = has(node, '@type') ? node['@type'] : undefined;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};
const isType = (node: Json, ...names: string[]) =>
  types(node).some((t) => names.includes(t.replace(/^(https?:\/\/)?schema\.org\//, '')));
const get = (node: unknown, key: string): unknown => (isRecord(node) && has(node, key) ? node[key] : undefined);
const nameOf = (v: unknown): unknown => (isRecord(v) ? get(v, 'name') : v);
const urlOf = (v: unknown): unknown => (isRecord(v) ? (get(v, 'url') ?? get(v, 'contentUrl') ?? get(v, '@id')) : v);

function image(v: unknown): unknown {
  const img = first(v);
  if (!isRecord(img)) return img;
  return {
    url: urlOf(img),
    alt: get(img, 'caption') ?? get(img, 'name'),
    width: num(get(img, 'width')),
    height: num(get(img, 'height')),
  };
}
// schema.org QuantitativeValue {value: 600} or a plain number/string.
const num = (v: unknown): unknown => (isRecord(v) ? get(v, 'value') : v);

const people = (v: unknown): unknown =>
  v === undefined
    ? undefined
    : (Array.isArray(v) ? v : [v]).map((p) => (isRecord(p) ? { name: get(p, 'name'), url: get(p, 'url') } : p));

function actors(v: unknown): unknown {
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).map((a) => {
    // PerformanceRole: {actor: Person, characterName}
    if (isRecord(a) && isType(a, 'PerformanceRole')) {
      return {
        name: nameOf(get(a, 'actor')),
        url: get(get(a, 'actor'), 'url'),
        characterName: get(a, 'characterName'),
      };
    }
    return isRecord(a) ? { name: get(a, 'name'), url: get(a, 'url'), characterName: get(a, 'characterName') } : a;
  });
}

function rating(v: unknown): unknown {
  if (!isRecord(v)) return undefined;
  return {
    ratingValue: get(v, 'ratingValue'),
    bestRating: get(v, 'bestRating'),
    worstRating: get(v, 'worstRating'),
    ratingCount: get(v, 'ratingCount') ?? get(v, 'reviewCount'),
    source: nameOf(get(v, 'author')) ?? nameOf(get(v, 'publisher')),
    url: get(v, 'url'),
  };
}

export function videoFromLd(v: unknown): unknown {
  if (!isRecord(v)) return v;
  return {
    url: get(v, 'embedUrl') ?? get(v, 'contentUrl') ?? get(v, 'url'),
    name: get(v, 'name'),
    thumbnail: image(get(v, 'thumbnail') ?? get(v, 'thumbnailUrl')),
    duration: get(v, 'duration'),
  };
}

function releases(v: unknown): unknown {
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).filter(isRecord).map((e) => ({
    date: get(e, 'startDate') ?? get(e, 'datePublished'),
    label: get(e, 'name'),
    kind: get(e, 'additionalType') ?? get(e, 'eventType'),
    region: get(get(get(e, 'location'), 'address'), 'addressCountry') ?? get(e, 'location'),
    url: get(e, 'url'),
  }));
}

function basedOn(v: unknown): unknown {
  const w = first(v);
  if (!isRecord(w)) return w;
  const genre =
    get(w, 'genre') ??
    (isType(w, 'ComicStory', 'ComicSeries') ? 'graphic novel' : isType(w, 'Book') ? 'book' : undefined);
  return { name: get(w, 'name'), author: nameOf(first(get(w, 'author'))), genre, url: get(w, 'url') };
}

export function filmFromLd(m: Json): Json {
  const date = get(m, 'datePublished') ?? get(m, 'dateCreated');
  const contentRating = get(m, 'contentRating');
  return {
    name: get(m, 'name'),
    datePublished: typeof date === 'string' ? date.slice(0, 10) : undefined,
    image: image(get(m, 'image')),
    director: people(get(m, 'director')),
    author: people(get(m, 'author') ?? get(m, 'creator')),
    actor: actors(get(m, 'actor') ?? get(m, 'actors')),
    genre: get(m, 'genre'),
    duration: get(m, 'duration'),
    contentRating: isRecord(contentRating)
      ? { value: get(contentRating, 'ratingValue') ?? get(contentRating, 'name') }
      : contentRating,
    aggregateRating: rating(get(m, 'aggregateRating')),
    description: get(m, 'description') ?? get(m, 'abstract'),
    isBasedOn: basedOn(get(m, 'isBasedOn')),
    trailer: get(m, 'trailer') === undefined ? undefined : videoFromLd(first(get(m, 'trailer'))),
    url: get(m, 'url'),
    sameAs: get(m, 'sameAs'),
    releases: releases(get(m, 'releasedEvent')),
  };
}

function relatedFromLd(a: unknown): unknown {
  if (!isRecord(a)) return typeof a === 'string' ? { url: a } : a;
  const item = isRecord(get(a, 'item')) ? (get(a, 'item') as Json) : a; // ListItem wrapper
  return {
    headline: get(item, 'headline') ?? get(item, 'name') ?? get(a, 'name'),
    url: get(item, 'url') ?? get(a, 'url') ?? get(item, '@id'),
    image: image(get(item, 'image') ?? get(item, 'thumbnailUrl')),
    datePublished: get(item, 'datePublished'),
    articleSection: first(get(item, 'articleSection')),
    author: nameOf(first(get(item, 'author'))),
    sponsored: get(item, 'sponsored'),
  };
}

function listItems(list: Json): unknown[] {
  const items = get(list, 'itemListElement');
  return (Array.isArray(items) ? items : [])
    .slice()
    .sort((a, b) => Number(get(a, 'position') ?? 0) - Number(get(b, 'position') ?? 0));
}

/** Walks JSON-LD (object, array or @graph) and gathers one raw Article. First of each kind wins. */
export function articleFromLd(root: unknown): Json {
  const out: Json = {};
  let seen = 0;
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || seen > MAX_NODES) return;
    if (Array.isArray(node)) {
      for (const n of node.slice(0, MAX_NODES)) visit(n, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    seen++;
    if (has(node, '@graph')) visit(node['@graph'], depth + 1);
    if (isType(node, 'Movie', 'Film', 'TVSeries', 'TVEpisode', 'CreativeWork') && !out.film)
      out.film = filmFromLd(node);
    else if (isType(node, 'VideoObject') && !out.video) out.video = videoFromLd(node);
    else if (isType(node, 'Quotation') && !out.quote) {
      out.quote = {
        text: get(node, 'text'),
        speaker: nameOf(first(get(node, 'creator') ?? get(node, 'spokenByCharacter'))),
        speakerRole: get(first(get(node, 'creator')), 'jobTitle'),
        url: get(node, 'url') ?? get(node, 'isBasedOn'),
      };
    } else if (isType(node, 'ItemList') && !out.related) out.related = listItems(node).map(relatedFromLd);
    else if (isType(node, 'NewsArticle', 'Article', 'BlogPosting', 'WebPage', 'ReportageNewsArticle')) {
      visit(get(node, 'about'), depth + 1);
      visit(get(node, 'video'), depth + 1);
      visit(get(node, 'mainEntity'), depth + 1);
      const rel = get(node, 'relatedLink');
      if (rel !== undefined && !out.related) out.related = (Array.isArray(rel) ? rel : [rel]).map(relatedFromLd);
    }
  };
  visit(root, 0);
  return out;
}
