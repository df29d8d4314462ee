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

/** The minimal workloads' content (issue 19): a name, a poster and one line; a date. */
export const MINIMAL = {
  name: film.name,
  poster: '/demo/img/atomic-blonde-poster.svg',
  line: "David Leitch's Cold War spy thriller, starring Charlize Theron.",
};
const img = (slot) =>
  `<img${slot ? ` slot="${slot}"` : ''} src="${MINIMAL.poster}" width="200" height="300" alt="Poster: ${attr(MINIMAL.name)}">`;
const cardAttrs = () => `name="${attr(MINIMAL.name)}" poster="${MINIMAL.poster}" synopsis="${attr(MINIMAL.line)}"`;
const lightCard = (slot) => `${img(slot)}<h3>${esc(MINIMAL.name)}</h3><p>${esc(MINIMAL.line)}</p>`;

/**
 * Each workload: the reelkit tag, the hand-written baseline's tag and file, and for the
 * minimal ones (issue 19) the markup each variant needs and the peer libraries measured
 * beside them. A peer's `entry` is bundled by run.mjs with esbuild from bench/peers
 * (installed on demand, never part of the root install); `css` is the theme stylesheet
 * the library needs in the head; `shadowOnly`: the element renders only light-DOM slots,
 * so "rendered" means "has a shadow root with content" rather than shadow text.
 */
export const KINDS = {
  film: { reelkit: 'film-card', vanilla: 'vanilla-film-card', baseline: 'film-card.js' },
  related: { reelkit: 'related-links', vanilla: 'vanilla-related', baseline: 'related-links.js' },
  countdown: { reelkit: 'release-countdown', vanilla: 'vanilla-countdown', baseline: 'countdown.js' },
  offers: { reelkit: 'where-to-watch', vanilla: 'vanilla-watch', baseline: 'where-to-watch.js' },
  card: {
    reelkit: 'film-card',
    vanilla: 'vanilla-minimal-card',
    baseline: 'minimal-card.js',
    markup: { reelkit: cardAttrs, vanilla: cardAttrs },
    peers: {
      lit: {
        label: 'Lit 3 minimal card (bench/peers/lit-minimal-card.js)',
        tag: 'lit-minimal-card',
        entry: './lit-minimal-card.js',
        markup: cardAttrs,
      },
      shoelace: {
        label: 'Shoelace 2.20 `<sl-card>`',
        tag: 'sl-card',
        entry: '@shoelace-style/shoelace/dist/components/card/card.js',
        css: '@shoelace-style/shoelace/dist/themes/light.css',
        content: () => lightCard('image'),
        shadowOnly: true,
      },
      webawesome: {
        label: 'Web Awesome 3.14 `<wa-card>`',
        tag: 'wa-card',
        entry: '@awesome.me/webawesome/dist/components/card/card.js',
        css: '@awesome.me/webawesome/dist/styles/webawesome.css',
        content: () => lightCard('media'),
        shadowOnly: true,
      },
    },
  },
  timer: {
    reelkit: 'release-countdown',
    vanilla: 'vanilla-minimal-timer',
    baseline: 'minimal-timer.js',
    markup: { reelkit: (r) => `date="${r.date}" precision="second"`, vanilla: (r) => `date="${r.date}"` },
    peers: {
      'relative-time': {
        label: '@github/relative-time-element 5.3 `<relative-time format="duration" precision="second">`',
        tag: 'relative-time',
        entry: '@github/relative-time-element/relative-time/define',
        markup: (r) => `datetime="${r.date}" format="duration" precision="second"`,
      },
      shoelace: {
        label: 'Shoelace 2.20 `<sl-relative-time sync>` (shows "in 30 days": it re-renders per minute, not per second)',
        tag: 'sl-relative-time',
        entry: '@shoelace-style/shoelace/dist/components/relative-time/relative-time.js',
        css: '@shoelace-style/shoelace/dist/themes/light.css',
        markup: (r) => `date="${r.date}" sync`,
      },
    },
  },
};

/** The variant's tag: reelkit, vanilla or a peer's. */
export const tagOf = (kind, variant) => KINDS[kind][variant] ?? KINDS[kind].peers?.[variant]?.tag;

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
  card: 'display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem',
  timer: 'display:grid;grid-template-columns:repeat(6,1fr);gap:4px',
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
  const tag = tagOf(kind, variant);
  const peer = k.peers?.[variant];
  const extra = variant === 'reelkit' && REELKIT_ATTRS[kind] ? ` ${REELKIT_ATTRS[kind]}` : '';
  let items;
  if (k.peers) {
    const markup = peer ? peer.markup : k.markup[variant];
    const one = `<${tag}${markup ? ` ${markup(release(now))}` : ''}>${peer?.content?.() ?? ''}</${tag}>`;
    items = Array.from({ length: n }, () => one).join('\n');
  } else if (kind === 'related') {
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
  const script = peer
    ? `/gen/peer/${kind}-${variant}.js`
    : variant === 'reelkit'
      ? bundle
      : `/bench/baselines/${k.baseline}`;
  let head = variant === 'reelkit' ? '<link rel="stylesheet" href="/dist/reelkit.css">' : '';
  if (peer?.css) head = `<link rel="stylesheet" href="/bench/peers/node_modules/${peer.css}">`;
  return page({
    title: `${variant} ${kind} x${n}`,
    head,
    body: `<main id="grid" style="${LAYOUT[kind]}">
${items}
</main>
${spacer ? `<div style="height:${spacer}px"></div>` : ''}
<script type="module" src="${script}"></script>
<script type="module">bench.rendered(${JSON.stringify(tag)}${peer?.shadowOnly ? ', true' : ''});</script>`,
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
