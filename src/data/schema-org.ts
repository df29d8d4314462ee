/**
 * schema.org JSON-LD -> the raw shape of our model. The result is NOT trusted: it goes
 * through the same record specs (records.ts) as every other input.
 *
 * Understood: Movie (and Film-like CreativeWork), VideoObject, NewsArticle / Article /
 * BlogPosting / WebPage (about -> film, video -> video, relatedLink / ItemList ->
 * related), ItemList of articles, Quotation (isPartOf / about a Movie -> its film),
 * Review / CriticReview (itemReviewed -> film, reviewRating -> score), and events
 * (ScreeningEvent, BroadcastEvent, PublicationEvent, OnDemandEvent: the work -> film,
 * startDate -> a release). `@graph`, top-level arrays and `@id` references are walked,
 * to a bounded depth and count (jsonld-graph.ts); strings are entity-decoded.
 */
import { isRecord } from './fields.js';
import { all, first, get, indexIds, isType, MAX_DEPTH, MAX_NODES, types, type Json } from './jsonld-graph.js';
import { ldVideoUrl } from './video.js';
import { reviewFromLd } from './review-ld.js';
import { offersFromLd } from './offers-ld.js';

const FILM = ['Movie', 'Film', 'TVSeries', 'TVEpisode', 'CreativeWork'];
const EVENTS = ['ScreeningEvent', 'BroadcastEvent', 'PublicationEvent', 'OnDemandEvent'];
const REVIEWS = ['Review', 'CriticReview', 'ReviewNewsArticle'];
const ARTICLES = ['NewsArticle', 'Article', 'BlogPosting', 'WebPage', 'ReportageNewsArticle', 'ItemPage'];

const nameOf = (v: unknown): unknown => (isRecord(v) ? get(v, 'name') : v);
const urlOf = (v: unknown): unknown => (isRecord(v) ? (get(v, 'url') ?? get(v, 'contentUrl') ?? get(v, '@id')) : v);
/** `contentUrl` / `contentURL`: schema.org's spelling and the one many sites print. */
const either = (node: unknown, key: string): unknown => get(node, key) ?? get(node, key.replace(/Url$/, 'URL'));

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

/** A list of people; an entry with no name (film databases list companies by url only) is left out. */
const named = (list: unknown[]): unknown =>
  list.length ? list.filter((p) => !isRecord(p) || p.name !== undefined) : undefined;

const people = (v: unknown): unknown =>
  named(all(v).map((p) => (isRecord(p) ? { name: get(p, 'name'), url: get(p, 'url') } : p)));

/** Cast: Person, or PerformanceRole {actor: Person, characterName}. */
const actors = (v: unknown): unknown =>
  named(
    all(v).map((a) => {
      const who = isType(a, 'PerformanceRole') ? first(get(a, 'actor')) : a;
      return isRecord(who)
        ? { name: get(who, 'name'), url: get(who, 'url'), characterName: get(a, 'characterName') }
        : a;
    }),
  );

function rating(v: unknown, by?: unknown): unknown {
  if (!isRecord(v)) return undefined;
  return {
    ratingValue: get(v, 'ratingValue'),
    bestRating: get(v, 'bestRating'),
    worstRating: get(v, 'worstRating'),
    ratingCount: get(v, 'ratingCount') ?? get(v, 'reviewCount'),
    source: nameOf(first(get(v, 'author') ?? by)) ?? nameOf(first(get(v, 'publisher'))),
    url: get(v, 'url'),
  };
}

/** A VideoObject, by the rules in video.ts: a playable file wins, a foreign player page is a link. */
export function videoFromLd(v: unknown): unknown {
  if (!isRecord(v)) return v;
  return {
    ...ldVideoUrl(either(v, 'contentUrl'), either(v, 'embedUrl'), get(v, 'url')),
    name: get(v, 'name'),
    thumbnail: image(get(v, 'thumbnail') ?? get(v, 'thumbnailUrl')),
    duration: get(v, 'duration'),
  };
}

/** An event's kind of release: a screening is in cinemas, a broadcast on TV. */
const eventKind = (e: Json): unknown =>
  get(e, 'additionalType') ??
  get(e, 'eventType') ??
  (isType(e, 'ScreeningEvent')
    ? 'theatrical'
    : isType(e, 'BroadcastEvent') || get(e, 'publishedOn')
      ? 'tv'
      : isType(e, 'OnDemandEvent')
        ? 'streaming'
        : undefined);

const releaseOf = (e: Json, label?: unknown) => ({
  date: get(e, 'startDate') ?? get(e, 'datePublished'),
  label,
  kind: eventKind(e),
  region: get(get(get(e, 'location'), 'address'), 'addressCountry') ?? get(get(e, 'location'), 'addressCountry'),
  url: get(e, 'url'),
});

function basedOn(v: unknown): unknown {
  const w = first(v);
  if (!isRecord(w)) return w;
  const genre =
    get(w, 'genre') ??
    (isType(w, 'ComicStory', 'ComicSeries') ? 'graphic novel' : isType(w, 'Book') ? 'book' : undefined);
  return { name: get(w, 'name'), author: nameOf(first(get(w, 'author'))), genre, url: get(w, 'url') };
}

/** WatchAction targets: a URL, an EntryPoint {urlTemplate}, or a list of them. */
const watchLinks = (v: unknown): unknown[] =>
  all(v)
    .filter((a) => isType(a, 'WatchAction'))
    .map((a) => {
      const target = first(get(a, 'target'));
      return { kind: 'watch', url: isRecord(target) ? (get(target, 'urlTemplate') ?? get(target, 'url')) : target };
    });

/** The date to show as the release: datePublished, else the earliest release event. Never dateCreated. */
function releaseDate(m: Json, events: Json[]): unknown {
  const date =
    get(m, 'datePublished') ??
    events
      .map((e) => get(e, 'startDate'))
      .filter((d) => typeof d === 'string')
      .sort()[0];
  return typeof date === 'string' ? date.slice(0, 10) : undefined;
}

export function filmFromLd(m: Json): Json {
  const contentRating = get(m, 'contentRating');
  const events = all(get(m, 'releasedEvent') ?? get(m, 'publication')).filter(isRecord);
  const links = watchLinks(get(m, 'potentialAction'));
  return {
    offers: offersFromLd(m),
    name: get(m, 'name'),
    datePublished: releaseDate(m, events),
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
    isBasedOn: basedOn(get(m, 'isBasedOn') ?? get(m, 'exampleOfWork')),
    trailer: get(m, 'trailer') === undefined ? undefined : videoFromLd(first(get(m, 'trailer'))),
    url: get(m, 'url'),
    links: links.length ? links : undefined,
    sameAs: get(m, 'sameAs'),
    releases: events.length ? events.map((e) => releaseOf(e, get(e, 'name'))) : undefined,
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

/** Related stories; a bare URL or an entry with no title (valid schema.org, nothing to show) is left out. */
const stories = (items: unknown[]): unknown[] =>
  items.map(relatedFromLd).filter((r) => !isRecord(r) || r.headline !== undefined);

function listItems(list: Json): unknown[] {
  const items = get(list, 'itemListElement');
  return (Array.isArray(items) ? items : [])
    .slice()
    .sort((a, b) => Number(get(a, 'position') ?? 0) - Number(get(b, 'position') ?? 0));
}

/**
 * Walks JSON-LD (object, array or @graph) and gathers one raw Article. First of each
 * kind wins; releases from events add up. `types` lists the top-level types found, so
 * an element left with nothing can say what the page had instead.
 */
export function articleFromLd(root: unknown): Json {
  indexIds(root);
  const out: Json = {};
  const found = new Set<string>();
  const releases: unknown[] = [];
  let filmNode: unknown;
  let seen = 0;
  const visit = (node: unknown, depth: number, top = false): void => {
    if (depth > MAX_DEPTH || seen > MAX_NODES) return;
    if (Array.isArray(node)) return node.slice(0, MAX_NODES).forEach((n) => visit(n, depth + 1, top));
    if (!isRecord(node)) return;
    seen++;
    if (top) types(node).forEach((t) => found.add(t));
    if (node['@graph'] !== undefined) visit(get(node, '@graph'), depth + 1, true);
    const film = (m: unknown) => {
      if (isType(m, ...FILM) && !out.film) out.film = filmFromLd((filmNode = m));
    };
    if (isType(node, ...FILM)) film(node);
    else if (isType(node, 'VideoObject')) out.video ??= videoFromLd(node);
    else if (isType(node, 'Quotation')) {
      const work = [get(node, 'isPartOf'), get(node, 'about')].find((w) => isType(w, ...FILM));
      film(work);
      out.quote ??= {
        text: get(node, 'text'),
        speaker: nameOf(first(get(node, 'creator') ?? get(node, 'spokenByCharacter'))),
        speakerRole: get(first(get(node, 'creator')), 'jobTitle'),
        url: get(node, 'url') ?? urlOf(get(node, 'isBasedOn')),
        about: nameOf(work),
      };
    } else if (isType(node, ...EVENTS)) {
      film(first(get(node, 'workPresented') ?? get(node, 'workPerformed') ?? get(node, 'workFeatured')));
      if (get(node, 'startDate') !== undefined) releases.push(releaseOf(node));
    } else if (isType(node, 'ItemList')) out.related ??= stories(listItems(node));
    if (isType(node, ...REVIEWS)) {
      // The reviewed film, with the review's score when the film has none of its own.
      const item = get(node, 'itemReviewed');
      film(item);
      if (item !== undefined && item === filmNode)
        (out.film as Json).aggregateRating ??= rating(
          get(node, 'reviewRating'),
          get(node, 'author') ?? get(node, 'publisher'),
        );
      out.review ??= reviewFromLd(node, rating);
    }
    if (isType(node, ...ARTICLES, ...REVIEWS)) {
      for (const key of ['about', 'video', 'mainEntity']) visit(get(node, key), depth + 1);
      const rel = get(node, 'relatedLink');
      if (rel !== undefined) out.related ??= stories(all(rel));
    }
  };
  visit(root, 0, true);
  if (releases.length) out.releases = releases;
  if (found.size) out.types = [...found];
  return out;
}
