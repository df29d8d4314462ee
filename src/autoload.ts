/**
 * dist/autoload.js: defines each reelkit element the first time its tag appears.
 *
 * It looks at the document once, then watches it with one MutationObserver (and any
 * shadow root passed to `observe()`), and imports the element's chunk
 * (dist/chunks/<tag>.js, beside this file, found with import.meta.url) the first time
 * its tag is seen. The chunks share one core chunk (Lit, the base class, the data
 * pipeline). Every tag comes from src/autoload-elements.json, the one table.
 *
 * <film-data> must be listening before a widget inside it asks for data:
 *  - found together, <film-data> is requested first and every widget's definition waits for it;
 *  - a <film-data> that arrives after its widgets were defined (inserted later around
 *    an already-defined tag) is handled by a ContextRoot on the document, which keeps
 *    unanswered requests and replays them when a provider connects.
 *
 * Definitions go through defineAll() like dist/reelkit.js's: never twice, never throwing,
 * so the two files can be on one page in either order.
 */
import { ContextRoot } from '@lit/context';
import { defineAll } from './define.js';
import table from './autoload-elements.json';

const PROVIDER = 'film-data';
const tags = Object.keys(table);
const selector = tags.join();
const loads: Record<string, Promise<void>> = {};
let observer: MutationObserver | undefined;

/** Imports a tag's chunk once and defines it; a widget waits for a <film-data> that is loading. */
function load(tag: string): Promise<void> {
  // Not a template literal: bundlers would try to resolve it at build time.
  const url = new URL('./chunks/' + tag + '.js', import.meta.url).href;
  return (loads[tag] ??= Promise.all([import(/* @vite-ignore */ url), loads[PROVIDER]]).then(
    ([chunk]) => defineAll({ [tag]: (chunk as { default: CustomElementConstructor }).default }),
    (e: unknown) => console.error(`reelkit autoload: <${tag}> was not defined: ${url} failed to load (${e})`),
  ));
}

/** Requests every reelkit tag in `root` (itself included) that is not defined yet, <film-data> first. */
function scan(root: ParentNode): void {
  const found = new Set([...root.querySelectorAll(selector)].map((el) => el.localName));
  if ((root as Element).localName) found.add((root as Element).localName);
  for (const tag of tags) if (found.has(tag) && !customElements.get(tag)) void load(tag);
}

/**
 * Defines the reelkit elements in `root` and in everything added to it later. The
 * document is observed from the start; call this for a shadow root that holds reelkit
 * tags (`import { observe } from '…/autoload.js'; observe(shadowRoot)`).
 */
export function observe(root: Document | ShadowRoot | Element): void {
  observer ??= new MutationObserver((records) => {
    // Every tag requested or defined already: nothing left to look for in a busy page's mutations.
    if (tags.every((tag) => loads[tag] || customElements.get(tag))) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
    }
  });
  scan(root);
  observer.observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  new ContextRoot().attach(document.documentElement);
  observe(document);
}
