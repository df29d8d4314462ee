import { executeServerCommand } from '@web/test-runner-commands';
import { clearIntlCache } from '../src/time/intl.js';

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
  return ok === true && (timeZone === undefined || new Intl.DateTimeFormat().resolvedOptions().timeZone === timeZone);
}

/** Shadow-root text with whitespace collapsed. */
export function shadowText(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
