// The `reelkit` command (dist/cli.js; npm test builds it first), run as a user runs it.
// Golden outputs are rendered as of a fixed moment in a named time zone; after a
// deliberate change, regenerate them with UPDATE_GOLDEN=1 node --test test/node/cli.test.mjs
// and review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const FIXTURES = 'test/fixtures/ssr';
const NOW = '2026-11-20T09:41:27Z';

function reelkit(args, input) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London', LANG: 'en_US.UTF-8' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Element styles are shown by their hash: a style change still shows, a golden file stays readable. */
const hashStyles = (html) =>
  html.replace(
    /<style>([^<]*)<\/style>/g,
    (_, css) => `<style>/* sha1 ${createHash('sha1').update(css).digest('hex').slice(0, 12)} */</style>`,
  );

function golden(name, output) {
  const actual = hashStyles(output);
  const file = `${FIXTURES}/${name}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `${file} differs (UPDATE_GOLDEN=1 to accept a deliberate change)`);
}

test('render: the reference article JSON becomes one <film-data> with every element it has data for', () => {
  const { code, out, err } = reelkit(['render', 'test/fixtures/article.json', '--now', NOW]);
  assert.equal(err, '');
  assert.equal(code, 0);
  golden('article.golden.html', out);
  assert.deepEqual(
    [...out.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)].map((m) => m[1]),
    ['film-data', 'film-card', 'pull-quote'],
  );
});

test('render --element --lang: only that element, in that language', () => {
  const { code, out } = reelkit(['render', 'test/fixtures/article.json', '--element', 'film-card', '--lang', 'de']);
  assert.equal(code, 0);
  assert.deepEqual(
    [...out.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)].map((m) => m[1]),
    ['film-data', 'film-card'],
  );
  assert.match(out, /<dt><!--lit-part-->Regie<!--\/lit-part--><\/dt>/);
});

test('render: a page comes back byte for byte, with each element’s shadow root inserted after its start tag', () => {
  const page = readFileSync(`${FIXTURES}/page.html`, 'utf8');
  const { code, out, err } = reelkit(['render', `${FIXTURES}/page.html`, '--now', NOW]);
  assert.equal(code, 0);
  // The page's own problem (a javascript: link in <related-links>' fallback) is said on stderr, as the browser would.
  assert.equal(err, `${FIXTURES}/page.html:34:5 <related-links> items[1].url: javascript: URLs are not allowed\n`);
  golden('page.golden.html', out);
  const withoutShadow = out
    .replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>(?=<\/?[a-z]|\s)/g, '')
    .replaceAll(' data-ssr', '')
    .replace(' dir="rtl"', '');
  assert.equal(withoutShadow, page);
  assert.equal(out.match(/shadowrootmode="open"/g).length, 6);
  // The Arabic section's card says right to left on its host, and reads its words from the pack.
  assert.match(out, /<film-card data='\{"name":"Atomic Blonde","year":2017\}' data-ssr dir="rtl">/);
});

test('render -: reads standard input (JSON when it starts with { or [, else HTML)', () => {
  const json = reelkit(['render', '-', '--element', 'pull-quote'], '{"quote": {"text": "The long take."}}');
  assert.equal(json.code, 0);
  assert.match(json.out, /<p><!--lit-part-->The long take.<!--\/lit-part--><\/p>/);
  const html = reelkit(['render', '-'], '<p>Intro</p><pull-quote data=\'{"text":"The long take."}\'></pull-quote>');
  assert.equal(html.code, 0);
  assert.ok(
    html.out.startsWith(
      '<p>Intro</p><pull-quote data=\'{"text":"The long take."}\' data-ssr><template shadowroot="open"',
    ),
  );
});

test('validate: a clean file says nothing and exits 0', () => {
  const { code, out, err } = reelkit(['validate', 'test/fixtures/article.json']);
  assert.deepEqual({ code, out, err }, { code: 0, out: '', err: '' });
});

test('validate: wrong types and unsafe URLs, one line each at the value, exit 1', () => {
  const { code, out } = reelkit(['validate', `${FIXTURES}/bad.json`]);
  assert.equal(code, 1);
  assert.equal(
    out,
    [
      `${FIXTURES}/bad.json:4:13 <film-data> film.year: expected a number, got a string`,
      `${FIXTURES}/bad.json:5:23 <film-data> film.image.url: javascript: URLs are not allowed`,
      '',
    ].join('\n'),
  );
});

test('validate: malformed JSON with its line and column', () => {
  const { code, out } = reelkit(['validate', `${FIXTURES}/malformed.json`]);
  assert.equal(code, 1);
  assert.equal(out, `${FIXTURES}/malformed.json:5:3 <film-data> data: malformed JSON at line 5 column 3\n`);
});

test('validate: a page’s child script and data attribute, located in the page; --json for pipelines', () => {
  const text = reelkit(['validate', `${FIXTURES}/bad.html`]);
  assert.equal(text.code, 1);
  assert.equal(
    text.out,
    [
      `${FIXTURES}/bad.html:6:45 <film-card> image.url: javascript: URLs are not allowed`,
      `${FIXTURES}/bad.html:9:17 <pull-quote> data attribute: malformed JSON: Unexpected end of JSON input`,
      '',
    ].join('\n'),
  );
  const json = reelkit(['validate', '--json', '-'], readFileSync(`${FIXTURES}/bad.html`, 'utf8'));
  assert.equal(json.code, 1);
  assert.deepEqual(JSON.parse(json.out), [
    {
      file: '<stdin>',
      element: 'film-card',
      path: 'image.url',
      reason: 'javascript: URLs are not allowed',
      error: false,
      line: 6,
      column: 45,
    },
    {
      file: '<stdin>',
      element: 'pull-quote',
      path: 'data attribute',
      reason: 'malformed JSON: Unexpected end of JSON input',
      error: true,
      line: 9,
      column: 17,
    },
  ]);
});

test('usage errors exit 2 with one line saying why, then the usage', () => {
  for (const [args, why] of [
    [[], 'no command'],
    [['serve', 'x.json'], 'unknown command "serve"'],
    [['render'], 'no file (use - for standard input)'],
    [['render', 'a.json', 'b.json'], 'one file at a time (got "a.json" and "b.json")'],
    [
      ['render', 'x.json', '--element', 'marquee-text'],
      'unknown element marquee-text; known: film-card, release-countdown, video-embed, pull-quote, related-links, where-to-watch, review-score',
    ],
    [['render', 'x.json', '--now', 'someday'], '--now "someday" is not a date'],
    [['validate', 'missing.json'], 'cannot read missing.json: ENOENT'],
    [['validate', 'x.json', '--strict'], 'unknown option --strict'],
  ]) {
    const { code, out, err } = reelkit(args);
    assert.equal(code, 2, args.join(' '));
    assert.equal(out, '');
    assert.equal(err.split('\n')[0], `reelkit: ${why}`);
    assert.match(err, /Usage:\n {2}reelkit render/);
  }
});
