// A rollup (and vite) plugin that takes out the whitespace Prettier's formatting puts in
// Lit's html`` templates. Every "\n      " between two tags is a text node in every
// element's shadow tree: a minimal <film-card> had 14 of its 44 nodes from indentation.
// Each is cloned, held and laid out on every render, so the builds that run in browsers
// (dist/*.js, Storybook) and the server render (dist/ssr.js, whose templates must be the
// same strings as the client's for hydration) all get the tidied templates. The unit
// tests run the source as written; the pictures (Storybook) and the hydration tests
// (dist) guard that the tidied templates look and behave the same.
//
// The rule follows CSS white-space collapsing (white-space: normal; reelkit's templates
// have no `pre` content):
//   - whitespace with a line break next to a block-level tag (div, p, article, ul, li,
//     dl, ...), or at either end of a template, is dropped: it never renders. Not dt
//     and dd: the card's credits show them inline, where the space between is a space;
//   - whitespace with a line break just before a tag's closing `>` or `/>` is dropped;
//   - any other run with a line break (between inline tags, between bindings, between
//     attributes) becomes one space, which renders exactly like the run did.
// Only static template text changes; bindings (${…}) are left as they are.
import MagicString from 'magic-string';
import ts from 'typescript';

const BLOCK = new Set(
  'address article aside blockquote br details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Inline-block by default: whitespace at the start and end of their content never renders. */
const INLINE_BLOCK = new Set(['button', 'select', 'textarea']);

const TAG = /^<(\/?)([a-z][a-z0-9-]*)/i;

/** The tag that ends at `end` (the index of its `>`) in `text`: { name, closing }. */
function tagBefore(text, end) {
  const m = TAG.exec(text.slice(text.lastIndexOf('<', end), end + 1));
  return m ? { name: m[2].toLowerCase(), closing: m[1] === '/' } : undefined;
}

/** The tag that starts at `start` in `text`. */
function tagAfter(text, start) {
  const m = TAG.exec(text.slice(start));
  return m ? { name: m[2].toLowerCase(), closing: m[1] === '/' } : undefined;
}

/** Whitespace between `prev` and `next` tags never renders. */
function silent(prev, next) {
  if (prev && (BLOCK.has(prev.name) || (!prev.closing && INLINE_BLOCK.has(prev.name)))) return true;
  return Boolean(next && (BLOCK.has(next.name) || (next.closing && INLINE_BLOCK.has(next.name))));
}

/** A template's static text, bindings as NUL, tidied. */
export function tidyTemplate(text) {
  return text.replace(/[ \t]*\n\s*/g, (run, at) => {
    const end = at + run.length;
    if (at === 0 || end === text.length) return '';
    const after = text[end];
    if (after === '>' || (after === '/' && text[end + 1] === '>')) return '';
    const prev = text[at - 1] === '>' ? tagBefore(text, at - 1) : undefined;
    const next = after === '<' ? tagAfter(text, end) : undefined;
    return silent(prev, next) ? '' : ' ';
  });
}

/** A MagicString of the source with every html`` template tidied (TypeScript's parser finds them); null: nothing to do. */
export function tidyTemplates(code, fileName = 'x.ts') {
  if (!code.includes('html`')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
      const t = node.template;
      // [start, end) of each chunk's raw text inside the backticks / ${ }.
      const chunks = ts.isNoSubstitutionTemplateLiteral(t)
        ? [[t.getStart(source) + 1, t.end - 1]]
        : [
            [t.head.getStart(source) + 1, t.head.end - 2],
            ...t.templateSpans.map((s) => [
              s.literal.getStart(source) + 1,
              s.literal.end - (ts.isTemplateTail(s.literal) ? 1 : 2),
            ]),
          ];
      const raw = chunks.map(([start, end]) => code.slice(start, end));
      const tidy = tidyTemplate(raw.join('\0')).split('\0');
      chunks.forEach(([start, end], i) => {
        if (tidy[i] !== raw[i]) edits.push([start, end, tidy[i]]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  const out = new MagicString(code);
  for (const [start, end, text] of edits) out.update(start, end, text);
  return out;
}

/** The plugin: reelkit's own .ts sources only (Lit's templates are already tight). */
export const tidyTemplatesPlugin = () => ({
  name: 'reelkit-tidy-templates',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
    const out = tidyTemplates(code, id);
    return out && { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
  },
});
