// Two outputs from one source tree:
//  - dist/reelkit.js: the one-file drop-in. Lit and @lit/context are inlined and the
//    whole thing is minified, so a publisher needs exactly one <script type="module">.
//  - dist/elements.js: the element classes without registration for bundler users.
//    Lit stays a bare import there so an app's bundler can dedupe it with its own.
import { readFileSync, readdirSync, existsSync } from 'node:fs';

// dist/reelkit.css = the base file + every element's `<tag>.fallback.css` (its
// :not(:defined) rules), so each element owns its own pre-upgrade box.
const fallbackCss = () =>
  [
    readFileSync('src/styles/reelkit.css', 'utf8'),
    ...readdirSync('src/components')
      .sort()
      .map((tag) => `src/components/${tag}/${tag}.fallback.css`)
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8')),
  ].join('\n');
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { packCodes, packModule } from './scripts/locale-packs.mjs';

const copyAssets = () => ({
  name: 'reelkit-assets',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'reelkit.css',
      source: fallbackCss(),
    });
    // dist/locales/<code>.js: one small file per language next to the bundle, which
    // loads it (import.meta.url) when an element needs it. See scripts/locale-packs.mjs.
    for (const code of packCodes()) {
      this.emitFile({ type: 'asset', fileName: `locales/${code}.js`, source: packModule(code) });
    }
    this.emitFile({
      type: 'asset',
      fileName: 'reelkit.schema.json',
      source: readFileSync('src/data/reelkit.schema.json', 'utf8'),
    });
  },
});

// Lit's css`` templates reach the bundle as written: indentation, newlines and comments
// included, which terser leaves alone inside template literals. Collapse them (never
// inside a ${} interpolation or a quoted string, and never around ':' where `a :hover`
// differs from `a:hover`). About 0.35 KB brotli; the CSS rules are unchanged.
const collapseCss = () => ({
  name: 'reelkit-collapse-css',
  transform(code, id) {
    if (!/\.(ts|js)$/.test(id) || !code.includes('css`')) return null;
    return code.replace(/css`([^`]*)`/g, (_, body) => {
      const parts = body.split(/(\$\{[^}]*\}|'[^'\n]*'|"[^"\n]*")/);
      const tidy = parts.map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,>]) ?/g, '$1'),
      );
      return `css\`${tidy.join('').trim()}\``;
    });
  },
});

const esbuildOptions = (minify) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify, legalComments: 'none' });

// esbuild compiles; terser minifies the one-file bundle (3 passes: about 2% smaller
// brotli than esbuild's minifier on this code, and every byte is the publisher's).
const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, pure_getters: true },
    format: { comments: false },
  });

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/reelkit.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), collapseCss(), esbuildOptions(false), minify(), copyAssets()],
  },
  {
    // The same drop-in with Lit's hydration support first: for server-rendered pages.
    input: 'src/hydrate.ts',
    output: { file: 'dist/reelkit-hydrate.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), collapseCss(), esbuildOptions(false), minify()],
  },
  {
    // reelkit/ssr for Node: Lit and its server renderer stay bare imports, so Node
    // resolves them with its own ("node") export conditions, where isServer is true.
    input: 'src/ssr/index.ts',
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, 'jsdom', 'jsonc-parser'],
    output: { file: 'dist/ssr.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), esbuildOptions(false)],
  },
  {
    // The `reelkit` command (render, validate): Node only, like reelkit/ssr.
    input: 'src/bin.ts',
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, 'jsdom', 'jsonc-parser', /^node:/],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: [nodeResolve(), esbuildOptions(false)],
  },
  {
    input: 'src/elements.ts',
    external: [/^lit(\/|$)/, /^@lit\//],
    output: { file: 'dist/elements.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), esbuildOptions(false)],
  },
];
