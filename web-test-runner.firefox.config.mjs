// The same suite in Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { findFirefox } from './scripts/browsers.mjs';
import { sharedConfig } from './web-test-runner.config.mjs';

export default {
  ...sharedConfig,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        args: ['--headless'],
      },
    }),
  ],
};
