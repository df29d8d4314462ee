// Runs in the temp project (scripts/test-pack.mjs), against the installed tarball: each
// entry imports in Node, exports what custom-elements.json promises, and reelkit/react
// renders on the server.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import manifest from 'reelkit/custom-elements.json' with { type: 'json' };
import pkg from 'reelkit/package.json' with { type: 'json' };

const classes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const root = await import('reelkit');
const elements = await import('reelkit/elements');
const react = await import('reelkit/react');
let checks = 0;
const check = (name, fn) => {
  fn();
  checks++;
  console.log(`  ok  node: ${name}`);
};

check('reelkit exports VERSION = package.json version', () => assert.equal(root.VERSION, pkg.version));
check(`reelkit and reelkit/elements export the ${classes.length} element classes`, () => {
  for (const { name } of classes) {
    assert.equal(typeof root[name], 'function', `reelkit.${name}`);
    assert.equal(elements[name], root[name], `reelkit/elements.${name} is the same class in Node`);
  }
});
check('reelkit/react has one component per element', () =>
  assert.deepEqual(Object.keys(react).sort(), classes.map((d) => d.name).sort()),
);
check('reelkit/react renders on the server', () =>
  assert.equal(renderToString(createElement(react.FilmCard, { id: 'card' })), '<film-card id="card"></film-card>'),
);
for (const entry of ['reelkit/jsx', 'reelkit/vue', 'reelkit/svelte', 'reelkit/locales/de']) {
  await import(entry);
  check(`${entry} imports`, () => {});
}
const ssr = await import('reelkit/ssr');
check('reelkit/ssr renders an element with declarative shadow DOM', () =>
  assert.match(
    ssr.renderElement('pull-quote', { data: { text: 'The long take.' } }),
    /^<pull-quote\s+data="[^"]*" data-ssr layout="inline"><template shadowroot="open" shadowrootmode="open">/,
  ),
);
check('the reelkit command (package bin) validates from stdin', () => {
  const bin = fileURLToPath(new URL(pkg.bin.reelkit, import.meta.resolve('reelkit/package.json')));
  const run = spawnSync(process.execPath, [bin, 'validate', '-'], {
    input: '{"film":{"name":"Atomic Blonde","year":"soon"}}',
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '<stdin>:1:40 <film-data> film.year: expected a number, got a string\n');
});
console.log(`node: ${checks} checks`);
