import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readJsonLd } from '../data/read.js';
import { childJsonText } from '../data/report.js';
import type { Report } from '../data/fields.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a host does with what was read; one static object per element class, so instances hold no closures. */
export interface ChildDataHandlers<H extends Host> {
  /** The child script's text changed (undefined: there is none). */
  childJson(host: H, text: string | undefined): void;
  /** Anything in the light DOM changed (for elements that read their markup). */
  mutation?(host: H): void;
}

/**
 * Reads the data a page writes inside or around an element: its own child
 * `<script type="application/json">` (kept in step with a MutationObserver, since CMS
 * previews edit the script in place) and the page's JSON-LD. One reader for every widget
 * and for `<film-data>`; both hand the raw text or object to the pipeline.
 */
export class ChildDataController<H extends Host> implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: H,
    private readonly on: ChildDataHandlers<H>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // a server render (reelkit/ssr) observes nothing
    this.readChild();
    this.observer ??= new MutationObserver(() => {
      this.readChild();
      this.on.mutation?.(this.host);
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * The raw article in the page's JSON-LD: every ld+json script, or those `selector`
   * matches; undefined when the element does not ask for JSON-LD.
   */
  readJsonLd(selector: string | null | undefined, report: Report): Record<string, unknown> | undefined {
    return selector === undefined || selector === null ? undefined : readJsonLd(document, selector, report);
  }

  private readChild(): void {
    this.on.childJson(this.host, childJsonText(this.host));
  }
}
