import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearIntlCache } from '../src/time/intl.js';
import { zoneOffsetMs } from '../src/time/zone.js';
import { packState } from '../src/i18n/load.js';

/** Records console.warn / console.error calls until restore(). */
export function captureConsole() {
  const warns: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warns.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    warns,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/**
 * Makes the browser itself run in `timeZone` (CDP emulation in Chromium). Returns
 * false where the browser cannot (Firefox over BiDi); callers skip those rows.
 */
export async function emulateTimeZone(timeZone: string | undefined): Promise<boolean> {
  const ok = await executeServerCommand<boolean, { timeZone: string | undefined }>('emulate-timezone', { timeZone });
  clearIntlCache();
  if (ok !== true || timeZone === undefined) return ok === true;
  // Compare offsets, not names: Chromium reports Asia/Kolkata as its old alias Asia/Calcutta.
  const probes = [Date.UTC(2017, 0, 15), Date.UTC(2017, 6, 15)];
  return probes.every((t) => zoneOffsetMs(t, timeZone) === -new Date(t).getTimezoneOffset() * 60_000);
}

/** Shadow-root text with whitespace collapsed. */
export function shadowText(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/**
 * Waits until `predicate` holds. A hang guard of 30 s, not a speed limit: open-wc's
 * default of 1 s fails at random on a busy CI machine, and speed is `npm run bench`'s job.
 */
export const until = (predicate: () => unknown, message?: string) =>
  waitUntil(predicate, message, { timeout: 30_000, interval: 20 });

/**
 * Loads language packs before a suite renders in those languages: elements wait for their
 * pack (showing the fallback), and a test reading text right after a render should not race it.
 */
export const languagesReady = (...codes: string[]) => Promise.all(codes.map((code) => packState(code)));
