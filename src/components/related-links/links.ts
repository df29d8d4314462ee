/** Link helpers for <related-links>: tracking parameters and "is this the page itself". */
import { checkUrl, resolveUrl, wellFormed } from '../../data/safe-url.js';

/**
 * Appends `params` (utm_source…) to an allow-listed URL. The URL's own query text is
 * kept byte for byte (no re-encoding of `+`, `%20` or bare keys), keys it already has
 * are left alone (a link's own utm_source is more specific than the element's), and
 * the #fragment stays last. The result is checked again; if it fails (too long) the
 * URL is returned unchanged.
 */
export function withParams(url: string, params: Record<string, string | undefined>): string {
  const hashAt = url.indexOf('#');
  const head = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = head.indexOf('?');
  const own = new URLSearchParams(queryAt < 0 ? '' : head.slice(queryAt + 1));
  const added = Object.entries(params)
    .filter(([key, value]) => value && !own.has(key))
    .map(([key, value]) => `${key}=${encodeURIComponent(wellFormed(value!))}`);
  if (!added.length) return url;
  const joined = `${head}${queryAt < 0 ? '?' : /[?&]$/.test(head) ? '' : '&'}${added.join('&')}${hashAt < 0 ? '' : url.slice(hashAt)}`;
  const check = checkUrl(joined);
  return check.ok ? check.url : url;
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
