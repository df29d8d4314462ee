// The autoload build (rollup.config.mjs's autoload()) as scripts/size.mjs sizes it: built
// in memory, it must equal the files in dist/ (npm test builds them first), so the budget
// check measures what a page fetches. And src/autoload-elements.json is the one table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { generateAutoload } from '../../rollup.config.mjs';

const table = JSON.parse(readFileSync('src/autoload-elements.json', 'utf8'));
const { chunks, loader } = await generateAutoload();

test('the chunk graph built in memory is byte for byte dist/chunks/ and dist/autoload.js', () => {
  const onDisk = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  assert.deepEqual(chunks.map((c) => c.fileName.slice('chunks/'.length)).sort(), onDisk.sort());
  for (const c of chunks) assert.equal(c.code, readFileSync(`dist/${c.fileName}`, 'utf8'), c.fileName);
  assert.equal(loader.code, readFileSync('dist/autoload.js', 'utf8'));
});

test('one chunk per tag of the table, each importing only the one core chunk', () => {
  const entries = chunks.filter((c) => c.isEntry);
  assert.deepEqual(
    entries.map((c) => c.fileName).sort(),
    Object.keys(table)
      .map((t) => `chunks/${t}.js`)
      .sort(),
  );
  const shared = chunks.filter((c) => !c.isEntry).map((c) => c.fileName);
  assert.equal(shared.length, 1);
  assert.match(shared[0], /^chunks\/core-[\w-]+\.js$/);
  for (const c of entries) {
    assert.deepEqual(c.imports, shared, c.fileName);
    assert.deepEqual(c.exports, ['default'], c.fileName);
  }
});

test('autoload.js knows every tag of the table, imports nothing statically and carries no module path', () => {
  for (const tag of Object.keys(table)) assert.ok(loader.code.includes(`"${tag}"`), tag);
  assert.deepEqual(loader.imports, []);
  assert.ok(!loader.code.includes('src/'), 'a module path was bundled');
});

test('the chunks load language packs from dist/locales/ (one folder up), not dist/chunks/locales/', () => {
  const core = chunks.find((c) => !c.isEntry).code;
  assert.ok(core.includes('"../locales/"'), 'the pack URL was not rewritten');
  assert.ok(!core.includes('"./locales/"'));
});
