// The public API, as recorded in api-report.json: derived from custom-elements.json
// (per element: tag, public attributes, properties, methods, events with their detail,
// slots, CSS parts, CSS custom properties; private, protected and static members are not
// API) and from the JSON Schema (each definition's type, properties and required keys).
//   node scripts/api-report.mjs           compare with api-report.json; print what was
//                                         added, removed or changed; exit 1 on any difference
//   node scripts/api-report.mjs --update  rewrite api-report.json (npm run api:update)
// A deliberate change: run `npm run api:update` and commit api-report.json with a changeset.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const REPORT = 'api-report.json';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const schema = JSON.parse(readFileSync('src/data/reelkit.schema.json', 'utf8'));

/** Sorted copy (keys at every depth), so the file and its diffs are stable. */
const sorted = (v) =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted(v[k])]),
        )
      : v;
const byName = (list, value) => Object.fromEntries((list ?? []).map((x) => [x.name || '(default)', value(x)]));
const names = (list) => Object.keys(byName(list, () => 1)).sort();
const isPublic = (m) => !m.static && !m.privacy && !m.name.startsWith('#') && !m.name.startsWith('_');
const text = (t) => t?.text ?? 'unknown';

function element(d) {
  const members = (d.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  return {
    attributes: byName(d.attributes, (a) => ({ type: text(a.type), property: a.fieldName ?? null })),
    properties: byName(fields, (f) => (f.readonly ? `readonly ${text(f.type)}` : text(f.type))),
    methods: byName(
      methods,
      (m) =>
        `(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${text(p.type)}`).join(', ')}) => ${text(m.return?.type)}`,
    ),
    // The detail's shape: the event's declared type, and the `detail: {…}` its JSDoc names.
    events: byName(d.events, (e) => ({
      type: e.type ? text(e.type) : null,
      detail: /detail: (\{[^}]*\})/.exec(e.description ?? '')?.[1] ?? null,
    })),
    slots: names(d.slots),
    cssParts: names(d.cssParts),
    cssProperties: names(d.cssProperties),
  };
}

/** A short type for a schema node: "string", "array<#person>", "youtube | vimeo", "#url | object". */
function typeOf(node) {
  if (!node || typeof node !== 'object') return 'any';
  if (node.$ref) return `#${node.$ref.split('/').pop()}`;
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in node) return JSON.stringify(node.const);
  const union = node.anyOf ?? node.oneOf;
  if (union && !node.type) return union.map(typeOf).join(' | ');
  if (node.type === 'array') return `array<${typeOf(node.items)}>`;
  return [node.type ?? 'any'].flat().join(' | ');
}

function definition(node) {
  // An object may sit directly in the node or in one branch of an anyOf (url string | object).
  const objects = [node, ...(node.anyOf ?? node.oneOf ?? [])].filter((n) => n.properties);
  const properties = Object.assign(
    {},
    ...objects.map((o) =>
      byName(
        Object.entries(o.properties).map(([name, v]) => ({ name, v })),
        (p) => typeOf(p.v),
      ),
    ),
  );
  const required = [...new Set(objects.flatMap((o) => o.required ?? []))].sort();
  return { type: typeOf(node), properties, required };
}

function surface() {
  const elements = {};
  for (const mod of manifest.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) elements[d.tagName] = element(d);
  const definitions = { '(root)': definition(schema) };
  for (const [name, node] of Object.entries(schema.$defs ?? schema.definitions ?? {}))
    definitions[name] = definition(node);
  return sorted({ elements, schema: { $id: schema.$id ?? null, definitions } });
}

/** path -> JSON of each leaf; a list's items are reported one by one; empty lists and
 *  objects add nothing (their first entry shows as added). */
function flatten(value, path = [], out = {}) {
  if (Array.isArray(value)) for (const item of value) out[[...path, item].join(' › ')] = 'listed';
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, [...path, k], out);
  else out[path.join(' › ')] = JSON.stringify(value);
  return out;
}

const current = surface();
const json = `${JSON.stringify(current, null, 2)}\n`;
if (process.argv.includes('--update')) {
  writeFileSync(REPORT, json);
  console.log(
    `${REPORT} written: ${Object.keys(current.elements).length} elements, ${Object.keys(current.schema.definitions).length} schema definitions`,
  );
  process.exit(0);
}
if (!existsSync(REPORT)) {
  console.error(`${REPORT} is missing: run npm run api:update and commit it`);
  process.exit(1);
}
const before = flatten(JSON.parse(readFileSync(REPORT, 'utf8')));
const after = flatten(current);
const lines = [];
for (const k of Object.keys({ ...before, ...after }).sort()) {
  if (!(k in after)) lines.push(`- removed  ${k}: ${before[k]}`);
  else if (!(k in before)) lines.push(`+ added    ${k}: ${after[k]}`);
  else if (before[k] !== after[k]) lines.push(`~ changed  ${k}: ${before[k]} → ${after[k]}`);
}
if (lines.length) {
  console.error(`The public API differs from ${REPORT} (${lines.length} change(s)):`);
  for (const l of lines) console.error(`  ${l}`);
  console.error(
    'If this is deliberate: npm run api:update, and commit api-report.json with a changeset (npm run changeset).',
  );
  process.exit(1);
}
console.log(
  `public API unchanged: ${Object.keys(current.elements).length} elements, ${Object.keys(current.schema.definitions).length} schema definitions`,
);
