// The npm package as a user gets it: `npm pack` the built repo, install the tarball into a
// temp project outside the repo (with React 18, react-dom, @lit/react and their types:
// nothing can leak in from this repo's node_modules), then
//   1. Node: import reelkit, reelkit/elements, reelkit/react and the type-only and locale
//      entries; server-render a reelkit/react component (test/pack/node-imports.mjs);
//   2. TypeScript: type-check test/pack/consumer.ts, consumer.tsx (React), consumer-preact.tsx
//      and consumer-solid.tsx (reelkit/jsx under `@jsxImportSource preact` / `solid-js`; both
//      installed here) with skipLibCheck off, so every published .d.ts is checked too;
//      @ts-expect-error lines prove enums and each element's `data` input type are typed;
//   3. Chromium: bundle test/pack/browser.tsx with esbuild, open it, and check the
//      elements registered and upgraded, a reelkit/react component rendered its data in
//      German and its onFilmCardTrailer handler got the event, no console errors.
// Needs `npm run build` first. Ends with "N passed, N failed".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './browsers.mjs';
import { createStaticServer, listen } from './serve.mjs';
import { ROOT, installTarball, packTarball, run } from './pack.mjs';

const DIR = mkdtempSync(join(tmpdir(), 'reelkit-pack-test-'));
let passed = 0;
let failed = 0;
async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok    ${name}`);
  } catch (e) {
    failed++;
    console.error(`FAIL  ${name}\n      ${String(e?.message ?? e).replace(/\n/g, '\n      ')}`);
  }
}

// React 18: what reelkit/react is for (React 19 apps are the examples' job). @lit/react at
// the version package.json develops with.
const litReact = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies['@lit/react'];
const dependencies = {
  react: '^18.3.1',
  'react-dom': '^18.3.1',
  '@lit/react': litReact,
  '@types/react': '^18.3.0',
  '@types/react-dom': '^18.3.0',
  // Only for their JSX types (consumer-preact.tsx, consumer-solid.tsx).
  preact: '^11.0.0',
  'solid-js': '^1.9.0',
};
cpSync(join(ROOT, 'test/pack'), DIR, { recursive: true });
writeFileSync(
  join(DIR, 'package.json'),
  JSON.stringify({ name: 'reelkit-pack-test', private: true, type: 'module', dependencies }),
);
const tgz = packTarball(DIR);
console.log(`packed ${tgz}`);
installTarball(tgz, DIR);

await step('Node imports every entry of the tarball', () => run('node', ['node-imports.mjs'], { cwd: DIR }));
await step('consumer .ts/.tsx type-check against the published types', () =>
  run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', DIR], { cwd: DIR }),
);
await step('browser page imports reelkit, reelkit/elements, reelkit/react', async () => {
  const out = join(DIR, 'www');
  await build({
    entryPoints: [join(DIR, 'browser.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    outfile: join(out, 'bundle.js'),
    absWorkingDir: DIR,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="en"><title>pack test</title><link rel="icon" href="data:,"><div id="app"></div><script type="module" src="bundle.js"></script>',
  );
  const server = createStaticServer(out);
  const port = await listen(server, 0);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'report' in window, { timeout: 30_000 });
    await page.waitForFunction(() => document.getElementById('card')?.shadowRoot?.querySelector('[part="title"]'), {
      timeout: 30_000,
    });
    await page.evaluate(() => document.getElementById('card').shadowRoot.querySelector('[part="trailer"]').click());
    const got = await page.evaluate(() => window.report());
    const want = {
      version: got.version,
      defined: true,
      elementsEntry: true,
      upgraded: true,
      title: 'Atomic Blonde (2017)',
      trailerButton: 'Trailer abspielen',
      trailerEvents: ['Atomic Blonde: making the stairwell fight'],
    };
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`page: ${JSON.stringify(got)}`);
    if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
    server.close();
  }
});

rmSync(DIR, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
