import { LitElement, html, css, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { articleContext } from './article-context.js';
import type { Article } from '../data/model.js';
import type { ArticleInput } from '../data/input.js';
import { articleFrom, parseJson } from '../data/read.js';
import { checkUrl } from '../data/safe-url.js';
import { createReporter } from '../data/report.js';
import { ChildDataController, type ChildDataHandlers } from '../controllers/child-data.js';
import { emit, type FilmDataErrorDetail, type FilmDataLoadDetail } from '../base/events.js';
import { VERSION } from '../version.js';
import { parseStrings, type Strings } from '../i18n/words.js';

/**
 * Holds one article's data once and hands it to every reelkit element inside it.
 *
 * @summary Article data provider for nested reelkit elements (through a Lit context).
 * @fires {CustomEvent<FilmDataLoadDetail>} film-data-load - When data from `src` arrived and was applied. detail: {article}
 * @fires {CustomEvent<FilmDataErrorDetail>} film-data-error - When `src` failed or timed out. detail: {reason}
 * @slot - The article's widgets and content; rendered as if the provider were not there.
 * @tag film-data
 */
export class FilmData extends LitElement {
  static reelkitVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The article as an object (highest precedence). */
  @property({ attribute: false }) data?: ArticleInput | Article;

  /** The article as JSON text. */
  @property({ attribute: 'data' }) dataJson?: string;

  /** URL of the article JSON to fetch (allow-listed; same rules as every link). */
  @property() src?: string;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout = 8000;

  /** Read schema.org JSON-LD from the page: empty = all ld+json scripts, else a selector. */
  @property() jsonld?: string;

  /**
   * Words for every reelkit element inside, as an object or JSON text: `{"sponsored": "Anzeige"}`
   * for all, `{"film-card": {"directedBy": "Regie"}}` for one kind. An element's own `strings` wins.
   */
  @property({ converter: { fromAttribute: (v) => parseStrings(v) } }) strings?: Strings;

  /** The checked article provided to descendants. */
  @provide({ context: articleContext })
  @state()
  article?: Article;

  @state() private childJson?: string;
  @state() private fetched?: unknown;
  @state() private ld?: Record<string, unknown>;

  private static childDataHandlers: ChildDataHandlers<FilmData> = {
    childJson: (provider, text) => {
      if (text !== provider.childJson) provider.childJson = text;
    },
  };

  private readonly childData = new ChildDataController(this, FilmData.childDataHandlers);
  private abort?: AbortController;

  // A failed src is an error, like malformed JSON: the provider has nothing to give.
  private report = createReporter(this, (path) => path === 'src');

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return; // a server render reads no page and fetches nothing
    if (this.jsonld !== undefined) this.ld = this.childData.readJsonLd(this.jsonld, this.report);
    if (this.src && this.fetched === undefined) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const pending = this.abort;
    this.abort = undefined; // marks the fetch as superseded: no error for a removed element
    pending?.abort();
  }

  override willUpdate(changed: PropertyValues): void {
    if (!isServer && this.isConnected) {
      if (changed.has('src') && changed.get('src') !== undefined) void this.load();
      if (changed.has('jsonld') && this.hasUpdated) this.ld = this.childData.readJsonLd(this.jsonld, this.report);
    }
    if (['data', 'dataJson', 'childJson', 'fetched', 'ld'].some((k) => changed.has(k))) {
      this.article = this.resolve();
    }
  }

  override updated(changed: PropertyValues): void {
    // The elements inside read `strings` when they update: tell them it changed.
    if (changed.has('strings')) {
      for (const el of this.querySelectorAll('*')) (el as Partial<LitElement>).requestUpdate?.();
    }
  }

  private resolve(): Article | undefined {
    const { data, dataJson, childJson, fetched, ld } = this;
    return articleFrom({ data, dataJson, childJson, fetched, ld }, this.report);
  }

  private async load(): Promise<void> {
    const check = checkUrl(this.src ?? '');
    if (!check.ok) return this.fail(check.reason);
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const timer = setTimeout(
      () => abort.abort(new DOMException(`timed out after ${this.timeout} ms`, 'TimeoutError')),
      this.timeout,
    );
    try {
      const response = await fetch(check.url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const parsed = parseJson(await response.text());
      if (!parsed.ok) throw new Error(parsed.message);
      this.fetched = parsed.value;
      await this.updateComplete;
      emit<FilmDataLoadDetail>(this, 'film-data-load', { article: this.article });
    } catch (e) {
      if (abort.signal.aborted && this.abort !== abort) return; // superseded by a newer src
      const reason =
        abort.signal.reason instanceof DOMException
          ? abort.signal.reason.message
          : e instanceof Error
            ? e.message
            : String(e);
      this.fail(reason);
    } finally {
      clearTimeout(timer);
    }
  }

  private fail(reason: string): void {
    this.report('src', `could not load ${String(this.src).slice(0, 100)}: ${reason}`);
    emit<FilmDataErrorDetail>(this, 'film-data-error', { reason });
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-data': FilmData;
  }
  interface GlobalEventHandlersEventMap {
    'film-data-load': CustomEvent<{ article: Article | undefined }>;
    'film-data-error': CustomEvent<{ reason: string }>;
  }
}
