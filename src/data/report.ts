import type { Report } from './fields.js';

/** One reported problem, as `reelkit validate` lists it. */
export interface Problem {
  element: string;
  path: string;
  reason: string;
  /** Malformed JSON or a failed source: the browser says it with console.error. */
  error: boolean;
}

let sink: ((problem: Problem) => void) | undefined;

/**
 * Sends every report to `to` instead of the console until called again without it:
 * how the `reelkit` CLI collects, during a server render, exactly what the browser would say.
 */
export function reportTo(to?: (problem: Problem) => void): void {
  sink = to;
}

const never = (): boolean => false;

/**
 * Who reports: a tag name, or an element, read when it reports (a server render's DOM
 * shim has no tag name yet while an element is constructed).
 */
export type Speaker = string | { readonly localName: string };

/**
 * The one way reelkit reports bad input: once per element, field and reason.
 * "malformed JSON" (and anything `isError` says) is a console.error naming where it
 * was; every dropped or changed field is a console.warn "<tag> ignored path: reason".
 * An element's reporter holds the element itself, not a closure of its own per
 * element: `fieldName(path, who)` (one function per class) names the field.
 */
export function createReporter<W extends Speaker>(
  who: W,
  isError: (path: string) => boolean = never,
  fieldName?: (path: string, who: W) => string,
): Report {
  // Made on the first report: most elements never report anything and hold no set.
  let seen: Set<string> | undefined;
  return (path, reason) => {
    if (fieldName) path = fieldName(path, who);
    const key = `${path}|${reason}`;
    if (seen?.has(key)) return;
    (seen ??= new Set()).add(key);
    const where = path || 'data';
    const tag = typeof who === 'string' ? who : who.localName;
    const error = reason.startsWith('malformed JSON') || isError(path);
    if (sink) return sink({ element: tag, path: where, reason, error });
    if (error) console.error(`<${tag}> ${where}: ${reason}`);
    // Not a dropped field: a note on what the page had instead (read.ts ldMiss).
    else if (reason.startsWith('found ')) console.warn(`<${tag}> ${where}: ${reason}`);
    else console.warn(`<${tag}> ignored ${where}: ${reason}`);
  };
}

/** Text of an element's own child <script type="application/json">, if any. */
export function childJsonText(host: Element): string | undefined {
  return host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
}
