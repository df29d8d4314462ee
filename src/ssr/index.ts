/**
 * reelkit/ssr: server rendering in Node.
 *  - renderElement / renderArticle (render.ts): elements from data, as HTML with
 *    declarative shadow DOM;
 *  - renderPage / renderJsonFile (page.ts): a whole HTML page or article JSON file read as
 *    the browser would, with every problem located (what the `reelkit` CLI prints).
 * The page then loads dist/reelkit-hydrate.js.
 */
export * from './render.js';
export { renderHtmlFile as renderPage, renderJsonFile, type Located, type Rendered } from './page.js';
