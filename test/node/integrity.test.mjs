// dist/size.json's integrity is the Subresource Integrity hash of the dist/reelkit.js
// next to it (the README's CDN snippet copies it). Needs dist/reelkit.js (npm test
// builds it first); the size script is run here so a clean clone writes size.json too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

execFileSync(process.execPath, ['scripts/size.mjs'], { stdio: 'ignore' });
const size = JSON.parse(readFileSync('dist/size.json', 'utf8'));

test('size.json records the sha384 integrity of dist/reelkit.js', () => {
  const bytes = readFileSync('dist/reelkit.js');
  const expected = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  assert.equal(size.file, 'dist/reelkit.js');
  assert.match(size.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.equal(size.integrity, expected);
});

test('the CDN fields point at the file the integrity is for', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.unpkg, './dist/reelkit.js');
  assert.equal(pkg.jsdelivr, './dist/reelkit.js');
});
