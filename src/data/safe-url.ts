/**
 * The ONE URL allow-list. Every href and src reelkit renders came through here.
 *
 * Allowed: http:, https:, and relative URLs (path, query or fragment). mailto: only
 * where the caller says so. Everything else is refused with a reason the element
 * prints: javascript:, vbscript:, data:, blob:, file:, protocol-relative `//host`
 * (it silently inherits the page's scheme and crosses origins), URLs with control
 * characters or whitespace inside (the classic `java\tscript:` obfuscation: browsers
 * strip those before parsing, so we refuse rather than guess), and absurdly long ones.
 *
 * Entity-encoded schemes (`&#106;avascript:`) never get here decoded from JSON, and
 * a string with a colon before its first / ? # is treated as a scheme, so they are
 * refused as "not http(s)" instead of becoming an odd relative path.
 */
export const MAX_URL_LENGTH = 2048;

const nativeWellFormed = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;

/**
 * Lone UTF-16 surrogates (which make encodeURIComponent throw) become U+FFFD. Every
 * text field passes here: the native String#toWellFormed (Chrome 111, Firefox 119,
 * Safari 16.4) where there is one, else the same replacement by regex.
 */
export const wellFormed = (s: string): string => (nativeWellFormed ? nativeWellFormed.call(s) : wellFormedByRegex(s));

/** The fallback, exported so tests check it against the native one. */
export const wellFormedByRegex = (s: string): string =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f-\u009f]/; // \s: every Unicode space, U+FEFF too
const SCHEME = /^([^/?#]*?):/;
// `&#106;avascript:` or `&colon;` before the path: an encoded scheme someone hoped
// a later decode would revive. As a relative URL it is nonsense anyway.
const ENCODED_SCHEME = /^[^/?]*&(#|[a-z]+;)/i;

export function checkUrl(input: string, options: { mailto?: boolean } = {}): UrlCheck {
  const url = input.trim();
  if (url === '') return { ok: false, reason: 'empty URL' };
  if (url.length > MAX_URL_LENGTH) {
    return { ok: false, reason: `URLs longer than ${MAX_URL_LENGTH} characters are not allowed` };
  }
  if (CONTROL_OR_SPACE.test(url)) {
    return { ok: false, reason: 'URLs with spaces or control characters are not allowed' };
  }
  if (url.startsWith('//') || url.startsWith('\\') || url.startsWith('/\\')) {
    return { ok: false, reason: 'protocol-relative URLs are not allowed' };
  }
  if (ENCODED_SCHEME.test(url)) {
    return { ok: false, reason: 'HTML entities in URLs are not allowed' };
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ok: true, url }; // relative: path, ?query or #fragment
  if (scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && options.mailto)) {
    // A kept absolute URL must be one the browser can follow: a host with a forbidden
    // code point ("http://a<b") would be an href that resolves to nothing.
    if (scheme !== 'mailto' && (!/^https?:\/\/[^/?#\\]/i.test(url) || resolveUrl(url, url) === undefined)) {
      return { ok: false, reason: `malformed ${scheme}: URL` };
    }
    return { ok: true, url };
  }
  const shown = /^[a-z][a-z0-9+.-]*$/.test(scheme) ? `${scheme}:` : 'this scheme';
  return { ok: false, reason: `${shown} URLs are not allowed` };
}

/** `url` resolved against `base`, or undefined when either cannot be parsed. */
export function resolveUrl(url: string, base: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** True when `url` (already checked) points at another origin than `base`, or either is unparsable. */
export function isCrossOrigin(url: string, base: string): boolean {
  const origin = resolveUrl(base, base)?.origin;
  return origin === undefined || resolveUrl(url, base)?.origin !== origin;
}

const OWN_FILE_PREFIX = 'data:text/calendar;charset=utf-8,';

/**
 * The one exception to the allow-list: a data: URL for a file reelkit builds itself
 * from already-checked data (the .ics event of <release-countdown>). Page data never
 * becomes one; `isOwnFileUrl` lets tests tell the two apart.
 */
export function ownFileUrl(text: string): string {
  return OWN_FILE_PREFIX + encodeURIComponent(wellFormed(text));
}

export const isOwnFileUrl = (url: string): boolean => url.startsWith(OWN_FILE_PREFIX);
