// The input types (what a page may pass as an element's `data`), generated from the JSON
// Schema src/data/reelkit.schema.json with json-schema-to-typescript, into
// src/data/input.generated.ts (committed; re-run after changing the schema):
//   node scripts/input-types.mjs          rewrite src/data/input.generated.ts
//   node scripts/input-types.mjs --check  exit 1 when the file is not what the schema gives
// test/node/input-types.test.mjs runs the check, so the schema and the types never disagree.
//
// Why from the schema and not from the model (src/data/model.ts): the model is what an
// element renders, already checked (`image` an object, `director` a list, dates parsed);
// the input is what the schema describes and validates (`image` a URL or an object, one
// person or a list, ISO date text), and test/node/schema.test.mjs keeps that schema true
// to what reelkit accepts. A DeepPartial of the model would both refuse valid input
// ("PT1H55M", a poster URL) and be a second, hand-kept description of it.
//
// What this script changes in the schema before compiling it (a copy; the published
// schema is untouched):
//   - every definition is titled `<Name>Input` (`FilmInput`, `ReleaseInput`…) and the root
//     `ArticleInput`, so the names say what they are and none shadows a global (`Date`);
//   - an inline object repeated under one key becomes one type (`AggregateRatingInput`);
//   - lists are `readonly T[]` (see readonlyArrays below);
//   - an `anyOf` whose branches only list required keys ("a video needs an id or a url")
//     is dropped: TypeScript has no readable form for it (the compiler makes an index
//     signature of it, which accepts anything); the description still says it, and at
//     run time a record that breaks it is reported, as before.
// Objects get no index signature (additionalProperties: false for the compiler only), so
// a misspelt key in an object literal is a type error; reelkit itself ignores unknown keys.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const SCHEMA = 'src/data/reelkit.schema.json';
const OUT = 'src/data/input.generated.ts';

const pascal = (name) => name[0].toUpperCase() + name.slice(1);
const requiredOnly = (branch) => Object.keys(branch).every((k) => k === 'required');

/**
 * Lists as `readonly T[]`, so data a page wrote `as const` is accepted (reelkit never
 * changes its input). The compiler has no option for it: each array gets a `tsType`; an
 * array of inline objects first gets its item type as a definition of its own.
 */
function readonlyArrays(node, key, defs) {
  if (!node || typeof node !== 'object') return;
  for (const [k, child] of Object.entries(node.properties ?? {})) readonlyArrays(child, k, defs);
  for (const branch of node.anyOf ?? []) readonlyArrays(branch, key, defs);
  if (node.type !== 'array' || !node.items) return;
  const items = node.items;
  const ref = /^#\/\$defs\/(\w+)$/.exec(items.$ref ?? '')?.[1];
  if (ref) node.tsType = `readonly ${pascal(ref)}Input[]`;
  else if (['string', 'number', 'integer', 'boolean'].includes(items.type))
    node.tsType = `readonly ${items.type === 'integer' ? 'number' : items.type}[]`;
  else {
    const name = `${key}Item`;
    defs[name] = items;
    node.items = { $ref: `#/$defs/${name}` };
    node.tsType = `readonly ${pascal(name)}Input[]`;
  }
}

/**
 * An inline object written the same under the same key in several places (a film's and a
 * review's `aggregateRating`) becomes one definition, so it is one named type.
 */
function shareRepeated(defs) {
  const seen = new Map(); // key + JSON -> the property objects
  const walk = (node) => {
    for (const [key, child] of Object.entries(node?.properties ?? {})) {
      if (child.type === 'object' && child.properties) {
        const id = `${key} ${JSON.stringify(child)}`;
        seen.set(id, [...(seen.get(id) ?? []), [node.properties, key]]);
      }
      walk(child);
    }
    for (const branch of node?.anyOf ?? []) walk(branch);
  };
  Object.values(defs).forEach(walk);
  for (const [id, places] of seen) {
    if (places.length < 2) continue;
    const key = id.slice(0, id.indexOf(' '));
    if (defs[key]) throw new Error(`input-types: a definition named ${key} already exists`);
    defs[key] = places[0][0][key];
    for (const [properties] of places) properties[key] = { $ref: `#/$defs/${key}` };
  }
}

/** The schema as the compiler should see it (see the list above). */
function prepared(schema) {
  const copy = JSON.parse(JSON.stringify(schema));
  copy.title = 'ArticleInput';
  shareRepeated(copy.$defs);
  readonlyArrays(copy, '', copy.$defs);
  for (const def of Object.values({ ...copy.$defs })) readonlyArrays(def, '', copy.$defs);
  for (const [name, def] of Object.entries(copy.$defs)) {
    def.title = `${pascal(name)}Input`;
    if (def.anyOf?.every(requiredOnly)) delete def.anyOf;
  }
  return copy;
}

/** The file's text: the compiler's output, formatted as the repo formats TypeScript. */
export async function inputTypes() {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  const body = await compile(prepared(schema), 'ArticleInput', {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    format: false,
  });
  const header = [
    `// Generated from ${SCHEMA} by scripts/input-types.mjs. Do not edit:`,
    '// change the schema and run `node scripts/input-types.mjs`.',
    '',
  ].join('\n');
  // The compiler's "This interface was referenced by …" notes say nothing a reader needs.
  const text = (header + body)
    .replace(/(\n \* ?)?\n \* This interface was referenced by [^\n]*\n \* via [^\n]*/g, '')
    .replace(/\/\*\*\n \*\/\n/g, '');
  const config = await prettier.resolveConfig(OUT);
  return prettier.format(text, { ...config, filepath: OUT });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await inputTypes();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(`${OUT} is not what ${SCHEMA} gives: run node scripts/input-types.mjs`);
      process.exit(1);
    }
    console.log(`${OUT} matches ${SCHEMA}`);
  } else {
    writeFileSync(OUT, text);
    console.log(`input types: ${OUT}`);
  }
}
