// The bench pages, generated as the markup a publisher's CMS would write: elements
// with their data in a `data` attribute and a light-DOM fallback, then the script.
import { readFileSync } from 'node:fs';
import { film, quote, relatedItems, release, video } from './data.mjs';
import { offerItems, watchMarkup } from './offers.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s) => esc(s).replace(/"/g, '&quot;');
const json = (v) => attr(JSON.stringify(v));
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

/** Extra attributes a reelkit element needs for the bench content (the countdown's precision). */
export const REELKIT_ATTRS = { countdown: 'precision="second"' };

export const KINDS = {
  film: { reelkit: 'film-card', vanilla: 'vanilla-film-card', baseline: 'film-card.js' },
  related: { reelkit: 'related-links', vanilla: 'vanilla-related', baseline: 'related-links.js' },
  countdown: { reelkit: 'release-countdown', vanilla: 'vanilla-countdown', baseline: 'countdown.js' },
  offers: { reelkit: 'where-to-watch', vanilla: 'vanilla-watch', baseline: 'where-to-watch.js' },
};

const FALLBACK = {
  film: () => `<a href="https://example.com/films/atomic-blonde">${esc(film.name)}</a> (${film.year})`,
  related: () => `<a href="https://example.com/news/">Related stories</a>`,
  countdown: (r) => `${esc(r.label)}: ${esc(r.date.slice(0, 10))}`,
  offers: () => `<a href="https://shop.example.com/atomic-blonde">Where to watch</a>`,
};

const LAYOUT = {
  film: 'display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem',
  related: 'max-width:48rem',
  countdown: 'display:grid;grid-template-columns:repeat(6,1fr);gap:4px',
  offers: 'max-width:40rem',
};

function page({ head = '', body, probe = '', title }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{margin:0;padding:1rem;font:16px/1.5 system-ui,sans-serif}</style>
${head}
<script src="/bench/page/probe.js"${probe}></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * `n` elements of `kind` ("film", "related" = one list of n stories, "countdown") for
 * `variant` ("reelkit" | "vanilla"). The script comes after the markup, as a CMS
 * embed does; the inline module after it marks when every element has rendered.
 * `spacer` adds that many px of page below the elements (to scroll them off screen);
 * `dev` loads an unminified build (for --profile).
 */
export function renderPage({ kind, n, variant, spacer = 0, dev, now = Date.now() }) {
  const k = KINDS[kind];
  const tag = k[variant];
  const extra = variant === 'reelkit' && REELKIT_ATTRS[kind] ? ` ${REELKIT_ATTRS[kind]}` : '';
  let items;
  if (kind === 'related') {
    items = n ? `<${tag} data="${json(relatedItems(n, now))}"${extra}>${FALLBACK.related()}</${tag}>` : '';
  } else if (kind === 'offers') {
    items = n ? `<${tag} data="${json(offerItems(n))}"${extra}>${FALLBACK.offers()}</${tag}>` : '';
  } else {
    const r = release(now);
    const data = kind === 'film' ? film : r;
    const one = `<${tag} data="${json(data)}"${extra}>${FALLBACK[kind](r)}</${tag}>`;
    items = Array.from({ length: n }, () => one).join('\n');
  }
  const bundle = dev ? '/gen/reelkit.dev.js' : '/dist/reelkit.js';
  const script = variant === 'reelkit' ? bundle : `/bench/baselines/${k.baseline}`;
  return page({
    title: `${variant} ${kind} x${n}`,
    head: variant === 'reelkit' ? '<link rel="stylesheet" href="/dist/reelkit.css">' : '',
    body: `<main id="grid" style="${LAYOUT[kind]}">
${items}
</main>
${spacer ? `<div style="height:${spacer}px"></div>` : ''}
<script type="module" src="${script}"></script>
<script type="module">bench.rendered(${JSON.stringify(tag)});</script>`,
  });
}

/** Content for one element of each reelkit tag, as set on the `data` property. */
export const LEAK_DATA = {
  'film-card': film,
  'release-countdown': release(),
  'related-links': relatedItems(6),
  'video-embed': video,
  'pull-quote': quote,
  'where-to-watch': offerItems(6),
};

/** A page to connect and disconnect elements on, with timers counted from the start. */
export function leakPage() {
  return page({
    title: 'reelkit leaks',
    probe: ' data-timers',
    body: `<div id="host"></div>
<script type="module" src="/dist/reelkit.js"></script>
<script type="module">bench.rendered('none');</script>`,
  });
}

const PROSE = `<p>Atomic Blonde's stairwell sequence runs nearly ten minutes and looks like a single
take. Director David Leitch and his team planned it for months, stitching several takes
together so that Charlize Theron's fight never seems to cut.</p>`;

/** The verdict box's data (a sample review, as on the demo page). */
const REVIEW = {
  ratingValue: 3.5,
  headline: 'Stylish, brutal and ice-cold',
  reviewBody: 'Theron carries a spy thriller that is all surface, and what a surface.',
  pros: ['The single-take stairwell fight', 'A soundtrack of 1980s hits'],
  cons: ['A double-cross plot too knotted for its own good'],
  author: 'Sample Critic',
  publisher: 'Reelkit Weekly',
  datePublished: '2017-07-27',
};

/** What the CMS writes inside each element (fallback as on the demo page, plus its data). */
function clsElement(tag, now) {
  const r = release(now);
  const day = r.date.slice(0, 10);
  switch (tag) {
    case 'film-card':
      return `<film-card><p><strong>${FALLBACK.film()}</strong><br>David Leitch's Cold War spy thriller, starring Charlize Theron.</p><script type="application/json">${scriptJson(film)}</script></film-card>`;
    case 'release-countdown':
      return `<release-countdown data="${json(r)}" ${REELKIT_ATTRS.countdown}><p>${esc(r.label)}: <time datetime="${day}">${day}</time></p></release-countdown>`;
    case 'related-links':
      return `<related-links><h2>Related stories</h2><ul>${relatedItems(6, now)
        .map(
          (i) =>
            `<li><a href="${attr(i.url)}">${esc(i.headline)}</a> <time datetime="${i.datePublished}">${i.datePublished}</time></li>`,
        )
        .join('')}</ul></related-links>`;
    case 'video-embed':
      return `<video-embed data="${json(video)}"><a href="https://www.youtube.com/watch?v=${video.id}">Watch the featurette: ${esc(video.name)} (2:41)</a></video-embed>`;
    case 'pull-quote':
      return `<pull-quote data="${json(quote)}"><blockquote><p>${esc(quote.text)}</p><footer>— <cite>${esc(quote.speaker)}</cite>, director</footer></blockquote></pull-quote>`;
    case 'review-score':
      return `<review-score data="${json(REVIEW)}"><p><strong>Our verdict: 3.5/5</strong> — ${esc(REVIEW.headline)}</p></review-score>`;
    case 'where-to-watch':
      return watchMarkup(scriptJson);
    default:
      throw new Error(`no CLS markup for ${tag}`);
  }
}

export const CLS_TAGS = [
  'film-card',
  'release-countdown',
  'related-links',
  'video-embed',
  'pull-quote',
  'review-score',
  'where-to-watch',
];

/** Injects the bundle after the first paint, then runs `then` (a JS expression). */
const lateScript = (then) => `<script>
requestAnimationFrame(() => setTimeout(() => {
  const s = document.createElement('script');
  s.type = 'module';
  s.src = '/dist/reelkit.js';
  s.onload = () => ${then};
  document.head.append(s);
}, 100));
</script>`;

const whenRendered = (tags) =>
  `Promise.all(${JSON.stringify(tags)}.map((t) => customElements.whenDefined(t))).then(() => bench.rendered(${JSON.stringify(tags.join(','))}))`;

/**
 * An article with one element in the first screen, /dist/reelkit.css in the head (as
 * the demo does) and the script injected only after the fallback has been painted:
 * the worst case for layout shift.
 */
export function clsPage(tag, now = Date.now()) {
  return page({
    title: `CLS ${tag}`,
    probe: ' data-cls',
    head: '<link rel="stylesheet" href="/dist/reelkit.css">',
    body: `<main style="max-width:40rem;margin:auto">
<h1>The stairwell fight in Atomic Blonde</h1>
${PROSE}
${clsElement(tag, now)}
${PROSE}
${PROSE}
</main>
${lateScript(whenRendered([tag]))}`,
  });
}

/**
 * demo/index.html as `npm start` serves it, except that the bundle is injected after
 * the first paint instead of loading from the head; null when there is no demo page.
 */
export function clsDemoPage() {
  let html;
  try {
    html = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
  } catch {
    return null;
  }
  const tag = '<script type="module" src="/dist/reelkit.js"></script>';
  if (!html.includes(tag)) return null;
  return html
    .replace(tag, '<script src="/bench/page/probe.js" data-cls></script>')
    .replace('</body>', `${lateScript(whenRendered(CLS_TAGS))}\n</body>`);
}

/** The reference article (film with its releases, the featurette, the quote, six stories). */
export const ssrArticle = (now = Date.now()) => ({
  film: { ...film, releases: [release(now)] },
  video,
  quote,
  related: relatedItems(6, now),
});

/**
 * The reference article as one page, either server-rendered by reelkit/ssr and hydrated
 * by dist/reelkit-hydrate.js (`hydrate`), or as markup the browser renders with
 * dist/reelkit.js (`client`): the same elements, the same data.
 */
export function ssrPage(variant, renderArticle, now = Date.now()) {
  const article = ssrArticle(now);
  const tags = ['film-card', 'release-countdown', 'video-embed', 'pull-quote', 'related-links'];
  const body =
    variant === 'hydrate'
      ? renderArticle(article, { lang: 'en' })
      : `<film-data data="${json(article)}">${tags.map((t) => `<${t} lang="en"></${t}>`).join('')}</film-data>`;
  const bundle = variant === 'hydrate' ? '/dist/reelkit-hydrate.js' : '/dist/reelkit.js';
  return page({
    title: `reelkit article, ${variant}`,
    head: '<link rel="stylesheet" href="/dist/reelkit.css">',
    body: `<main style="max-width:40rem">${body}</main>
<script type="module" src="${bundle}"></script>
<script type="module">bench.rendered(${JSON.stringify(tags.join(','))});</script>`,
  });
}
