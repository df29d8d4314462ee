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

/** A text control with its description. */
export const textArg = (description: string) => ({ control: 'text' as const, description });

/** A story of `args` whose docs show the markup `markup(args)` makes, plus any other story fields. */
export const storyOf =
  <A, S extends { args?: A; parameters?: object }>(markup: (args: A) => string) =>
  (args: A, extra: Partial<S> = {}): S =>
    ({ args, parameters: snippetParameters(markup(args)), ...extra }) as S;
