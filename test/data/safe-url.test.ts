import { expect } from '@open-wc/testing';
import { checkUrl, wellFormed, wellFormedByRegex } from '../../src/data/safe-url.js';

describe('checkUrl (the one URL allow-list)', () => {
  const allowed = [
    'https://example.com/a?b=c#d',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/',
    '/news/atomic-blonde',
    'img/poster.jpg',
    '?page=2',
    '#cast',
    'https://example.com/a:b',
  ];
  for (const url of allowed) {
    it(`allows ${url}`, () => expect(checkUrl(url)).to.deep.equal({ ok: true, url }));
  }

  const refused: [string, string][] = [
    ['javascript:alert(1)', 'javascript: URLs are not allowed'],
    // Found by the fuzz test in Firefox: a Unicode space the old pattern did not name.
    ['http://\u00a0javascript', 'URLs with spaces or control characters are not allowed'],
    ['http://\u3000evil.example', 'URLs with spaces or control characters are not allowed'],
    ['https://\ufeffexample.com', 'URLs with spaces or control characters are not allowed'],
    ['http://a<b/', 'malformed http: URL'],
    ['https://exa^mple.com/', 'malformed https: URL'],
    ['JaVaScRiPt:alert(1)', 'javascript: URLs are not allowed'],
    ['  javascript:alert(1)', 'javascript: URLs are not allowed'],
    ['java\tscript:alert(1)', 'URLs with spaces or control characters are not allowed'],
    ['java\u0000script:alert(1)', 'URLs with spaces or control characters are not allowed'],
    ['&#106;avascript:alert(1)', 'HTML entities in URLs are not allowed'],
    ['vbscript:msgbox(1)', 'vbscript: URLs are not allowed'],
    ['data:text/html,<script>alert(1)</script>', 'data: URLs are not allowed'],
    ['blob:https://evil.example/1234', 'blob: URLs are not allowed'],
    ['//evil.example/x', 'protocol-relative URLs are not allowed'],
    ['\\\\evil.example/x', 'protocol-relative URLs are not allowed'],
    ['mailto:a@b.c', 'mailto: URLs are not allowed'],
    ['https:evil', 'malformed https: URL'],
    [`https://example.com/${'a'.repeat(3000)}`, 'URLs longer than 2048 characters are not allowed'],
    ['', 'empty URL'],
  ];
  for (const [url, reason] of refused) {
    it(`refuses ${JSON.stringify(url.slice(0, 40))} -> ${reason}`, () =>
      expect(checkUrl(url)).to.deep.equal({ ok: false, reason }));
  }

  it('allows mailto: only when asked', () =>
    expect(checkUrl('mailto:desk@example.com', { mailto: true })).to.deep.equal({
      ok: true,
      url: 'mailto:desk@example.com',
    }));
});

describe('wellFormed (lone surrogates become U+FFFD)', () => {
  const rows: [string, string][] = [
    ['plain', 'plain'],
    ['pair \uD83C\uDFAC kept', 'pair \uD83C\uDFAC kept'],
    ['lone high \uD83C end', 'lone high \uFFFD end'],
    ['lone low \uDFAC end', 'lone low \uFFFD end'],
    ['\uDFAC\uD83C reversed', '\uFFFD\uFFFD reversed'],
    ['\uD83C', '\uFFFD'],
  ];
  for (const [input, expected] of rows) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}, native and regex alike`, () => {
      expect(wellFormed(input)).to.equal(expected);
      expect(wellFormedByRegex(input)).to.equal(expected);
    });
  }
});
