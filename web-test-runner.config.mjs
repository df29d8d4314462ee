// Runs every test/**/*.test.ts in real headless Chromium (the Debian one, or
// CHROME_PATH). `web-test-runner.firefox.config.mjs` reuses all of this for Firefox.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { CHROME_ARGS, findChrome } from './scripts/browsers.mjs';
import { brotli } from './scripts/compress.mjs';
import { securityPages } from './test/security/csp-middleware.mjs';
import { servePacks } from './scripts/locale-packs.mjs';
import { testPacks } from './test/fixtures/test-packs.mjs';
import { ssrPages } from './test/ssr/ssr-pages.mjs';

/** Server-side commands the tests call through executeServerCommand(). */
export const reelkitCommands = {
  name: 'reelkit-commands',
  async executeCommand({ command, payload, session }) {
    // test/autoload.test.ts: the brotli size of a built file a page fetched (dist/ only).
    if (command === 'brotli-size') {
      const path = new URL(String(payload?.url), 'http://x').pathname;
      if (!/^\/dist\/[\w/.-]+\.js$/.test(path) || path.includes('..')) return undefined;
      return brotli(readFileSync(`.${path}`));
    }
    const page = session.browser.getPage?.(session.id);
    if (!page) return undefined;
    if (command === 'emulate-timezone') {
      try {
        await page.emulateTimezone(payload?.timeZone || undefined);
        return true;
      } catch {
        return false; // Firefox over BiDi has no time-zone override: tests skip those rows.
      }
    }
    if (command === 'set-viewport') {
      await page.setViewport(payload);
      return true;
    }
    return undefined;
  },
};

export const sharedConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), reelkitCommands],
  // Serves test/security/pages/*.html with a strict Content-Security-Policy header, and
  // the language packs beside the sources' loader (/src/i18n/locales/<code>.js), and
  // packs that misbehave (test/fixtures/test-packs.mjs).
  // And /ssr/<case>.html: pages server-rendered by dist/ssr.js (test/ssr/ssr-pages.mjs).
  middleware: [securityPages, servePacks, testPacks, ssrPages],
  filterBrowserLogs: ({ args }) => !String(args?.[0] ?? '').includes('Lit is in dev mode'),
};

export default {
  ...sharedConfig,
  coverageConfig: {
    include: ['src/**/*.ts'],
    // Node-only entries (server rendering, the CLI) are covered by test/node/, not in the browser.
    exclude: ['src/**/*.styles.ts', 'src/ssr/**', 'src/cli.ts', 'src/bin.ts'],
    threshold: { statements: 85, branches: 75, functions: 80, lines: 85 },
    reportDir: 'coverage',
  },
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: findChrome(), args: CHROME_ARGS },
    }),
  ],
};
