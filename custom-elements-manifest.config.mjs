import { readFileSync } from 'node:fs';

// `data` is declared once, in DataElement, as `DataInput<K>` (src/data/input.ts): the
// manifest would show every element that text. Each element's own input type instead,
// quoted from the DataInputs interface: the class's `DataElement<'film'>` names the record.
const dataInputs = Object.fromEntries(
  [...readFileSync('src/data/input.ts', 'utf8').matchAll(/^ {2}(\w+):\s+([^;]+);$/gm)].map((m) => [
    m[1],
    m[2].replace(/\s+/g, ' '),
  ]),
);
const recordOf = new Map(); // class name -> record type

// custom-elements.json is committed and CI checks it is current, so it must not depend
// on the order the file system lists files in: sort modules by path.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'reelkit-data-input',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const clause of node.heritageClauses ?? []) {
          const base = clause.types[0];
          const arg = base?.typeArguments?.[0];
          if (base.expression.getText() === 'DataElement' && arg && ts.isLiteralTypeNode(arg)) {
            recordOf.set(node.name.getText(), arg.literal.text);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const decl of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          const record = recordOf.get(decl.name);
          const at = decl.members?.findIndex((m) => m.name === 'data') ?? -1;
          if (!record || at < 0) continue;
          if (!dataInputs[record]) throw new Error(`no DataInputs entry for "${record}" (${decl.name})`);
          // A copy: the analyzer shares an inherited member's object between the classes.
          const data = decl.members[at];
          const text = data.type.text.replace('DataInput<K>', dataInputs[record]);
          decl.members[at] = { ...data, type: { ...data.type, text } };
        }
      },
    },
    {
      name: 'reelkit-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
