// Two outputs from one source tree:
//  - dist/reelkit.js: the one-file drop-in. Lit and @lit/context are inlined and the
//    whole thing is minified, so a publisher needs exactly one <script type="module">.
//  - dist/elements.js: the element classes without registration for bundler users.
//    Lit stays a bare import there so an app's bundler can dedupe it with its own.
import { readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

// dist/reelkit.css = the base file + every element's `<tag>.fallback.css` (its
// :not(:defined) rules), so each element owns its own pre-upgrade box. Those rules style
// the light-DOM fallback a CMS writes; a server-rendered host (data-ssr, set by the
// server render) already has its real shadow content and box, so they skip it.
const fallbackCss = () =>
  [
    readFileSync('src/styles/reelkit.css', 'utf8'),
    ...readdirSync('src/components')
      .sort()
      .map((tag) => `src/components/${tag}/${tag}.fallback.css`)
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8')),
  ]
    .join('\n')
    .replaceAll(':not(:defined)', ':not(:defined):not([data-ssr])');
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { packCodes, packModule } from './scripts/locale-packs.mjs';
import { tidyTemplatesPlugin } from './scripts/tidy-templates.mjs';

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
// differs from `a:hover`). About 0.4 KB brotli; the CSS rules are unchanged.
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
              .replace(/ ?([{};,>]) ?/g, '$1')
              // A space after ':' only ever follows a property name (a selector's
              // pseudo-class has none), so it can go; one before ':' cannot.
              .replace(/: /g, ':'),
      );
      return `css\`${tidy.join('').trim()}\``;
    });
  },
});

const esbuildOptions = (minify) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify, legalComments: 'none' });

// esbuild compiles; terser minifies the one-file bundle (3 passes: about 2% smaller
// brotli than esbuild's minifier on this code, and every byte is the publisher's).
// `oneFile`: the single-file bundles (reelkit.js, reelkit-hydrate.js) also shorten Lit's
// internal `_$…` property names. Lit keeps them stable only so that its separately
// loaded modules agree; inside one file every user is renamed alike (about 65 B brotli).
// Never for the autoload chunks: each is minified alone, so their names would differ.
const minify = (oneFile = false) =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, pure_getters: true },
    mangle: oneFile ? { properties: { regex: /^_\$/ } } : true,
    format: { comments: false },
  });

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/reelkit.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), tidyTemplatesPlugin(), collapseCss(), esbuildOptions(false), minify(true), copyAssets()],
  },
  {
    // The same drop-in with Lit's hydration support first: for server-rendered pages.
    input: 'src/hydrate.ts',
    output: { file: 'dist/reelkit-hydrate.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), tidyTemplatesPlugin(), collapseCss(), esbuildOptions(false), minify(true)],
  },
  {
    // reelkit/ssr for Node: Lit and its server renderer stay bare imports, so Node
    // resolves them with its own ("node") export conditions, where isServer is true.
    input: 'src/ssr/index.ts',
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, 'jsdom', 'jsonc-parser'],
    output: { file: 'dist/ssr.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), tidyTemplatesPlugin(), esbuildOptions(false)],
  },
  {
    // The `reelkit` command (render, validate): Node only, like reelkit/ssr.
    input: 'src/bin.ts',
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, 'jsdom', 'jsonc-parser', /^node:/],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: [nodeResolve(), tidyTemplatesPlugin(), esbuildOptions(false)],
  },
  {
    input: 'src/elements.ts',
    external: [/^lit(\/|$)/, /^@lit\//],
    output: { file: 'dist/elements.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), tidyTemplatesPlugin(), esbuildOptions(false)],
  },
  ...autoload(),
];

// dist/autoload.js + dist/chunks/: the autoloader and one ES module per element, all
// driven by src/autoload-elements.json (tag -> "module#ExportedClass"; one line per
// element). Two builds, so the autoloader shares no chunk with the elements (its first
// request is its only one):
//  - dist/chunks/<tag>.js exports the class as `default`; rollup puts what the elements
//    share into chunks/core-<hash>.js (Lit, the base class, the data pipeline);
//  - dist/autoload.js holds only the tag names (not the paths) and defineAll().
// The language packs stay in dist/locales/: the loader's './locales/' becomes '../locales/'
// in the chunks, which live one folder down.
export function autoload() {
  const table = JSON.parse(readFileSync('src/autoload-elements.json', 'utf8'));
  const PREFIX = '\0reelkit-chunk:';
  // <film-data>'s chunk: its entry and @lit/context's provider side (ContextProvider,
  // @provide, the value notifier, ContextRoot), which no widget uses.
  const PROVIDER = 'film-data';
  const CONTEXT_PROVIDER =
    /[\\/]@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|decorators[\\/]provide|value-notifier|context-root)\.js$/;
  const chunkEntries = {
    name: 'reelkit-chunk-entries',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [file, name] = table[id.slice(PREFIX.length)].split('#');
      return `export { ${name} as default } from ${JSON.stringify(resolve(file))};`;
    },
    // Hashed names change with the code: clear out the last build's chunks (on write only,
    // not when scripts/size.mjs generates the same graph in memory).
    generateBundle(_, __, isWrite) {
      if (isWrite) rmSync('dist/chunks', { recursive: true, force: true });
    },
    transform(code, id) {
      if (!id.endsWith('/src/i18n/load.ts')) return null;
      const moved = code.replace("new URL('./locales/' +", "new URL('../locales/' +");
      if (moved === code) this.error('src/i18n/load.ts: the pack URL changed; update the autoload build');
      return moved;
    },
  };
  const tagsOnly = {
    name: 'reelkit-autoload-tags',
    transform(code, id) {
      if (!id.endsWith('/src/autoload-elements.json')) return null;
      return `export default ${JSON.stringify(Object.fromEntries(Object.keys(JSON.parse(code)).map((t) => [t, 0])))};`;
    },
  };
  // The elements (entries) whose import graphs reach a module.
  const reach = new Map();
  const usedBy = (id, info) => {
    if (!reach.has(id)) {
      reach.set(id, new Set()); // cycles: a module being visited adds nothing
      const { isEntry, importers, dynamicImporters } = info(id);
      const found = isEntry ? [id] : [...importers, ...dynamicImporters].flatMap((i) => [...usedBy(i, info)]);
      reach.set(id, new Set(found));
    }
    return reach.get(id);
  };
  return [
    {
      input: Object.fromEntries(Object.keys(table).map((tag) => [tag, PREFIX + tag])),
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: 'chunks/[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: true,
        // ONE shared chunk: rollup alone makes one per set of elements sharing a module
        // (tokens, time, ...), and every extra file costs a request and compresses worse.
        // The provider side of @lit/context goes with <film-data>, its only user: the
        // package's index re-exports both sides, so by the import graph every element
        // reaches it (0.5 KB brotli off every page without <film-data>).
        manualChunks: (id, { getModuleInfo }) =>
          id === PREFIX + PROVIDER || CONTEXT_PROVIDER.test(id)
            ? PROVIDER
            : usedBy(id, getModuleInfo).size > 1
              ? 'core'
              : undefined,
      },
      plugins: [chunkEntries, nodeResolve(), tidyTemplatesPlugin(), collapseCss(), esbuildOptions(false), minify()],
    },
    {
      input: 'src/autoload.ts',
      output: { file: 'dist/autoload.js', format: 'es', sourcemap: true },
      plugins: [tagsOnly, nodeResolve(), tidyTemplatesPlugin(), esbuildOptions(false), minify()],
    },
  ];
}

/** autoload() built in memory, not written: { chunks, loader } (scripts/size.mjs and its test). */
export async function generateAutoload() {
  const generate = async (config) => {
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const { output } = await bundle.generate(config.output);
    await bundle.close();
    return output.filter((o) => o.type === 'chunk');
  };
  const [chunksConfig, loaderConfig] = autoload();
  const [loader] = await generate(loaderConfig);
  return { chunks: await generate(chunksConfig), loader };
}
