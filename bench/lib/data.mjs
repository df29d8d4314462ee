// Bench content. The film, video and quote are the test fixtures themselves
// (test/fixtures/atomic-blonde.ts, compiled on the fly with esbuild), so the bench
// renders exactly what the tests check.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const source = readFileSync(new URL('../../test/fixtures/atomic-blonde.ts', import.meta.url), 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' });
const fixture = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

export const film = fixture.atomicBlonde;
export const video = fixture.featurette;
export const quote = fixture.leitchQuote;
export const related2 = fixture.relatedStories;

const SECTIONS = ['Marvel', 'Production', 'Reviews', 'Box office', 'Streaming'];
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `n` related stories: the fixture's two, varied by index (URL, section, date days apart). */
export function relatedItems(n, now = Date.now()) {
  return Array.from({ length: n }, (_, i) => {
    const base = related2[i % related2.length];
    return {
      headline: `${base.headline} (${i + 1})`,
      url: `${base.url}-${i + 1}`,
      articleSection: SECTIONS[i % SECTIONS.length],
      datePublished: day(now - (i + 1) * 2 * 86_400_000),
    };
  });
}

/** A Blu-ray release 30 days and a bit ahead, as an exact instant (second precision). */
export function release(now = Date.now()) {
  const at = Math.floor(now / 1000) * 1000 + 30 * 86_400_000 + 4 * 3_600_000 + 5 * 60_000 + 6000;
  return { kind: 'physical', format: 'blu-ray', label: 'Blu-ray', date: new Date(at).toISOString() };
}
