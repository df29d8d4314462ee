// Framework types, generated from custom-elements.json (never hand-written), written next
// to the package's own declarations in dist/types/ (run by `npm run build`):
//   dist/types/jsx.d.ts     React 19, Preact, Solid JSX   (@wc-toolkit/jsx-types; Solid's
//                           jsx-runtime module added, see solidRuntime())
//   dist/types/vue.d.ts     Vue templates and Vue JSX     (custom-element-vuejs-integration)
//   dist/types/svelte.d.ts  Svelte templates              (custom-element-svelte-integration)
// Every tag, attribute, property and event comes from the manifest, so a new element is
// typed as soon as `npm run analyze` has seen it. Prop types are the element classes' own
// (`FilmCard["layout"]`, imported from ./index.js), so enum attributes keep their unions,
// `strings` its type and `data` the record's input type (`FilmInput`, src/data/input.ts);
// event handlers get `CustomEvent<the @fires type's detail>`.
//
// What this script changes in the manifest before the generators read it (a copy):
//   - attributes without a property (`lang`): HTML's own, already in every generator's base
//     props; left in, they come out as a prop named "undefined";
//   - an attribute whose name is also another property's name (`data` is the JSON-text
//     attribute of `dataJson`, and `data` the object property): frameworks set the property
//     when the element has one, so the property's type is the right one and the attribute
//     is dropped (kept, it gives the type two `data` keys).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

const outdir = 'dist/types';
const source = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** The manifest as the generators should see it (see the list above). */
function prepared({ detailOnly = false } = {}) {
  const manifest = JSON.parse(JSON.stringify(source));
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      const fields = new Set((decl.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name));
      decl.attributes = (decl.attributes ?? []).filter(
        (a) => a.fieldName && !(a.name !== a.fieldName && fields.has(a.name)),
      );
      // The Vue and Svelte generators wrap the event type in CustomEvent<> themselves.
      if (detailOnly) {
        for (const e of decl.events ?? []) {
          const detail = /^CustomEvent<(.+)>$/.exec(e.type?.text ?? '')?.[1];
          if (detail) e.type = { text: detail };
        }
      }
    }
  }
  return manifest;
}

/** Names of the detail types the events use (`CustomEvent<FilmCardTrailerDetail>`). */
const detailTypes = [
  ...new Set(
    source.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => d.events ?? [])
      .map((e) => /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1])
      .filter(Boolean),
  ),
].sort();

/** The Vue and Svelte generators import only the classes: add the detail types. */
function importDetails(file) {
  const path = join(outdir, file);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/import type \{([^}]*)\} from "\.\/index\.js";/, (_, names) => {
    const all = [...new Set([...names.split(',').map((n) => n.trim()), ...detailTypes])].filter(Boolean);
    return `import type { ${all.join(', ')} } from "./index.js";`;
  });
  if (fixed === text) throw new Error(`framework-types: no import line in ${path}`);
  writeFileSync(path, fixed);
}

/**
 * The Svelte generator writes for Svelte 4: `on:film-card-trailer` directives, properties
 * only as `bind:data`, and a `svelteHTML` namespace that, inside a module, augments
 * nothing. For Svelte 5 every event also gets its attribute spelling
 * (`onfilm-card-trailer={…}`), every property its plain one (`data={…}`: Svelte sets a
 * property when the element has one), and the tags are added to
 * `svelte/elements` (Svelte 5) and to the global `svelteHTML` (Svelte 4 tooling).
 */
function svelte5(file) {
  const path = join(outdir, file);
  const text = readFileSync(path, 'utf8')
    .replace(/^( *)"on:([\w-]+)"\?: (.*)$/gm, '$&\n$1"on$2"?: $3')
    .replace(/^( *)"bind:([\w-]+)"\?: (.*)$/gm, '$&\n$1"$2"?: $3');
  const tail = /declare namespace svelteHTML \{[\s\S]*\}\s*$/;
  if (!tail.test(text)) throw new Error(`framework-types: no svelteHTML block at the end of ${path}`);
  const augment = [
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements extends CustomElements {}',
    '}',
    '',
    'declare global {',
    '  namespace svelteHTML {',
    '    interface IntrinsicElements extends CustomElements {}',
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(path, text.replace(tail, augment));
}

/**
 * The JSX generator augments the module "solid-js", but Solid's JSX namespace is read from
 * "solid-js/jsx-runtime" (`jsxImportSource: "solid-js"`, the setting Solid's templates use),
 * a separate declaration that re-exports nothing from "solid-js": augmented only there, no
 * reelkit tag exists for Solid. Add the same augmentation for the runtime module.
 */
function solidRuntime(file) {
  const path = join(outdir, file);
  const text = readFileSync(path, 'utf8');
  const block = /declare module "solid-js" \{[\s\S]*?\n\}\n/.exec(text)?.[0];
  if (!block) throw new Error(`framework-types: no "solid-js" block in ${path}`);
  writeFileSync(path, text.replace(block, `${block}\n${block.replace('"solid-js"', '"solid-js/jsx-runtime"')}`));
}

mkdirSync(outdir, { recursive: true });
const common = { outdir, globalTypePath: './index.js', hideLogs: true };
generateJsxTypes(prepared(), { ...common, fileName: 'jsx.d.ts', stronglyTypedEvents: true });
solidRuntime('jsx.d.ts');
generateVuejsTypes(prepared({ detailOnly: true }), { ...common, fileName: 'vue.d.ts' });
generateSvelteTypes(prepared({ detailOnly: true }), { ...common, fileName: 'svelte.d.ts' });
importDetails('vue.d.ts');
importDetails('svelte.d.ts');
svelte5('svelte.d.ts');
const tags = source.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length;
console.log(`framework types: ${tags} elements -> ${outdir}/{jsx,vue,svelte}.d.ts`);

// `import type {} from 'reelkit/jsx'` (or a tsconfig "types" entry) is how an app loads
// these; each entry also gets an empty module so a runtime `import 'reelkit/jsx'` and
// attw's resolution of the JS side find a file.
for (const name of ['jsx', 'vue', 'svelte']) {
  writeFileSync(`dist/${name}.js`, `// Types only: see types/${name}.d.ts.\nexport {};\n`);
}
