// reelkit/react: React 18 (and 19) components made with @lit/react's createComponent,
// generated from custom-elements.json (run by `npm run build`, after framework-types):
//   dist/react.js          browser and bundlers: the classes from ./reelkit.js, which
//                          registers every element;
//   dist/react.node.js     Node (server rendering): the same components over ./elements.js,
//                          which registers nothing (there is no customElements there);
//   dist/types/react.d.ts  one component type per element; events as onFilmCardTrailer…
//                          typed with their CustomEvent detail.
// Every element of the manifest that src/elements.ts exports gets a component named like
// its class; an element missing from that entry fails the build with one line.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const exported = new Set(manifest.modules.find((m) => m.path === 'src/elements.ts')?.exports?.map((e) => e.name) ?? []);
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.name.localeCompare(b.name));
for (const { name, tagName } of elements) {
  if (!exported.has(name)) throw new Error(`react-wrappers: <${tagName}> (${name}) is not exported by src/elements.ts`);
}

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const eventsOf = (d) => (d.events ?? []).filter((e) => e.name).map((e) => ({ prop: `on${pascal(e.name)}`, ...e }));
const detailTypes = [
  ...new Set(
    elements.flatMap(eventsOf).flatMap((e) => /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.slice(1) ?? []),
  ),
].sort();

const header = '// Generated from custom-elements.json by scripts/react-wrappers.mjs. Do not edit.\n';
const js = (from) =>
  header +
  `import React from 'react';\nimport { createComponent } from '@lit/react';\n` +
  `import { ${elements.map((d) => `${d.name} as ${d.name}Element`).join(', ')} } from '${from}';\n\n` +
  elements
    .map((d) => {
      const events = eventsOf(d)
        .map((e) => `${e.prop}: '${e.name}'`)
        .join(', ');
      return (
        `/** <${d.tagName}>${d.summary ? `: ${d.summary}` : ''} */\n` +
        `export const ${d.name} = createComponent({ react: React, tagName: '${d.tagName}', elementClass: ${d.name}Element, ` +
        `events: {${events ? ` ${events} ` : ''}}, displayName: '${d.name}' });\n`
      );
    })
    .join('\n');

const dts =
  header +
  `import type { EventName, ReactWebComponent } from '@lit/react';\n` +
  `import type { ${[...elements.map((d) => `${d.name} as ${d.name}Element`), ...detailTypes].join(', ')} } from './index.js';\n\n` +
  elements
    .map((d) => {
      const events = eventsOf(d)
        .map(
          (e) =>
            `  /** ${e.name}${e.description ? `: ${e.description.replace(/\*\//g, '* /')}` : ''} */\n  ${e.prop}: EventName<${e.type?.text ?? 'Event'}>;\n`,
        )
        .join('');
      return (
        `/** <${d.tagName}>${d.summary ? `: ${d.summary}` : ''} */\n` +
        `export declare const ${d.name}: ReactWebComponent<${d.name}Element, {\n${events}}>;\n`
      );
    })
    .join('\n');

writeFileSync('dist/react.js', js('./reelkit.js'));
writeFileSync('dist/react.node.js', js('./elements.js'));
writeFileSync('dist/types/react.d.ts', dts);
console.log(`reelkit/react: ${elements.length} components (${elements.map((d) => d.name).join(', ')})`);
