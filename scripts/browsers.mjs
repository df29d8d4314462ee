// Finds a locally installed browser. No tool in this project downloads one: the
// machines it runs on (and many CI boxes) have no route to browser download hosts.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

const CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

function playwrightChromium() {
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium-'))
    .sort()
    .reverse()) {
    for (const sub of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
      const p = join(cache, dir, sub);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

export function findChrome() {
  const found = process.env.CHROME_PATH || CHROME_PATHS.find((p) => existsSync(p)) || playwrightChromium();
  if (!found) {
    console.error(
      'reelkit: no Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
    process.exit(1);
  }
  return found;
}

export function findFirefox() {
  const found = process.env.FIREFOX_PATH || FIREFOX_PATHS.find((p) => existsSync(p));
  if (!found) {
    console.error(
      'reelkit: no Firefox found. Install one (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
    );
    process.exit(1);
  }
  return found;
}

export const CHROME_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
