/**
 * Hostile URLs. Every entry of REFUSED_URLS must be refused by the allow-list (and so
 * never reach an href/src), with a console warning naming the field. HARMLESS_URLS look
 * alarming but are plain relative paths once parsed; they may be kept, and the tests
 * check that the browser resolves them to the page's own http(s) origin.
 */
const js = 'javascript:__pwned(1)';

/** javascript: spelled every way a browser still runs it. */
const javascript = [
  js,
  'JAVASCRIPT:__pwned(1)',
  'JaVaScRiPt:__pwned(1)',
  ' javascript:__pwned(1)',
  '\tjavascript:__pwned(1)',
  '\njavascript:__pwned(1)',
  '\u0000javascript:__pwned(1)',
  '\u0001javascript:__pwned(1)',
  '\u001fjavascript:__pwned(1)',
  '\u00a0javascript:__pwned(1)',
  '\u2028javascript:__pwned(1)',
  '\ufeffjavascript:__pwned(1)',
  'java\tscript:__pwned(1)',
  'java\nscript:__pwned(1)',
  'java\rscript:__pwned(1)',
  'jav\u0000ascript:__pwned(1)',
  'javascript\t:__pwned(1)',
  'javascript\u0000:__pwned(1)',
  'javascript :__pwned(1)',
  'javascript:/*--></title></style></textarea></script><svg/onload=__pwned(1)>',
  'javascript://%0a__pwned(1)',
  'javascript://https://example.com/%0a__pwned(1)',
  'javascript:void(0);__pwned(1)',
  'javascript:%5f%5fpwned(1)',
  'javascript&colon;__pwned(1)',
  '&#106;avascript:__pwned(1)',
  '&#x6A;avascript:__pwned(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058__pwned(1)',
  'jav&#x09;ascript:__pwned(1)',
  'jav&#x0A;ascript:__pwned(1)',
  'jav&#x0D;ascript:__pwned(1)',
  'java&Tab;script:__pwned(1)',
  'java&NewLine;script:__pwned(1)',
  'javascript&#58;__pwned(1)',
  'javascript&#x3a;__pwned(1)',
  '%6A%61%76%61%73%63%72%69%70%74:__pwned(1)',
  'ｊａｖａｓｃｒｉｐｔ:__pwned(1)',
  'javascript\u200b:__pwned(1)',
  '  \t\n javascript:__pwned(1)  ',
  'x javascript:__pwned(1)',
  '\u0000\u0000\u0000javascript:__pwned(1)',
];

/** Other schemes that run script, read local data or escape the page's origin. */
const otherSchemes = [
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'livescript:__pwned(1)',
  'data:text/html,<script>parent.__pwned(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>parent.__pwned(1)</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned(1)"/>',
  'data:,x',
  'data:image/png;base64,iVBORw0KGgo=',
  ' data:text/html,<script>parent.__pwned(1)</script>',
  'blob:https://evil.example/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
  'blob:null/0b1c2d3e',
  'file:///etc/passwd',
  'filesystem:https://evil.example/temporary/x',
  'about:blank',
  'chrome://settings',
  'view-source:https://evil.example/',
  'jar:https://evil.example/x.jar!/x.html',
  'ms-its:mhtml:file://C:/x.mht!https://evil.example/x',
  'intent://evil.example#Intent;scheme=http;end',
  'ftp://evil.example/x',
  'ws://evil.example/',
  'mailto:someone@example.com',
  'tel:+15555550100',
  'x-evil:payload',
];

/** Scheme-less URLs that leave the page's origin or confuse parsers. */
const relativeEscapes = [
  '//evil.example/x.js',
  '///evil.example/x.js',
  '\\\\evil.example\\x.js',
  '\\/evil.example/x.js',
  '/\\evil.example/x.js',
  ' //evil.example/x.js',
  '\t//evil.example/x.js',
  'https:evil.example',
  'http:/evil.example',
  'https:///evil.example',
  'https://',
  'http://\\evil.example',
  'https://exa mple.com/',
  'https://example.com/\u0000x',
  'https://example.com/\nx',
  'https://example.com/"><img src=x onerror=__pwned(1)>',
  'https://example.com/' + 'a'.repeat(3000),
  '/' + 'a'.repeat(5000),
  'https://example.com/?' + 'q='.repeat(10_000),
];

export const REFUSED_URLS: readonly string[] = [...javascript, ...otherSchemes, ...relativeEscapes];

/** Look hostile, parse as same-origin relative paths: allowed, and harmless. */
export const HARMLESS_URLS: readonly string[] = [
  'javascript%3A__pwned(1)',
  './javascript:__pwned(1)',
  '/javascript:__pwned(1)',
  '?javascript:__pwned(1)',
  '#javascript:__pwned(1)',
  '/%2F%2Fevil.example/x',
  '/a/../../..//evil.example',
  '%2F%2Fevil.example',
  '/<img src=x onerror=__pwned(1)>',
  '/path"onmouseover="__pwned(1)',
];

/** Well-formed URLs the allow-list keeps (controls: the tests must see them rendered). */
export const GOOD_URLS: readonly string[] = [
  'https://example.com/films/atomic-blonde',
  'http://example.com/x?y=1#z',
  '/news/deadpool-2',
  'relative/path.html',
  '?page=2',
  '#section',
];
