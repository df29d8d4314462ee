/**
 * dist/reelkit-hydrate.js: the one-file drop-in for server-rendered pages (reelkit/ssr,
 * the `reelkit render` CLI, Eleventy). It is dist/reelkit.js plus Lit's hydration
 * support, which must patch Lit before any element is defined, in the same Lit copy:
 * hence one file, with the support imported first. Elements that arrive with a
 * declarative shadow root keep the server's nodes and only wire them up; elements
 * without one render as usual, so this file also works on a page with no server output.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';

export * from './elements.js';
