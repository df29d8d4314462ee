/**
 * The text of JSON-LD as publishers really print it: scripts wrapped in
 * `/* <![CDATA[ *\/ … /* ]]> *\/` or `<!-- … -->` (older WordPress themes, film-diary
 * sites), and strings carrying HTML entities ("sull&apos;oceano", big film databases).
 * Search engines read both; so do we. Used for JSON-LD only: a widget's own JSON keeps
 * its text exactly as written.
 */

const OPEN = /^\s*(?:\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[|<!--)/;
const CLOSE = /(?:\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>|-->)\s*$/;

/** Script text without the CDATA and HTML-comment wrappers around the JSON (at most two of each). */
export function stripLdWrappers(text: string): string {
  for (let i = 0; i < 2; i++) text = text.replace(OPEN, '').replace(CLOSE, '');
  return text;
}

/** The named entities film sites print in JSON-LD; any other character comes as a numeric one. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * One pass of HTML entity decoding: the named entities above and numeric ones (&#8217;). A decoded
 * "&lt;b&gt;" is the TEXT "<b>", rendered as text like any other string; a code point
 * that is not a character (a surrogate, beyond U+10FFFF, NUL) becomes U+FFFD.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, name: string) => {
    if (name[0] !== '#') return Object.hasOwn(NAMED, name) ? NAMED[name]! : m;
    const n = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
  });
}
