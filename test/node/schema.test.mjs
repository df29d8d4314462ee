// dist/reelkit.schema.json validates the demo's and the tests' article data, and
// rejects what reelkit itself would refuse. Runs in Node (Ajv is CommonJS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('dist/reelkit.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function demoArticle() {
  const html = readFileSync('demo/index.html', 'utf8');
  const match = /<film-data[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(match, 'demo/index.html has a <film-data> with a child JSON script');
  return JSON.parse(match[1]);
}

test('the demo page article data is valid', () => {
  const ok = validate(demoArticle());
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

test('the test fixture article is valid', async () => {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: ['test/fixtures/atomic-blonde.ts'],
    bundle: true,
    write: false,
    format: 'esm',
  });
  const mod = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
  const ok = validate(mod.article);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

const bad = [
  ['film without a name', { film: { year: 2017 } }],
  ['javascript: poster', { film: { name: 'x', image: 'javascript:alert(1)' } }],
  ['protocol-relative link', { related: [{ headline: 'x', url: '//evil.example/' }] }],
  ['date that is not ISO', { releases: [{ date: 'November 14, 2017' }] }],
  ['unknown video provider', { video: { provider: 'dailymotion', id: 'x' } }],
  ['offer without a provider', { offers: [{ url: '/watch' }] }],
  ['offer with a javascript: link', { offers: [{ provider: 'P', url: 'javascript:alert(1)' }] }],
  ['offer with a negative price', { offers: [{ provider: 'P', url: '/x', price: -1, currency: 'USD' }] }],
  ['offer with an unknown type', { film: { name: 'x', offers: [{ provider: 'P', url: '/x', type: 'lease' }] } }],
];
for (const [name, data] of bad) {
  test(`rejects ${name}`, () => assert.equal(validate(data), false));
}

const good = [
  ['a year-only release date', { releases: [{ date: '2026' }] }],
  ['a year-month release date', { film: { name: 'Shrek 5', datePublished: '2026-12' } }],
  [
    'a player page of another host',
    { video: { provider: 'page', url: 'https://players.brightcove.net/1/default_default/index.html?videoId=2' } },
  ],
  [
    'offers on the article and the film',
    {
      offers: [
        {
          provider: { name: 'Rent Example', logo: '/img/r.svg' },
          url: '/r',
          type: 'rental',
          price: '3.99',
          currency: 'usd',
          region: 'US, GB',
        },
      ],
      film: {
        name: 'x',
        offers: [{ provider: 'P', url: '/p', quality: '4K', region: ['US'], availabilityStarts: '2017-11-14' }],
      },
    },
  ],
];
for (const [name, data] of good) {
  test(`accepts ${name}`, () => assert.ok(validate(data), JSON.stringify(validate.errors)));
}
