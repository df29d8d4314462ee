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

/*
 * ONE MutationObserver for every reelkit element on the page (not one per element): each
 * element registers itself as a target, and a change is handed to the element(s) it is
 * inside. Elements with a child script, fallback markup or nothing at all may all be
 * edited later (CMS previews edit the script in place; scripts add one), so every
 * connected element is watched; what it costs is one registration on the element, not
 * an observer object and closure each. Released when the last element disconnects.
 */
const controllers = new WeakMap<Node, ChildDataController<Host>>();
let observer: MutationObserver | undefined;
let connected = 0;

function changed(records: MutationRecord[]): void {
  const hit = new Set<ChildDataController<Host>>();
  for (const { target } of records) {
    for (let node: Node | null = target; node; node = node.parentNode) {
      const controller = controllers.get(node);
      if (controller) hit.add(controller);
    }
  }
  for (const controller of hit) if (controller.host.isConnected) controller.changed();
}

/**
 * Reads the data a page writes inside or around an element: its own child
 * `<script type="application/json">` (kept in step with a MutationObserver, since CMS
 * previews edit the script in place) and the page's JSON-LD. One reader for every widget
 * and for `<film-data>`; both hand the raw text or object to the pipeline.
 */
export class ChildDataController<H extends Host> implements ReactiveController {
  constructor(
    readonly host: H,
    private readonly on: ChildDataHandlers<H>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // a server render (reelkit/ssr) observes nothing
    this.readChild();
    connected++;
    controllers.set(this.host, this as ChildDataController<Host>);
    observer ??= new MutationObserver(changed);
    observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    if (isServer) return;
    // A disconnected element may stay a target until the observer goes: changed() skips it.
    if (--connected === 0) observer = void observer?.disconnect();
  }

  /** Something in the element's light DOM changed. */
  changed(): void {
    this.readChild();
    this.on.mutation?.(this.host);
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
