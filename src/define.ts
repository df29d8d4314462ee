import { VERSION } from './version.js';

type ReelkitConstructor = CustomElementConstructor & { reelkitVersion?: string };

/**
 * Registers reelkit elements without ever throwing.
 *
 * A page may load reelkit twice (a CMS block and a theme both add the script) or
 * load two different builds. The first definition of a tag wins. If a tag is
 * already held by a different reelkit version or by something else, the page gets
 * exactly ONE console.warn per call naming every tag that was kept, not one per tag.
 */
export function defineAll(elements: Record<string, CustomElementConstructor>): void {
  if (typeof customElements === 'undefined') return; // SSR / non-browser import
  const kept: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = customElements.get(tag) as ReelkitConstructor | undefined;
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing !== ctor && existing.reelkitVersion !== VERSION) {
      kept.push(`<${tag}> (${existing.reelkitVersion ? `reelkit ${existing.reelkitVersion}` : 'another library'})`);
    }
  }
  if (kept.length) {
    console.warn(
      `reelkit ${VERSION}: kept the existing definitions of ${kept.join(', ')}; this copy registered nothing for them.`,
    );
  }
}
