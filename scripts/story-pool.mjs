// What the two Storybook runners (test-stories.mjs, test-visual.mjs) share: reading a
// --flag, Storybook's verdict on a story, and a small pool of browser pages that works
// through a job list.

/** The value after `--name` on the command line, else `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

/** Closes a page's browser context; a page already gone is not an error. */
export const closePage = (page) =>
  page
    .browserContext()
    .close()
    .catch(() => {});

/**
 * Runs `run(page, job)` over every job with `concurrency` pages at once. `run` returns
 * false when the page may be left in a bad state (a timeout, a crash): it is replaced
 * by a fresh one, so one broken story does not poison the next.
 */
export async function runPool(jobs, concurrency, newPage, run) {
  let next = 0;
  const worker = async () => {
    let page = await newPage();
    while (next < jobs.length) {
      const ok = await run(page, jobs[next++]);
      if (!ok) {
        await closePage(page);
        page = await newPage();
      }
    }
    await closePage(page);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
}

/**
 * In the page (passed to page.waitForFunction, so it must stand alone): false until the
 * story rendered; then {error} when Storybook showed an error, else the story's
 * {parameters} that the runners read.
 */
export function storyState() {
  const body = document.body;
  if (body?.classList.contains('sb-show-errordisplay')) {
    const text = (sel) => document.querySelector(sel)?.textContent?.trim() ?? '';
    return { error: `${text('#error-message')} ${text('#error-stack')}`.trim().slice(0, 400) || 'story errored' };
  }
  if (body?.classList.contains('sb-show-nopreview')) return { error: 'no preview (story missing)' };
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  const done = render && ['completed', 'finished', 'played'].includes(render.phase);
  return done && document.querySelector('#storybook-root')?.childElementCount
    ? { parameters: { expectConsoleErrors: render.story?.parameters?.expectConsoleErrors === true } }
    : false;
}

/**
 * Offline and deterministic: requests to `origin` (and data: URLs) go through, every
 * third-party request (video thumbnails, fonts) gets an empty 204 instead of waiting on
 * a network this machine does not have.
 */
export async function onlyOwnOrigin(page, origin) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    if (req.url().startsWith(origin) || req.url().startsWith('data:')) void req.continue();
    else void req.respond({ status: 204, body: '' });
  });
}
