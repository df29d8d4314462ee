// Serves /ssr/<case>.html: a page whose reelkit elements were rendered on the server by
// the built dist/ssr.js (exactly what a publisher's Node server would send), followed by
// an inline script that records, BEFORE any module runs, each element's first shadow
// node and box and every console message, then the one-file hydrating bundle.
// test/ssr/hydration.test.ts opens these pages in an iframe.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { atomicBlondeArticle, SSR_CASES } from './cases.mjs';

let ssr;
const load = () => (ssr ??= import(pathToFileURL(resolve('dist/ssr.js')).href));

const RECORDER = `<script>
  window.__ssr = { messages: [], shifts: [], pwned: [] };
  window.__pwned = (...args) => window.__ssr.pwned.push(args.join(' '));
  for (const dialog of ['alert', 'confirm', 'prompt', 'print']) window[dialog] = (...args) => window.__ssr.pwned.push(dialog + ' ' + args.join(' '));
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = (...args) => { window.__ssr.messages.push(level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
  }
  window.addEventListener('error', (e) => window.__ssr.messages.push('uncaught: ' + e.message));
  const hosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot);
  window.__ssr.before = hosts.map((el) => ({ el, first: el.shadowRoot && el.shadowRoot.querySelector('[part], slot'), box: JSON.stringify(el.getBoundingClientRect()) }));
  if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__ssr.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
  }
</script>`;

/** Runs `fn` with console.warn/error muted: the security tests' hostile input warns by design. */
function quietly(fn) {
  const { warn, error } = console;
  console.warn = console.error = () => {};
  try {
    return fn();
  } finally {
    Object.assign(console, { warn, error });
  }
}

/**
 * The page for one case: the server's HTML, the recorder, then the hydrating bundle.
 * `render` (the security tests' own input): `[{tag, data}]` rendered one after another,
 * or `{page}`, a whole hostile page rendered as `reelkit render page.html` does.
 */
export async function ssrPage(name, render) {
  const { renderElement, renderArticle, renderPage } = await load();
  const make =
    name === 'render' && Array.isArray(render)
      ? () => quietly(() => render.map(({ tag, data }) => renderElement(tag, { data })).join('\n'))
      : name === 'render-page' && typeof render?.page === 'string'
        ? () => quietly(() => renderPage(render.page).html)
        : SSR_CASES[name];
  if (!make) return undefined;
  const body = make({ renderElement, renderArticle, renderPage, article: atomicBlondeArticle });
  // A whole page (renderPage): the recorder goes at the end of its body, before its module runs.
  if (body.startsWith('<!doctype')) return body.replace('</body>', `${RECORDER}</body>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>reelkit SSR: ${name}</title>
<link rel="stylesheet" href="/dist/reelkit.css"></head>
<body style="margin:0;width:640px">
${body}
${RECORDER}
<script type="module" src="/dist/reelkit-hydrate.js"></script>
</body></html>`;
}

/** Inputs the security tests POSTed to /ssr/render, by id (a test page's URL holds only the id). */
const posted = new Map();

/** Koa middleware for web-test-runner. */
export async function ssrPages(ctx, next) {
  if (ctx.path === '/ssr/render' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const id = String(posted.size + 1);
    posted.set(id, JSON.parse(Buffer.concat(chunks).toString('utf8')));
    ctx.body = { id };
    return;
  }
  const name = /^\/ssr\/([\w-]+)\.html$/.exec(ctx.path)?.[1];
  const page = name && (await ssrPage(name, posted.get(String(ctx.query.id))));
  if (!page) return next();
  ctx.type = 'html';
  ctx.body = page;
}
