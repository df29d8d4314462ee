import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PACKS, isRtl, lookupChain, registered } from '../i18n/registry.js';
import { packState } from '../i18n/load.js';
import { safeLocale } from '../time/intl.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected element with a language, and the one observer that watches `lang`/`dir` above them. */
const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;
/** The roots that observer watches. */
let observed = new WeakSet<Node>();

/** The element's parent, crossing out of a shadow root to its host (also the base class's walk to a provider). */
export const up = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host ?? null;

/**
 * Bumped whenever a language may have changed for any element (a `lang`/`dir` change
 * anywhere, a registered translation): an element whose language was worked out at
 * the current count skips the ancestor walk on its next update (a countdown's tick).
 */
let epoch = 0;

/** Re-renders every element after the page registered words (set once a controller connects). */
function retranslate(): void {
  epoch++;
  hosts.forEach((c) => c.host.requestUpdate());
}

/** Re-renders every element at or below a node whose `lang` or `dir` changed. */
function changed(records: MutationRecord[]): void {
  epoch++;
  const targets = new Set(records.map((r) => r.target));
  for (const { host } of hosts) {
    for (let node: Node | null = host; node; node = up(node)) if (targets.has(node)) host.requestUpdate();
  }
}

/**
 * An element's language: its own `lang`, else the nearest ancestor's (through shadow
 * hosts), else the browser's. Worked out once per update; a `lang` or `dir` change on the
 * element or any ancestor re-renders it at once (one MutationObserver for the page, on
 * the document and the shadow roots elements live in, released when no element is
 * connected). While the language's pack loads, `loading` is set (the element keeps its
 * light-DOM fallback); the host updates once it is there or has failed. Right-to-left
 * languages get `dir="rtl"` on the shadow content unless the page set `dir` at or
 * below the element the language comes from.
 */
export class LanguageController implements ReactiveController {
  /** The `lang` written on the page (undefined: none, or not a language tag): for Intl. */
  locale?: string;
  /** The language words are looked up in: `locale`, else the browser's. */
  lang = 'en';
  /** Codes to look words up under, most specific first (empty for English). */
  chain: readonly string[] = [];
  /** The shipped pack `chain` uses, if any. */
  pack?: string;
  /** Set while that pack loads: settles when it is in (or has failed). */
  loading?: Promise<void>;
  private rtl = false;
  /**
   * The `epoch` the language was worked out at (-1: work it out again): after `resolve()`,
   * it changes whenever the language or the page's registered words may have changed.
   */
  stamp = -1;
  /** The shadow content carries dir="rtl" from an earlier update. */
  private dirSet = false;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // a server render (reelkit/ssr) observes nothing
    hosts.add(this);
    observer ??= new MutationObserver(changed);
    for (const root of [document, this.host.getRootNode()]) {
      if (observed.has(root)) continue; // once per root, not once per element
      observed.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    registered.then = retranslate;
    this.invalidate(); // it may have moved under another `lang`
  }

  /** Work the language out again at the next update (the host's own `lang` changed). */
  invalidate(): void {
    this.stamp = -1;
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size) return;
    observer = void observer?.disconnect();
    observed = new WeakSet();
  }

  /** Works the language out again if it may have changed; call at the start of every update. */
  resolve(): void {
    if (this.stamp === epoch && !this.loading && !isServer) return;
    this.stamp = epoch;
    let written: string | null = null;
    let dirFirst = false;
    if (isServer) {
      // A server render sees no ancestors: only the element's own attributes, and every
      // pack is registered before it starts (reelkit/ssr), so nothing is pending.
      written = this.host.getAttribute('lang');
      dirFirst = this.host.hasAttribute('dir');
    }
    for (let node: Node | null = isServer ? null : this.host; node && written === null; node = up(node)) {
      if (!(node instanceof Element)) continue;
      dirFirst ||= node.hasAttribute('dir');
      written = node.getAttribute('lang');
    }
    this.locale = safeLocale(written);
    this.lang = this.locale ?? (isServer ? undefined : safeLocale(navigator.language)) ?? 'en';
    this.chain = lookupChain(this.lang);
    this.pack = this.chain.find((code) => PACKS.includes(code));
    this.rtl = !dirFirst && isRtl(this.lang);
    const state = !this.pack || packState(this.pack);
    this.loading = state instanceof Promise ? state : undefined;
    if (state instanceof Promise) void state.then(() => this.host.requestUpdate());
  }

  hostUpdated(): void {
    // Left-to-right content that never had a dir set needs nothing (most updates: ticks).
    if (!this.rtl && !this.dirSet) return;
    this.dirSet = this.rtl;
    for (const el of (this.host as { renderRoot?: ParentNode }).renderRoot?.children ?? []) {
      if (this.rtl) el.setAttribute('dir', 'rtl');
      else el.removeAttribute('dir');
    }
  }
}
