// src/data/input.generated.ts (the `data` input types) is what the JSON Schema gives:
// change one without the other and this fails (fix: node scripts/input-types.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inputTypes } from '../../scripts/input-types.mjs';

test('src/data/input.generated.ts matches src/data/reelkit.schema.json', async () => {
  assert.equal(readFileSync('src/data/input.generated.ts', 'utf8'), await inputTypes());
});

test('every schema definition has its input type, and lists are readonly', async () => {
  const text = await inputTypes();
  const schema = JSON.parse(readFileSync('src/data/reelkit.schema.json', 'utf8'));
  for (const name of Object.keys(schema.$defs)) {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    assert.match(text, new RegExp(`^export (type|interface) ${type}\\b`, 'm'), type);
  }
  assert.doesNotMatch(text, /[^y] \w+\[\]/, 'a list that is not readonly');
  assert.doesNotMatch(text, /\[k: string\]: unknown/, 'an index signature');
});
