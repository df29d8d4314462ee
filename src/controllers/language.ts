import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl, lookupChain, onRegister, packFor, regionOf } from '../i18n/registry.js';
import { packState } from '../i18n/load.js';
import { safeLocale } from '../time/intl.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected element with a language, and the one observer that watches `lang`/`dir` above them. */
const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

/** The element's parent, crossing out of a shadow root to its host. */
const up = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host ?? null;

function changed(records: MutationRecord[]): void {
  const targets = new Set(records.map((r) => r.target));
  for (const c of hosts) {
    for (let node: Node | null = c.host; node; node = up(node)) {
      if (targets.has(node)) {
        c.host.requestUpdate();
        break;
      }
    }
  }
}

/**
 * An element's language: its own `lang`, else the nearest ancestor's (through shadow
 * hosts), else the browser's. Worked out once per update; a `lang` or `dir` change on any
 * ancestor re-renders at once (one MutationObserver for the page, released when no
 * element is connected). While the language's pack loads, `pending` is true (the element
 * keeps its light-DOM fallback); the host updates once it is there or has failed.
 * Right-to-left languages get `dir="rtl"` on the shadow content unless the page set
 * `dir` at or below the element the language comes from.
 */
export class LanguageController implements ReactiveController {
  /** The `lang` written on the page (undefined: none, or not a language tag): for Intl. */
  locale?: string;
  /** The language words are looked up in: `locale`, else the browser's. */
  lang = 'en';
  /** Codes to look words up under, most specific first (empty for English). */
  chain: string[] = [];
  /** The region subtag of `lang` ("de-AT" → "AT"), if any. */
  region?: string;
  /** The shipped pack `chain` uses, if any. */
  pack?: string;
  /** True while that pack is loading. */
  pending = false;
  private dir?: 'rtl';

  constructor(readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(changed);
      observer.observe(document, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      unsubscribe = onRegister(() => hosts.forEach((c) => c.host.requestUpdate()));
    }
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (!hosts.size) {
      observer?.disconnect();
      unsubscribe?.();
      observer = unsubscribe = undefined;
    }
  }

  /** Works the language out again; call at the start of every update. */
  resolve(): void {
    let written: string | null = null;
    let dirFirst = false;
    for (let node: Node | null = this.host; node; node = up(node)) {
      if (!(node instanceof Element)) continue;
      if (node.hasAttribute('dir') && written === null) dirFirst = true;
      if (node.hasAttribute('lang')) {
        written = node.getAttribute('lang');
        break;
      }
    }
    this.locale = safeLocale(written);
    this.lang = this.locale ?? safeLocale(navigator.language) ?? 'en';
    this.chain = lookupChain(this.lang);
    this.region = regionOf(this.lang);
    this.pack = packFor(this.lang);
    this.dir = !dirFirst && isRtl(this.lang) ? 'rtl' : undefined;
    const state = this.pack ? packState(this.pack) : 'ready';
    this.pending = typeof state === 'object';
    if (typeof state === 'object') void state.then(() => this.host.requestUpdate());
  }

  hostUpdated(): void {
    const root = (this.host as { renderRoot?: ParentNode }).renderRoot;
    for (const el of root?.children ?? []) {
      if (el.localName === 'style') continue;
      if (this.dir) el.setAttribute('dir', this.dir);
      else if (el.getAttribute('dir') === 'rtl') el.removeAttribute('dir');
    }
  }
}
