/**
 * dist/reelkit-hydrate.js: the one-file drop-in for server-rendered pages (reelkit/ssr,
 * the `reelkit` CLI). It is dist/reelkit.js plus Lit's hydration support, which must patch
 * Lit before any element is defined, in the same Lit copy: hence one file, with the
 * support imported first. Elements that arrive with a declarative shadow root keep the
 * server's nodes and only wire them up; elements without one render as usual, so this
 * file also works on a page with no server output.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, render, type PropertyValues } from 'lit';
import './index.js';

type Hydrating = LitElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * A server render can be out of date by the time the browser hydrates it: a countdown
 * rendered "2 seconds left" is "out now" a moment later, a different template. Lit then
 * throws a hydration mismatch. Such an element renders afresh instead, keeping the
 * server's styles: the page sees the current state and no error.
 */
const hydrate = LitElement.prototype['update'] as (this: Hydrating, changed: PropertyValues) => void;
(LitElement.prototype as unknown as { update: typeof hydrate }).update = function (this: Hydrating, changed) {
  // The first update of an element whose shadow root already holds more than styles: the server's.
  const fromServer = !this.hasUpdated && [...this.renderRoot.childNodes].some((n) => n.nodeName !== 'STYLE');
  try {
    hydrate.call(this, changed);
  } catch (e) {
    if (!fromServer) throw e;
    const root = this.renderRoot as DocumentFragment & { _$litPart$?: unknown };
    for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
    delete root._$litPart$;
    render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
  }
};

export * from './elements.js';
