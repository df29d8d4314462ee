/** Link helpers for <related-links>: its plain links, tracking parameters, "is this the page itself". */
import type { RelatedLink } from '../../data/model.js';
import { resolveUrl } from '../../data/safe-url.js';
import { withParams } from '../../data/utm.js';

export { withParams };

/**
 * The plain links a page writes inside `host` (`<a href>` children, or a `<ul>`/`<ol>` of
 * them with an optional `<img>` and `<time>`, as WordPress core/latest-posts writes) and
 * Ghost bookmark cards (`figure.kg-bookmark-card`: title, thumbnail, author) as raw items,
 * checked later by the pipeline.
 */
export function plainLinks(host: Element): Record<string, unknown>[] {
  const items = [];
  for (const el of host.querySelectorAll(':scope > a[href], :scope > :is(ul, ol) > li, :scope > .kg-bookmark-card')) {
    const a = el.matches('a') ? el : el.querySelector('a[href]');
    if (!a) continue;
    const bookmark = (part: string) => el.querySelector(`.kg-bookmark-${part}`);
    const img = bookmark('thumbnail')?.querySelector('img') ?? el.querySelector('img');
    const time = el.querySelector('time');
    const attr = (node: Element | null, name: string) => node?.getAttribute(name) ?? undefined;
    const text = [...a.childNodes]
      .filter((n) => n.nodeName !== 'TIME')
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    items.push({
      headline: bookmark('title')?.textContent?.trim() || text || attr(img, 'alt'),
      author: bookmark('author')?.textContent?.trim() || undefined,
      url: attr(a, 'href'),
      image: img && {
        url: attr(img, 'src'),
        alt: attr(img, 'alt'),
        srcset: attr(img, 'srcset'),
        width: attr(img, 'width'),
        height: attr(img, 'height'),
      },
      datePublished: time && (attr(time, 'datetime') ?? time.textContent),
      sponsored: (a as HTMLAnchorElement).relList.contains('sponsored') || undefined,
    });
  }
  return items;
}

/** A story as rendered: its link with tracking parameters, and the rel it needs. */
export interface LinkView {
  item: RelatedLink;
  href: string;
  rel?: string;
}

/**
 * The stories to render, in order: a story pointing at `page` itself is left out, every
 * href gets the `utm` parameters (see withParams), links to other origins get
 * rel="noopener" and sponsored ones rel="sponsored".
 */
export function buildViews(
  items: readonly RelatedLink[],
  page: string,
  utm: Record<string, string | undefined>,
): LinkView[] {
  const here = resolveUrl(page, page);
  const origin = here?.origin;
  const self = keyOf(here);
  const views: LinkView[] = [];
  for (const item of items) {
    // One parse per story answers both "is it this page" and "is it cross-origin".
    const u = resolveUrl(item.url, page);
    const crossOrigin = !u || u.origin !== origin;
    if (self && keyOf(u) === self) continue;
    const rel = [crossOrigin && 'noopener', item.sponsored && 'sponsored'].filter(Boolean).join(' ');
    views.push({ item, href: withParams(item.url, utm), rel: rel || undefined });
  }
  return views;
}

/**
 * A comparable key for "the same document": origin, path without a trailing slash,
 * and the query (sorted) without utm_* keys (a reader arriving from a campaign link still is
 * on the same page); the fragment is ignored. Empty when `url` cannot be resolved.
 */
export function pageKey(url: string, base: string): string {
  return keyOf(resolveUrl(url, base));
}

/** pageKey() of an already resolved URL (it is changed: utm_* removed, query sorted). */
export function keyOf(u: URL | undefined): string {
  if (!u) return '';
  if (u.search) {
    for (const key of [...u.searchParams.keys()]) if (key.startsWith('utm_')) u.searchParams.delete(key);
    u.searchParams.sort(); // one serialisation for both sides: `a=1&b=2` = `b=2&a=1`
  }
  return u.origin + u.pathname.replace(/\/$/, '') + u.search;
}
