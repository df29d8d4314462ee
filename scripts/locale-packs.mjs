// Language packs: src/i18n/locales/<code>.json (data), served and built as the small
// side-effect module a page loads, `<code>.js`, which adds the words to the registry
// shared by every reelkit copy (src/i18n/registry.ts). Used by rollup (dist/locales/),
// web-test-runner and Storybook (/src/i18n/locales/<code>.js next to the loader).
import { readFileSync, readdirSync } from 'node:fs';

export const PACK_DIR = new URL('../src/i18n/locales/', import.meta.url);

/** Every shipped language code, from the pack files. */
export const packCodes = () =>
  readdirSync(PACK_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -5))
    .sort();

/** The module text of one pack: one statement, no imports, nothing else. */
export function packModule(code) {
  const words = JSON.parse(readFileSync(new URL(`${code}.json`, PACK_DIR), 'utf8'));
  return `(globalThis[Symbol.for("reelkit.translations")]??={})[${JSON.stringify(code)}]=${JSON.stringify(words)};\n`;
}

const PACK_PATH = /^\/src\/i18n\/locales\/([\w-]+)\.js$/;

/** Koa middleware (web-test-runner, @web/dev-server): serves /src/i18n/locales/<code>.js. */
export async function servePacks(ctx, next) {
  const code = PACK_PATH.exec(ctx.path)?.[1];
  if (code && packCodes().includes(code)) {
    ctx.type = 'js';
    ctx.body = packModule(code);
  } else await next();
}

/** Connect middleware (Vite, Storybook dev): the same. */
export function servePacksConnect(req, res, next) {
  const code = PACK_PATH.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1];
  if (!code || !packCodes().includes(code)) return next();
  res.setHeader('Content-Type', 'text/javascript');
  res.end(packModule(code));
}
