// reelkit/ssr in Node (dist/ssr.js; npm test builds it first). Exact structure of what
// the server sends; that it hydrates in real browsers is test/ssr/hydration.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticle, renderElement, ELEMENTS } from '../../dist/ssr.js';

/** The server output without Lit's hydration comments and the element styles. */
const plain = (html) =>
  html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/<style>[^<]*<\/style>/g, '')
    .replace(/\s+/g, ' ');

/** Runs fn with console.warn/error recorded. */
function messages(fn) {
  const seen = [];
  const { warn, error } = console;
  console.warn = (...a) => seen.push(`warn: ${a.join(' ')}`);
  console.error = (...a) => seen.push(`error: ${a.join(' ')}`);
  try {
    return { out: fn(), seen };
  } finally {
    Object.assign(console, { warn, error });
  }
}

test('renderElement: the host, its attributes and a declarative shadow root with the rendered card', () => {
  const { out, seen } = messages(() =>
    renderElement('film-card', {
      data: { name: 'Atomic Blonde', year: 2017, director: ['David Leitch'] },
      attributes: { layout: 'horizontal', 'heading-level': 2, hidden: false },
    }),
  );
  assert.deepEqual(seen, []);
  assert.match(
    out,
    /^<film-card\s+data="\{&quot;name&quot;:&quot;Atomic Blonde&quot;,&quot;year&quot;:2017,&quot;director&quot;:\[&quot;David Leitch&quot;\]\}" heading-level="2" layout="horizontal" data-ssr><template shadowroot="open" shadowrootmode="open"><style>/,
  );
  assert.ok(out.endsWith('</template></film-card>'));
  const text = plain(out);
  assert.match(
    text,
    /<div part="title" class="title" role="heading" aria-level="2" id="title"><span dir="auto">Atomic Blonde<\/span> <span part="year" class="year">\(2017\)<\/span><\/div>/,
  );
  assert.match(text, /<dt>Directed by<\/dt> <dd>David Leitch<\/dd>/);
  assert.ok(text.includes('class="card horizontal"'));
});

test('renderElement: words in the language asked for; right-to-left languages say so on the host', () => {
  const de = plain(
    renderElement('film-card', { data: { name: 'Atomic Blonde', director: ['David Leitch'] }, lang: 'de' }),
  );
  assert.match(de, /^<film-card\s+data="[^"]*" lang="de" data-ssr>/);
  assert.match(de, /<dt>Regie<\/dt>/);
  const ar = plain(
    renderElement('film-card', { data: { name: 'Atomic Blonde', director: ['David Leitch'] }, lang: 'ar' }),
  );
  assert.match(ar, /^<film-card\s+data="[^"]*" dir="rtl" lang="ar" data-ssr>/);
  assert.match(ar, /<dt>إخراج<\/dt>/);
});

test('renderElement: hostile text stays text and unsafe URLs are dropped with the browser’s warning', () => {
  const { out, seen } = messages(() =>
    renderElement('pull-quote', {
      data: {
        text: '</script><script>__pwned(1)</script><img src=x onerror=__pwned(2)>',
        url: 'javascript:__pwned(3)',
      },
    }),
  );
  assert.deepEqual(seen, ['warn: <pull-quote> ignored url: javascript: URLs are not allowed']);
  const shadow = out.slice(out.indexOf('<template'));
  assert.ok(!/<script|<img|javascript:/i.test(shadow.replace(/data="[^"]*"/, '')), shadow);
  assert.match(
    plain(out),
    /<p>&lt;\/script&gt;&lt;script&gt;__pwned\(1\)&lt;\/script&gt;&lt;img src=x onerror=__pwned\(2\)&gt;<\/p>/,
  );
});

test('renderElement: bad input warns like the browser and the rest renders; unknown tags and attribute names are refused', () => {
  const { out, seen } = messages(() =>
    renderElement('film-card', {
      data: { name: 'Atomic Blonde', year: 'soon' },
      attributes: { 'on click': 'x' },
      lang: 'no such',
    }),
  );
  assert.deepEqual(seen, [
    'warn: <film-card> ignored attributes.on click: is not an attribute name (lowercase letters, digits and "-")',
    'warn: <film-card> ignored lang: "no such" is not a language tag',
    'warn: <film-card> ignored year: expected a number, got a string',
  ]);
  assert.match(plain(out), /<span dir="auto">Atomic Blonde<\/span>/);
  assert.throws(() => renderElement('script', {}), /unknown element <script>/);
});

test('renderArticle: one <film-data> holding the article, and every widget it has data for, in order', () => {
  const article = {
    film: { name: 'Atomic Blonde', year: 2017 },
    quote: { text: 'The long take in the stairwell.', speaker: 'David Leitch' },
    related: [{ headline: 'Deadpool 2 wraps', url: 'https://example.com/news/deadpool-2-wraps' }],
  };
  const { out, seen } = messages(() => renderArticle(article, { lang: 'sv' }));
  assert.deepEqual(seen, []);
  const tags = [...out.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)].map((m) => m[1]);
  assert.deepEqual(tags, ['film-data', 'film-card', 'pull-quote', 'related-links']);
  assert.match(out, /^<film-data\s+data="\{&quot;film&quot;/);
  assert.ok(out.endsWith('</related-links></film-data>'));
  assert.match(plain(out), /<pull-quote\s+lang="sv"/);
  assert.deepEqual(Object.keys(ELEMENTS), [
    'film-card',
    'release-countdown',
    'video-embed',
    'pull-quote',
    'related-links',
    'where-to-watch',
    'review-score',
  ]);
});

test('renderArticle: `elements` picks the widgets (and renders them even without data, as their fallback)', () => {
  const out = renderArticle({ film: { name: 'Atomic Blonde' } }, { elements: ['pull-quote', 'film-card'] });
  const tags = [...out.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)].map((m) => m[1]);
  assert.deepEqual(tags, ['film-data', 'pull-quote', 'film-card']);
  assert.match(
    plain(out),
    /<pull-quote data-ssr layout="inline"><template shadowroot="open" shadowrootmode="open"><slot><\/slot><\/template><\/pull-quote>/,
  );
});

test('any Lit server render: a <film-data> hands its article to the widgets inside it (context on the server)', async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const { out, seen } = messages(() =>
    collectResultSync(
      render(
        html`<film-data data='{"quote":{"text":"The long take.","speaker":"David Leitch"}}'
          ><pull-quote></pull-quote
        ></film-data>`,
      ),
    ),
  );
  assert.deepEqual(seen, []);
  assert.match(
    plain(out),
    /<pull-quote data-ssr layout="inline"><template shadowroot="open" shadowrootmode="open"><figure part="base" ><blockquote part="quote" ><p>The long take.<\/p><\/blockquote><figcaption part="caption"><span part="speaker">David Leitch<\/span>/,
  );
});
