/**
 * The `reelkit` CLI's reading of real input: an article JSON file, or an HTML page with
 * reelkit elements in it. A page is parsed with jsdom (a spec HTML parser; no script
 * runs, nothing is fetched) and each element's inputs are read as the browser would:
 * its attributes, its child `<script type="application/json">`, the page's JSON-LD
 * (`jsonld`), its light-DOM fallback (by the element's own reader), and the article of
 * the `<film-data>` around it. The rendered shadow root is inserted right after each
 * element's start tag; every other byte of the page stays as it was.
 *
 * Every problem is collected (data/report.ts reportTo) with the browser's words and
 * located in the file: the element's start tag, or the JSON value the path names.
 */
import { JSDOM } from 'jsdom';
import { findNodeAtLocation, parse as parseJsonc, parseTree, type ParseError } from 'jsonc-parser';
import { TAGS } from '../tags.js';
import { ATTRIBUTE_NAME, ELEMENTS, renderArticle, renderHost, type ServerInputs } from './render.js';
import { articleFrom, readJsonLd } from '../data/read.js';
import { createReporter, reportTo, type Problem } from '../data/report.js';
import type { Article } from '../data/model.js';
import { isRtl } from '../i18n/registry.js';
import { safeLocale } from '../time/intl.js';

/** A problem and where it is in the file (1-based). */
export interface Located extends Problem {
  line: number;
  column: number;
}

export interface Rendered {
  /** The HTML to send; undefined when the input could not be read at all. */
  html?: string;
  problems: Located[];
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** "film.director[0].name" -> ["film", "director", 0, "name"]. */
const segments = (path: string): (string | number)[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));

/** Offset of the JSON value at `path` in `json` (trying `prefixes` in turn), or of the first syntax error. */
function offsetIn(json: string, path: string, prefixes: readonly (string | number)[][] = [[]]): number | undefined {
  const errors: ParseError[] = [];
  parseJsonc(json, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length) return errors[0]!.offset;
  const tree = parseTree(json);
  if (!tree) return undefined;
  // The value itself, else the nearest enclosing one that is there ("image.url" of an image given as a string).
  for (let keys = segments(path); keys.length; keys = keys.slice(0, -1)) {
    for (const prefix of prefixes) {
      const node = findNodeAtLocation(tree, [...prefix, ...keys]);
      if (node) return node.offset;
    }
  }
  return path ? undefined : tree.offset;
}

/** Runs `fn` with every report collected instead of printed. */
function collecting<T>(fn: () => T): { value: T; problems: Problem[] } {
  const problems: Problem[] = [];
  reportTo((p) => problems.push(p));
  try {
    return { value: fn(), problems };
  } finally {
    reportTo();
  }
}

/** An article JSON file: every element it has data for (or only `elements`), in one <film-data>. */
export function renderJsonFile(text: string, options: { lang?: string; elements?: string[] } = {}): Rendered {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length) {
    const at = lineColumn(text, errors[0]!.offset);
    const reason = `malformed JSON at line ${at.line} column ${at.column}`;
    return { problems: [{ element: 'film-data', path: 'data', reason, error: true, ...at }] };
  }
  const { value: html, problems } = collecting(() => renderArticle(value, options));
  const located = problems.map((p) => {
    const offset = offsetIn(text, p.path, [[], ['film']]);
    return { ...p, ...lineColumn(text, offset ?? 0) };
  });
  return { html, problems: dedupe(located) };
}

/** Same element, path and reason at the same place: said once (the browser's reporter does the same). */
function dedupe(problems: Located[]): Located[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}|${p.element}|${p.path}|${p.reason}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** Where jsdom (parse5) found an element's start tag; its attributes' offsets too. */
interface TagLocation {
  startOffset: number;
  endOffset: number;
  attrs?: Record<string, { startOffset: number }>;
}
const startTagOf = (dom: JSDOM, node: Node): TagLocation | undefined =>
  (dom.nodeLocation(node) as { startTag?: TagLocation } | null)?.startTag;

type Host = Element & { lightDomInput?: () => Record<string, unknown> | undefined };

/** A page: every reelkit element in it server-rendered in place. */
export function renderHtmlFile(text: string, options: { lang?: string } = {}): Rendered {
  const dom = new JSDOM(text, { includeNodeLocations: true });
  const doc = dom.window.document;
  const tags = Object.keys(TAGS);
  const articles = new Map<Element, Article | undefined>();
  const inserts: { at: number; text: string }[] = [];
  const problems: Located[] = [];

  for (const host of doc.querySelectorAll<Host>(tags.join(','))) {
    const tag = host.localName;
    const startTag = startTagOf(dom, host);
    if (!startTag) continue;
    const report = createReporter(tag);
    const attributes: Record<string, string> = {};
    for (const { name, value } of host.attributes) if (ATTRIBUTE_NAME.test(name)) attributes[name] = value;
    const langHost = host.closest('[lang]');
    const lang = safeLocale(langHost?.getAttribute('lang')) ?? safeLocale(options.lang);
    if (lang) attributes.lang = lang;
    const script = host.querySelector(':scope > script[type="application/json"]');
    const jsonld = host.getAttribute('jsonld');

    const { value: out, problems: found } = collecting(() => {
      const inputs: ServerInputs = {};
      if (script) inputs.childJson = script.textContent ?? '';
      const ld = jsonld === null ? undefined : readJsonLd(doc, jsonld, report);
      if (tag === 'film-data') {
        inputs.ld = ld;
        const dataJson = host.getAttribute('data') ?? undefined;
        articles.set(
          host,
          articleFrom({ dataJson, childJson: inputs.childJson, ld }, () => {}),
        );
      } else {
        inputs.ldArticle = ld;
        inputs.article = articles.get(host.parentElement?.closest('film-data') as Element);
        const reader = (TAGS[tag as keyof typeof TAGS].prototype as unknown as Host).lightDomInput;
        inputs.serverLightDom = reader?.call(host);
      }
      return renderHost(tag, attributes, inputs);
    });

    // Lit's host output is <tag …><template …>…</template></tag>: the page keeps its own start tag.
    const shadow = out.slice(out.indexOf('><template') + 1, out.lastIndexOf(`</${tag}>`));
    const startEnd = startTag.endOffset;
    inserts.push({ at: startEnd, text: shadow });
    // The browser's language controller sets dir="rtl" on the shadow content when the
    // page says nothing: the server says it on the host, so the first paint is already right.
    const dirSaid = host.closest('[dir]') && (!langHost || langHost.contains(host.closest('[dir]')!));
    // data-ssr marks the host as server-rendered (reelkit.css's pre-upgrade rules skip it).
    const attrs = `${host.hasAttribute('data-ssr') ? '' : ' data-ssr'}${lang && isRtl(lang) && !dirSaid ? ' dir="rtl"' : ''}`;
    if (attrs) inserts.push({ at: startEnd - (text.slice(startEnd - 2, startEnd) === '/>' ? 2 : 1), text: attrs });
    for (const p of found) problems.push({ ...p, ...locate(text, dom, host, script, p) });
  }
  let html = text;
  for (const { at, text: piece } of inserts.sort((a, b) => b.at - a.at))
    html = html.slice(0, at) + piece + html.slice(at);
  return { html, problems: dedupe(problems) };
}

/** Where a problem is: in the element's child script if it is about it or its path is there; else its attribute or start tag. */
function locate(text: string, dom: JSDOM, host: Element, script: Element | null, p: Problem) {
  const scriptAt = script ? startTagOf(dom, script)?.endOffset : undefined;
  if (script && scriptAt !== undefined) {
    const own = p.path.startsWith('child');
    const offset = offsetIn(script.textContent ?? '', own ? '' : p.path, [[], ['film']]);
    if (offset !== undefined) return lineColumn(text, scriptAt + offset);
  }
  const start = startTagOf(dom, host)!;
  const attrs = start.attrs;
  const attr = p.path.startsWith('data attribute') ? 'data' : p.path.split(/[.[]/)[0]!;
  return lineColumn(text, attrs?.[attr]?.startOffset ?? start.startOffset);
}

/** The tags renderArticle() and `reelkit render --element` know. */
export const KNOWN_ELEMENTS = Object.keys(ELEMENTS);
