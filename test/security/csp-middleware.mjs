import { readFileSync } from 'node:fs';
import { cspFor } from './csp-policy.mjs';

// Serves test/security/pages/*.html with the Content-Security-Policy a publisher would
// send, so the CSP tests run reelkit exactly as such a page would.
//   ?csp=off      no policy (loading-order pages)
//   ?players      + what <video-embed> needs to show a YouTube/Vimeo poster and player
//   ?tt=none      trusted-types 'none' (proves the policy-name list is minimal)
//   ?tt=dup       trusted-types lit-html reelkit#jsonld 'allow-duplicates' (two copies of the bundle)
//   ?tt=lit       trusted-types lit-html only (no policy for <review-score emit-jsonld>)
//   ?nodata       img-src without data: (reelkit itself never needs data: images)
//   ?lang=sv      the page's language
const BUNDLE = '<script type="module" src="/dist/reelkit.js"></script>';
// The autoloader (test/autoload.test.ts): it imports dist/chunks/<tag>.js as tags appear.
const AUTOLOAD = '<script type="module" src="/dist/autoload.js"></script>';
const COUNTDOWN = `<release-countdown id="countdown" data='{"kind":"blu-ray","date":"2017-11-14","region":"US"}'
      >Blu-ray: November 14, 2017</release-countdown
    >`;
const ESCAPED = `<!-- A CMS that escapes "<" in JSON as \\u003c: a </script> in the text cannot end the script. -->
    <pull-quote id="escaped"
      ><script type="application/json">
        { "text": "\\u003c/script\\u003e\\u003cimg src=x onerror=__pwned(1)\\u003e The long take" }
      </script>
      The long take</pull-quote
    >`;

/**
 * Every page is pages/page.html with its markers filled: where the bundle loads, and how
 * often; `body` replaces the page's elements (the autoload pages that need one tag or none).
 */
const PAGES = {
  csp: { title: 'reelkit under a strict Content-Security-Policy', head: [BUNDLE], escaped: true },
  'csp-twice': {
    title: 'reelkit loaded twice under a strict Content-Security-Policy',
    head: [BUNDLE, BUNDLE.replace('.js', '.js?copy=2')],
  },
  'load-head': { title: 'reelkit: script in the head, before the markup', head: [BUNDLE], escaped: true },
  'load-end': { title: 'reelkit: script at the end, after the markup', end: [BUNDLE], escaped: true },
  'load-twice': { title: 'reelkit: the same bundle loaded twice', head: [BUNDLE, BUNDLE.replace('.js', '.js?copy=2')] },
  'load-two-builds': {
    title: 'reelkit: <film-data> from one build, the widgets from another',
    head: ['<script type="module" src="/test/security/pages/provider-from-sources.ts"></script>', BUNDLE],
  },
  autoload: { title: 'reelkit autoload under a strict Content-Security-Policy', head: [AUTOLOAD], escaped: true },
  'autoload-countdown': { title: 'reelkit autoload: one <release-countdown>', head: [AUTOLOAD], body: COUNTDOWN },
  'autoload-empty': { title: 'reelkit autoload: no reelkit tag yet', head: [AUTOLOAD], body: '' },
  'autoload-missing-chunk': {
    title: 'reelkit autoload: a copy of autoload.js whose chunks are missing',
    head: [AUTOLOAD.replace('/dist/', '/test/security/pages/moved/')],
    body: '<pull-quote id="quote" text="The long take">The long take</pull-quote>',
  },
  'autoload-then-bundle': { title: 'reelkit: autoload.js, then reelkit.js', head: [AUTOLOAD, BUNDLE] },
  'bundle-then-autoload': { title: 'reelkit: reelkit.js, then autoload.js', head: [BUNDLE, AUTOLOAD] },
};

const template = readFileSync(new URL('./pages/page.html', import.meta.url), 'utf8');

export function pageFor(name) {
  const page = PAGES[name];
  if (!page) return undefined;
  const html =
    page.body === undefined
      ? template
      : template.replace(/(<body>)[\s\S]*(<!-- END -->)/, `$1\n    ${page.body}\n    $2`);
  return html
    .replace('<!-- TITLE -->', page.title)
    .replace('<!-- HEAD -->', (page.head ?? []).join('\n    '))
    .replace('<!-- ESCAPED -->', page.escaped ? ESCAPED : '')
    .replace('<!-- END -->', (page.end ?? []).join('\n    '));
}

/** Koa middleware for @web/dev-server (web-test-runner's `middleware`). */
export async function securityPages(ctx, next) {
  const name = /^\/test\/security\/pages\/([\w-]+)\.html$/.exec(ctx.path)?.[1];
  const html = name && pageFor(name);
  if (ctx.path === '/test/security/pages/moved/autoload.js') {
    // autoload.js copied without dist/chunks/ beside it: every chunk it asks for is a 404.
    ctx.type = 'js';
    ctx.body = readFileSync('dist/autoload.js', 'utf8');
  } else if (html) {
    ctx.type = 'html';
    // ?lang=sv: the page's language (reelkit then loads /dist/locales/sv.js).
    const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.exec(String(ctx.query.lang ?? ''))?.[0];
    ctx.body = lang ? html.replace('<html lang="en">', `<html lang="${lang}">`) : html;
  } else {
    await next();
  }
  if (ctx.path.startsWith('/test/security/pages/') && ctx.path.endsWith('.html') && ctx.query.csp !== 'off') {
    ctx.set('Content-Security-Policy', cspFor(ctx.query));
  }
}
