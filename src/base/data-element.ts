import { LitElement, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextEvent, type ContextCallback } from '@lit/context';
import { articleContext } from '../context/article-context.js';
import type { Article, RecordType } from '../data/model.js';
import type { DataInput } from '../data/input.js';
import {
  ldMiss,
  normalizeOwn,
  parseJson,
  resolveRecord,
  selectFromArticle,
  setPath,
  type Records,
} from '../data/read.js';
import { describe, type Coerce } from '../data/fields.js';
import { createReporter } from '../data/report.js';
import { ChildDataController, type ChildDataHandlers } from '../controllers/child-data.js';
import { LanguageController, up } from '../controllers/language.js';
import { lookup, regionOf } from '../i18n/registry.js';
import { warnPack } from '../i18n/load.js';
import { fill, pageWord, parseStrings, type Strings } from '../i18n/words.js';
import { emit } from './events.js';
import { VERSION } from '../version.js';

const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * Base of every data-driven reelkit element: owns the input pipeline so widgets only
 * render `this.model`. Subclasses declare
 *   - `recordType`: which record they render,
 *   - `static attributeFields`: property name -> model path for their attributes,
 * and read `this.model` in render(). See src/data/read.ts for the precedence.
 */
export abstract class DataElement<K extends RecordType> extends LitElement {
  /** Read by define.ts to tell two reelkit versions apart. */
  static reelkitVersion = VERSION;

  /** Property -> model path ("poster" -> "image.url"); attribute values go there. */
  static attributeFields: Record<string, string> = {};

  /** Every fixed word the element shows, in English; `strings` or a language pack replaces any of them. */
  static defaultStrings: Record<string, string> = {};

  /** The element's section in language packs and in `<film-data strings>`: its default tag name. */
  static wordsName = '';

  /** Force a colour scheme; absent = follow prefers-color-scheme. */
  @property() theme?: 'light' | 'dark';

  /**
   * Replacements for the element's fixed words, as an object or JSON text
   * (`strings='{"directedBy":"Regie"}'`). `{n}`-style placeholders are filled in; a word
   * with a count may be given by plural category (`{"one": "…", "other": "…"}`).
   * Wins over `<film-data strings>`, registerTranslation() and the language packs.
   */
  @property({ converter: { fromAttribute: (v) => parseStrings(v) } }) strings?: Strings;

  /** The whole record as an object. Wins over every other input. */
  @property({ attribute: false }) data?: DataInput<K>;

  /** The whole record as JSON text (`data="{…}"`). Below individual attributes. */
  @property({ attribute: 'data' }) dataJson?: string;

  /**
   * Read schema.org JSON-LD from the page (lowest precedence). Present and empty: every
   * `<script type="application/ld+json">`; a value: a CSS selector for the scripts.
   */
  @property() jsonld?: string;

  /** Article from the nearest <film-data> ancestor (see requestArticle). */
  @state() protected article?: Article;

  /** Leaves the provider that answered (it keeps this element subscribed until then). */
  private unsubscribeArticle?: () => void;
  /** What the provider calls, now and on every change: one per element, made on the first request. */
  private onArticle?: (value: Article | undefined, unsubscribe?: () => void) => void;

  /** Text of a child <script type="application/json">, read when connected and on change. */
  @state() protected childJson?: string;

  @state() private ldArticle?: Record<string, unknown>;

  /** Bumped on every light-DOM mutation, so `lightDomInput()` is read again. */
  @state() protected lightDomVersion = 0;

  /**
   * The checked record this element renders; undefined = show the light-DOM fallback,
   * which it also is while the element's language pack loads (no English flash).
   */
  protected get model(): Records[K] | undefined {
    return this.language.loading && (this.constructor as typeof DataElement).wordsName ? undefined : this.resolved;
  }
  protected set model(value: Records[K] | undefined) {
    this.resolved = value;
  }
  private resolved?: Records[K];

  private readonly language = new LanguageController(this);

  /** `strings` of the nearest <film-data>, read once per update. */
  private inheritedStrings?: Strings;
  /** The language controller's stamp `wordsVersion` was counted at. */
  private wordsAt?: number;
  /**
   * Counts the changes that may change what `t()` returns: own `strings`, the enclosing
   * `<film-data>`'s, a registered translation, the language. Words kept between updates
   * (a countdown's, not filled per tick) are kept with this count and made again when it moves.
   */
  protected wordsVersion = 0;

  protected abstract readonly recordType: K;

  /** What the child-data reader does with an element (one object for every element). */
  private static childDataHandlers: ChildDataHandlers<DataElement<RecordType>> = {
    childJson: (el, text) => {
      if (text !== el.childJson) el.childJson = text;
    },
    mutation: (el) => el.lightDomVersion++,
  };

  private readonly childData = new ChildDataController<DataElement<RecordType>>(this, DataElement.childDataHandlers);

  // `lang` is HTML's, not ours: the element's own re-renders it synchronously, like an
  // attribute of its own (an ancestor's, through the language controller's observer).
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this.language.invalidate();
      this.requestUpdate();
    }
  }

  override connectedCallback(): void {
    // A moved element must not keep its old provider's article. requestArticle() asks
    // again, and a provider above answers synchronously.
    // On the server the article reelkit/ssr gave stays, unless a provider above answers.
    if (!isServer) this.article = undefined;
    super.connectedCallback();
    this.requestArticle();
    if (this.jsonld !== undefined && !isServer) this.readLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeArticle?.();
    this.unsubscribeArticle = undefined;
  }

  /**
   * Asks for the article with @lit/context's `context-request` event (subscribed), as a
   * ContextConsumer would, but only where a provider can be: a custom element above this
   * one, in its own tree or a shadow host's (`<film-data>`, defined or not yet, or an app's
   * own provider of `articleContext`). An element in plain page markup sends no event and
   * keeps no consumer. On the server (reelkit/ssr) it always asks.
   */
  private requestArticle(): void {
    if (!isServer && !customElementAbove(this)) return;
    this.onArticle ??= (value, unsubscribe) => {
      // A different unsubscribe is a different provider: leave the old one.
      if (this.unsubscribeArticle !== unsubscribe) this.unsubscribeArticle?.();
      this.unsubscribeArticle = unsubscribe;
      this.article = value;
    };
    ask(this, this.onArticle);
  }

  /** Language for Intl: own or inherited `lang` (undefined = the browser's); worked out once per update. */
  protected get locale(): string | undefined {
    return this.language.locale;
  }

  /** The reader's region: the region subtag of the `lang` the page wrote ("de-AT" → "AT"), if any. */
  protected get readerRegion(): string | undefined {
    return this.locale && regionOf(this.locale);
  }

  /**
   * A fixed word in the element's language, with {placeholders} filled: its own
   * `strings`, else <film-data>'s, else registerTranslation()'s and the language pack's
   * (de-AT, then de), else English. A loaded pack without the word warns once.
   */
  protected t(key: string, values: Record<string, string | number> = {}): string {
    const ctor = this.constructor as typeof DataElement;
    const { chain, pack, lang } = this.language;
    const word = pageWord(this.strings, key) ?? pageWord(this.inheritedStrings, key, ctor.wordsName);
    const packed = word ?? lookup(chain, ctor.wordsName, key);
    if (packed === undefined && pack && !this.language.loading) warnPack(pack, `no ${ctor.wordsName} "${key}"`);
    return fill(packed ?? ctor.defaultStrings[key] ?? key, values, lang);
  }

  /** One console.warn per element and field (malformed JSON is a console.error). */
  protected readonly report = createReporter(this, undefined, DataElement.fieldOf);

  /** What the page calls a model path in this element's warnings (default: the path itself). */
  protected fieldName(path: string): string {
    return path;
  }

  /** The reporter's one renaming function for every element (no closure per element). */
  private static fieldOf(path: string, el: DataElement<RecordType>): string {
    return el.fieldName(path);
  }

  /**
   * An enum attribute's value: one of `values` (case and surrounding space ignored), else
   * `fallback` with one warning naming the attribute. The property keeps what the page
   * set, so fixing the attribute later works and the warning is not repeated.
   */
  protected choice<T extends string>(
    attribute: string,
    value: unknown,
    values: readonly T[],
    fallback: T,
    described = values.join(', '),
  ): T {
    if (value === undefined || value === null || value === '') return fallback;
    const key = String(value).trim().toLowerCase();
    const found = values.find((v) => v === key);
    if (found !== undefined) return found;
    this.report(attribute, `"${String(value).slice(0, 40)}" is not one of ${described}`);
    return fallback;
  }

  /** A `heading-level` attribute's value, 1–6, else `fallback` with one warning. */
  protected headingLevelOf(value: unknown, fallback: HeadingLevel): HeadingLevel {
    // A Number property turns "abc" into NaN: the warning names what the page wrote.
    const written = Number.isNaN(value) ? this.getAttribute('heading-level') : value;
    return this.choice('heading-level', written, HEADING_LEVELS, fallback, '1–6');
  }

  /** Fires a bubbling, composed event from this element; false when it was cancelled. */
  protected emit<T>(type: string, detail: T, options?: { cancelable?: boolean }): boolean {
    return emit(this, type, detail, options);
  }

  /** The checker for this element's record when it shows less than the whole type (film-card). */
  static modelSpec?: Coerce<unknown>;

  /** The top-level keys `lightDomInput()` can return; undefined = unknown, always read it. */
  static lightDomKeys?: readonly string[];

  /** Server render only: what reelkit/ssr read from the element's light DOM with an HTML parser. */
  protected serverLightDom?: Record<string, unknown>;

  /**
   * Raw input from the element's own light-DOM markup (e.g. <related-links>' plain
   * links), below own JSON in precedence. Default: none.
   */
  protected lightDomInput(): Record<string, unknown> | undefined {
    return undefined;
  }

  /** Raw input from individual attributes, per `attributeFields`. Override for odd cases. */
  protected attributeInput(): Record<string, unknown> | undefined {
    const fields = (this.constructor as typeof DataElement).attributeFields;
    const out: Record<string, unknown> = {};
    let any = false;
    for (const prop in fields) {
      const value = (this as unknown as Record<string, unknown>)[prop];
      if (value === undefined || value === null || value === '') continue;
      setPath(out, fields[prop]!, value);
      any = true;
    }
    return any ? out : undefined;
  }

  /**
   * A server-rendered element (its declarative shadow root already has content) must
   * first render exactly what the server did, in the server's words: while its language
   * pack loads it waits, instead of showing the fallback the server did not render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && this.shadowRoot?.firstChild) {
      this.language.resolve();
      // Waiting here (not skipping the update) keeps the first update's changed properties.
      if (this.language.loading) return this.language.loading.then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Marks server output (reelkit/ssr, any Lit server render): reelkit.css's pre-upgrade
    // rules style light-DOM fallbacks, never a host that already has its shadow content.
    if (isServer) this.setAttribute('data-ssr', '');
    this.language.resolve();
    const inherited = isServer ? undefined : (this.closest('film-data') as { strings?: Strings } | null)?.strings;
    if (changed.has('strings') || inherited !== this.inheritedStrings || this.language.stamp !== this.wordsAt) {
      this.inheritedStrings = inherited;
      this.wordsAt = this.language.stamp;
      this.wordsVersion++;
    }
    if (changed.has('jsonld') && !isServer && this.isConnected) this.readLd();
    if (this.needsModel(changed)) {
      this.model = this.resolveModel();
      // JSON-LD that held only other types: say what it had, once there is nothing to show.
      // (The resolved record, not `model`: that is hidden while a language pack loads.)
      const miss = this.resolved ? undefined : ldMiss(this.recordType, this.ldArticle);
      if (miss) this.report('jsonld', miss);
    }
  }

  /** Only data inputs recompute the model; view-only changes (a tick, a toggle) do not. */
  private needsModel(changed: PropertyValues): boolean {
    if (!this.hasUpdated) return true;
    const fields = (this.constructor as typeof DataElement).attributeFields;
    for (const key of changed.keys()) {
      const k = key as string;
      if (
        k in fields ||
        k === 'data' ||
        k === 'dataJson' ||
        k === 'article' ||
        k === 'childJson' ||
        k === 'ldArticle' ||
        k === 'lightDomVersion'
      )
        return true;
    }
    return false;
  }

  private resolveModel(): Records[K] | undefined {
    const type = this.recordType;
    const higher = [
      this.data !== undefined && this.data !== null ? this.normalized(this.data, 'data property') : undefined,
      this.attributeInput(),
      this.ownJson(),
    ];
    // Sources merge by top-level key, first wins: when the data above already has every
    // key the light DOM could give, reading it cannot change the result, so it is skipped.
    const keys = (this.constructor as typeof DataElement).lightDomKeys;
    const covered = keys?.every((k) => higher.some((source) => source?.[k] !== undefined));
    return resolveRecord(
      type,
      [
        ...higher,
        covered ? undefined : isServer ? this.serverLightDom : this.lightDomInput(),
        selectFromArticle(type, this.article),
        this.ldArticle ? selectFromArticle(type, this.ldArticle) : undefined,
      ],
      this.report,
      (this.constructor as typeof DataElement).modelSpec as Coerce<Records[K]> | undefined,
    );
  }

  /**
   * The `data` attribute if set, else the child script. Parsed whenever the model is
   * worked out (once, unless an input changes) and not kept: the checked model is the
   * only copy an element holds.
   */
  private ownJson(): Record<string, unknown> | undefined {
    const fromAttr = this.dataJson !== undefined && this.dataJson !== null;
    const text = fromAttr ? this.dataJson! : this.childJson;
    if (text === undefined || text.trim() === '') return undefined;
    const parsed = parseJson(text);
    if (!parsed.ok) {
      this.report(fromAttr ? 'data attribute' : 'child <script type="application/json">', parsed.message);
      return undefined;
    }
    return this.normalized(parsed.value, fromAttr ? 'data attribute' : 'child script');
  }

  /** The element's own data in its record shape, or one warning saying why not. */
  private normalized(value: unknown, where: string): Record<string, unknown> | undefined {
    const own = normalizeOwn(this.recordType, value);
    if (!own) this.report(where, `expected a ${this.recordType} record, got ${describe(value)}`);
    return own;
  }

  private readLd(): void {
    this.ldArticle = this.childData.readJsonLd(this.jsonld, this.report);
  }
}

/**
 * True when a custom element (a tag with a hyphen) is on `node`'s way up the composed
 * tree, the way its events travel: through the slot it is assigned to, and from a
 * shadow root to its host.
 */
function customElementAbove(node: Node): boolean {
  for (let n: Node | null = node; (n = (n as Element).assignedSlot ?? up(n));)
    if ((n as Element).localName?.includes('-')) return true;
  return false;
}

/** The request itself (outside the class, so the manifest does not list it as an event the element fires). */
const ask = (el: Element, callback: ContextCallback<Article | undefined>): boolean =>
  el.dispatchEvent(new ContextEvent(articleContext, el, callback, true));
