/**
 * Loads a language pack once per page: `dist/locales/<code>.js` next to the bundle
 * (found with import.meta.url, so any CDN path works; under a strict CSP it is a
 * same-origin script like the bundle). A pack that fails (404, malformed, never
 * registers) or takes over 3 s leaves English words, with one warning naming the file.
 */
import { packs } from './registry.js';

/** How long an element waits for its pack before it shows English words. */
export const PACK_TIMEOUT = 3000;

export type PackState = 'ready' | 'failed' | Promise<void>;

const states = new Map<string, PackState>();

/**
 * The URL of a pack: beside the bundle (dist/locales/) or this module (src/i18n/locales/,
 * served from the JSON by scripts/locale-packs.mjs). Not a template literal: bundlers
 * would try to resolve one at build time; this is the page's own request.
 */
export const packUrl = (code: string): string => new URL('./locales/' + code + '.js', import.meta.url).href;

/** Warns once per file; the key is added when a loaded pack lacks words. */
const warned = new Set<string>();
export function warnPack(code: string, problem: string): void {
  const file = packUrl(code);
  if (warned.has(file)) return;
  warned.add(file);
  console.warn(`reelkit: language pack ${file} ${problem}; showing English words instead.`);
}

/** 'ready' when the pack is registered, 'failed' when it cannot be, else a promise that settles within 3 s. */
export function packState(code: string): PackState {
  if (packs()[code]) return 'ready';
  let state = states.get(code);
  if (!state) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not load within ${PACK_TIMEOUT / 1000} s`)), PACK_TIMEOUT);
    });
    state = Promise.race([import(/* @vite-ignore */ packUrl(code)), timeout])
      .then(() => {
        if (!packs()[code]) throw new Error('did not register any words');
        states.set(code, 'ready');
      })
      .catch((e: unknown) => {
        states.set(code, 'failed');
        warnPack(code, `could not be used (${e instanceof Error ? e.message : String(e)})`);
      })
      .finally(() => clearTimeout(timer));
    states.set(code, state);
  }
  return state;
}

/** Forgets failed and pending loads (tests). */
export function resetPackStates(): void {
  states.clear();
  warned.clear();
}
