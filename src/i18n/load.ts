/**
 * Loads a language pack once per page: `dist/locales/<code>.js` next to the bundle
 * (found with import.meta.url, so any CDN path works; under a strict CSP it is a
 * same-origin script like the bundle). A pack that fails (404, malformed, never
 * registers) or takes over 3 s leaves English words, with one warning naming the file.
 */
import { packs } from './registry.js';

/** How long an element waits for its pack before it shows English words. */
export const PACK_TIMEOUT = 3000;

/** true: registered; false: failed (English); a promise: loading, settles within 3 s. */
export type PackState = boolean | Promise<void>;

let states: Record<string, PackState> = {};
let warned: Record<string, true> = {};

/**
 * The URL of a pack: beside the bundle (dist/locales/) or this module (src/i18n/locales/,
 * served from the JSON by scripts/locale-packs.mjs). Not a template literal: bundlers
 * would try to resolve one at build time; this is the page's own request.
 */
export const packUrl = (code: string): string => new URL('./locales/' + code + '.js', import.meta.url).href;

/** One warning per pack file: why its words (or some) are English. */
export function warnPack(code: string, problem: string): void {
  if (warned[code]) return;
  warned[code] = true;
  console.warn(`reelkit: language pack ${packUrl(code)}: ${problem}; English words shown.`);
}

/** The state of a language's pack; the first call for a code starts loading it. */
export function packState(code: string): PackState {
  if (packs()[code]) return true;
  let timer: ReturnType<typeof setTimeout>;
  return (states[code] ??= Promise.race([
    import(/* @vite-ignore */ packUrl(code)),
    new Promise((_, reject) => (timer = setTimeout(reject, PACK_TIMEOUT, 'timed out (3 s)'))),
  ])
    .then(() => {
      if (!packs()[code]) throw 'no words';
      states[code] = true;
    })
    .catch((e: unknown) => {
      states[code] = false;
      warnPack(code, String(e));
    })
    .finally(() => clearTimeout(timer)));
}

/** Forgets every load and warning (tests). */
export function resetPackStates(): void {
  states = {};
  warned = {};
}
