// Writes demo/ssr.html: the demo article server-rendered by reelkit/ssr (renderPage, what
// `reelkit render demo/index.html` prints), loading dist/reelkit-hydrate.js instead of
// dist/reelkit.js. `npm start` serves it at /demo/ssr.html. Generated, not committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderPage } from '../dist/ssr.js';

const page = readFileSync('demo/index.html', 'utf8');
const { html, problems } = renderPage(page);
for (const p of problems) console.warn(`demo/index.html:${p.line}:${p.column} <${p.element}> ${p.path}: ${p.reason}`);
const bundle = '<script type="module" src="/dist/reelkit.js"></script>';
if (!html.includes(bundle)) throw new Error(`demo/index.html no longer loads ${bundle}`);
writeFileSync(
  'demo/ssr.html',
  html
    .replace(bundle, '<script type="module" src="/dist/reelkit-hydrate.js"></script>')
    .replace('<title>', '<title>(server-rendered) '),
);
console.log('demo/ssr.html: the demo article, server-rendered (served at /demo/ssr.html by npm start)');
