/**
 * Story helpers. Every story's docs show the exact HTML a CMS author pastes: the one
 * script tag (and the optional head stylesheet) plus the element markup.
 */
export const SCRIPT_TAG = '<script type="module" src="https://cdn.example.com/reelkit/dist/reelkit.js"></script>';
export const CSS_TAG = '<link rel="stylesheet" href="https://cdn.example.com/reelkit/dist/reelkit.css">';

/** The copy-paste snippet for a story: head link, script tag, then the markup. */
export function cmsSnippet(markup: string): string {
  return `${CSS_TAG}\n${SCRIPT_TAG}\n\n${markup.trim()}\n`;
}

/** Story parameters that show `markup` as the docs source. */
export function snippetParameters(markup: string) {
  return { docs: { source: { code: cmsSnippet(markup), language: 'html' } } };
}
