import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The one Trusted Types policy reelkit creates; the page's CSP names it in `trusted-types`. */
export const JSONLD_POLICY = 'reelkit#jsonld';

type Policy = { createScript(text: string): unknown };
type Factory = { createPolicy(name: string, rules: { createScript(text: string): string }): Policy };

const SHARED = Symbol.for('reelkit.jsonld-policy');

/**
 * The policy, created once per page and shared by every reelkit copy (a second
 * createPolicy of the same name would be refused). It lets through only text that
 * parses as JSON: it is never a way to run script. `null`: the page's CSP refuses it.
 */
function policy(): Policy | null | undefined {
  const tt = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (!tt) return undefined;
  const store = globalThis as unknown as Record<symbol, Policy | null | undefined>;
  if (store[SHARED] === undefined) {
    try {
      store[SHARED] = tt.createPolicy(JSONLD_POLICY, {
        createScript: (text) => (JSON.parse(text), text),
      });
    } catch {
      store[SHARED] = null;
    }
  }
  return store[SHARED];
}

/**
 * Keeps one `<script type="application/ld+json">` in the document's head while the host
 * is connected and `text()` gives JSON: created once, its text replaced when the JSON
 * changes, removed on disconnect. Under `require-trusted-types-for 'script'` a script's
 * text is a Trusted Types sink whatever its type (Chromium and Firefox both check it),
 * so the text is set through the `reelkit#jsonld` policy; a page whose CSP does not allow
 * that policy gets one warning and no script.
 */
export class JsonLdScriptController implements ReactiveController {
  private script?: HTMLScriptElement;
  private warned = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The JSON to publish, or undefined for none. */
    private readonly text: () => string | undefined,
    private readonly warn: (reason: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const text = this.host.isConnected ? this.text() : undefined;
    if (text === undefined) return this.remove();
    if (this.script?.text === text) return;
    const p = policy();
    if (p === null) {
      if (!this.warned)
        this.warn(`the page's CSP does not allow the Trusted Types policy ${JSONLD_POLICY}; no JSON-LD written`);
      this.warned = true;
      return this.remove();
    }
    const doc = this.host.ownerDocument;
    if (!this.script) {
      this.script = doc.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.reelkit = this.host.localName;
    }
    // The type is set first: with it the script is data, never run.
    (this.script as unknown as { text: unknown }).text = p ? p.createScript(text) : text;
    if (!this.script.isConnected) doc.head.append(this.script);
  }

  hostConnected(): void {
    // After a reconnect the script is written again (the first update is pending anyway).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.remove();
  }

  private remove(): void {
    this.script?.remove();
    this.script = undefined;
  }
}
