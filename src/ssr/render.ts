/**
 * reelkit/ssr: every reelkit element rendered to HTML in Node, with declarative shadow
 * DOM, by Lit's own server renderer (@lit-labs/ssr). The page then loads
 * `dist/reelkit-hydrate.js`, which keeps the server's shadow content and wires it up.
 *
 * What the client must see to render the same thing travels in the HTML itself: an
 * element's data as its `data` attribute (JSON), the article as `<film-data data>`, the
 * language as `lang` on each element. The server reads only these inputs (attributes,
 * `data`, the article): JSON-LD and light-DOM fallback content are the CLI's job, which
 * turns them into the same inputs first.
 *
 * Markup is never assembled from data here: Lit renders the host with its attribute
 * bindings (escaped by Lit), and the only strings joined are Lit's own output.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { defineAll } from '../define.js';
import { TAGS } from '../tags.js';
import type { Article, RecordType } from '../data/model.js';
import { resolveArticle, selectFromArticle } from '../data/read.js';
import { createReporter } from '../data/report.js';
import type { Report } from '../data/fields.js';
import { PACKS, isRtl, packs, registerTranslation, type Pack } from '../i18n/registry.js';
import { packUrl } from '../i18n/load.js';
import { safeLocale } from '../time/intl.js';

/** Every widget reelkit can render on the server, and the part of an article it shows. */
export const ELEMENTS: Readonly<Record<string, RecordType>> = {
  'film-card': 'film',
  'release-countdown': 'release',
  'video-embed': 'video',
  'pull-quote': 'quote',
  'related-links': 'related',
  'where-to-watch': 'offers',
  'review-score': 'review',
};

/** The widgets renderArticle() writes, in this order, when the article has their data. */
export type ElementTag = keyof typeof ELEMENTS & string;

defineAll(TAGS);

// reelkit's elements run their connectedCallback on the server too: it does nothing there
// but connect @lit/context, so a <film-data> gives its article to the widgets inside it
// in any server render (Lit's own render(), @lit-labs/eleventy-plugin-lit), as in the
// browser. Everything browser-only in it is skipped with isServer.
const OURS = new Set(Object.keys(TAGS));
LitElementRenderer.renderOptions.push((element) =>
  OURS.has(element.localName) ? { connectedCallback: true } : undefined,
);

// Every language pack is registered before the first render: a server render cannot
// wait for one, and words must be the reader's from the first byte.
await Promise.all(PACKS.filter((code) => !packs()[code]).map((code) => import(packUrl(code))));

export interface RenderOptions {
  /** The reader's language (BCP 47): written as `lang` on every element rendered. */
  lang?: string;
}

export interface ElementOptions extends RenderOptions {
  /** The element's attributes as written in HTML (`layout`, `kind`, `heading`…). */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** The element's own data (its record, e.g. a film for <film-card>); sent as its `data` attribute. */
  data?: unknown;
  /** The article the element sits in: rendered as a `<film-data>` around it. */
  article?: unknown;
}

/** An attribute name Lit may be given as static template text: plain lowercase words. */
export const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * What the server sets on an element as properties, never written into the HTML: the
 * inputs the browser finds on its own (the provider's article, a child script, JSON-LD,
 * light-DOM fallback content) and that reelkit/ssr or the CLI found for it instead.
 */
export interface ServerInputs {
  article?: Article;
  childJson?: string;
  ldArticle?: Record<string, unknown>;
  serverLightDom?: Record<string, unknown>;
  /** <film-data>'s JSON-LD. */
  ld?: Record<string, unknown>;
}

/** Static template strings per tag, attribute and property names (cached: Lit keys templates by them). */
const templates = new Map<string, TemplateStringsArray>();

function strings(names: readonly string[], props: readonly string[]): TemplateStringsArray {
  const key = `${names.join(' ')}|${props.join(' ')}`;
  let cached = templates.get(key);
  if (!cached) {
    // <${tag} a="${…}" b="${…}" .p=${…}></${tag}>: the tag's name is a static value (the
    // outer two ${}), each attribute a binding Lit escapes, each server input a property.
    const raw = ['<'];
    names.forEach((name, i) => raw.push(`${i ? '" ' : ' '}${name}="`));
    props.forEach((prop, i) => raw.push(`${i === 0 && names.length ? '" ' : ' '}.${prop}=`));
    if (!props.length && names.length) raw.push('"></');
    else raw.push('></');
    raw.push('>');
    cached = Object.assign(raw, { raw }) as unknown as TemplateStringsArray;
    templates.set(key, cached);
  }
  return cached;
}

const SERVER_INPUTS = ['article', 'childJson', 'ldArticle', 'serverLightDom', 'ld'] as const;

/** Lit's output for one host, without the markers of the one-off template around it. */
export function renderHost(tag: string, attributes: Record<string, string>, inputs: ServerInputs = {}): string {
  const names = Object.keys(attributes).sort();
  const props = SERVER_INPUTS.filter((p) => inputs[p] !== undefined);
  const values = [
    unsafeStatic(tag),
    ...names.map((n) => attributes[n]),
    ...props.map((p) => inputs[p]),
    unsafeStatic(tag),
  ];
  const out = collectResultSync(render(html(strings(names, props), ...values)));
  return out.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}

function attributesOf(options: ElementOptions, report: Report): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name)) {
      report(`attributes.${name}`, 'is not an attribute name (lowercase letters, digits and "-")');
    } else if (value !== undefined && value !== null && value !== false) {
      out[name] = value === true ? '' : String(value);
    }
  }
  if (options.data !== undefined) out.data = JSON.stringify(options.data);
  const lang = safeLocale(options.lang);
  if (options.lang !== undefined && !lang) report('lang', `"${options.lang}" is not a language tag`);
  if (lang) {
    out.lang ??= lang;
    // What the browser's language controller does on the shadow content, the server
    // says on the host: a right-to-left language reads right to left from the first paint.
    if (isRtl(lang) && out.dir === undefined) out.dir = 'rtl';
  }
  return out;
}

const knownTag = (tag: string): tag is ElementTag => Object.hasOwn(ELEMENTS, tag);

/**
 * One element, server-rendered: `<tag …><template shadowrootmode="open">…</template></tag>`,
 * wrapped in `<film-data>` when an article is given. Unknown tags throw (a programming
 * error); bad data warns like the browser does and renders what is valid.
 */
export function renderElement(tag: string, options: ElementOptions = {}): string {
  if (!knownTag(tag))
    throw new TypeError(`reelkit/ssr: unknown element <${tag}>; known: ${Object.keys(ELEMENTS).join(', ')}`);
  const report = createReporter(tag);
  // Checked quietly: the <film-data> render below reports its problems, once.
  const article = options.article === undefined ? undefined : resolveArticle(options.article, () => {});
  const host = renderHost(tag, attributesOf(options, report), { article });
  return options.article === undefined ? host : wrapInProvider(options.article, [host], options);
}

/**
 * The article's widgets inside one `<film-data>`: every element the article has data
 * for (or only `elements`), in the order of ELEMENTS.
 */
export function renderArticle(
  article: unknown,
  options: RenderOptions & { elements?: readonly string[] } = {},
): string {
  const checked = resolveArticle(article, () => {});
  const wanted = options.elements ?? Object.keys(ELEMENTS);
  const hosts: string[] = [];
  for (const tag of wanted) {
    if (!knownTag(tag)) throw new TypeError(`reelkit/ssr: unknown element <${tag}>`);
    if (options.elements || selectFromArticle(ELEMENTS[tag]!, checked)) {
      const report = createReporter(tag);
      hosts.push(renderHost(tag, attributesOf({ lang: options.lang }, report), { article: checked }));
    }
  }
  return wrapInProvider(article, hosts, options);
}

/** `<film-data data="…">` with its (slot-only) shadow root and the rendered widgets inside. */
function wrapInProvider(raw: unknown, children: string[], options: RenderOptions): string {
  const provider = renderHost(
    'film-data',
    attributesOf({ data: raw, lang: options.lang }, () => {}),
  );
  const close = provider.lastIndexOf('</film-data>');
  return `${provider.slice(0, close)}${children.join('')}${provider.slice(close)}`;
}

export { registerTranslation, type Pack };
