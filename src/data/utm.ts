/**
 * The one tracking-parameter merge: <related-links> and <where-to-watch> add the page's
 * utm_* attributes to every link they render through here.
 */
import { checkUrl, wellFormed } from './safe-url.js';

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
