// <vanilla-film-card data='{…film…}'>: the same fields <film-card> shows for the
// Atomic Blonde fixture (poster, title + year, rating badge, runtime, genres, director,
// cast, writer, based-on, score, synopsis, links), rendered once in connectedCallback.
import { base, h, readData, safeUrl, sheet } from './dom.js';

const styles = sheet(`
:host { container-type: inline-size; }
article { display: grid; grid-template-rows: auto 1fr; background: var(--reelkit-color-surface, light-dark(#fff, #1c1c21));
  border: 1px solid var(--reelkit-color-border, light-dark(#d9d9de, #3d3d46)); border-radius: var(--reelkit-radius, 8px); overflow: hidden; }
.poster { aspect-ratio: 2 / 3; background: var(--reelkit-color-subtle, light-dark(#f3f3f5, #2a2a31)); }
.poster img { display: block; width: 100%; height: 100%; object-fit: cover; }
.body { display: flex; flex-direction: column; gap: calc(var(--reelkit-space, 1rem) / 2); padding: var(--reelkit-space, 1rem); height: 17rem; overflow: hidden; }
.t { margin: 0; font: 700 1.25rem/1.2 var(--reelkit-heading-font, inherit); }
.y { font-weight: 400; color: var(--reelkit-color-muted, light-dark(#55555f, #b0b0ba)); }
.meta, .score, .links, dl, .syn { margin: 0; font-size: 0.875rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.5em; color: var(--reelkit-color-muted, light-dark(#55555f, #b0b0ba)); }
.badge { border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3em; }
.sv { font-weight: 700; color: var(--reelkit-accent, light-dark(#a3211a, #ff8f85)); }
dl div { display: flex; gap: 0.4em; } dt { color: var(--reelkit-color-muted, light-dark(#55555f, #b0b0ba)); } dd { margin: 0; }
.syn { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
.links { display: flex; flex-wrap: wrap; gap: 0.5em; }
.btn { color: inherit; border: 1px solid var(--reelkit-color-border, light-dark(#d9d9de, #3d3d46)); border-radius: var(--reelkit-radius, 8px); padding: 0.25em 0.75em; text-decoration: none; }
@container (min-width: 30rem) { article { grid-template-columns: 10rem 1fr; grid-template-rows: none; } }
`);

const conj = new Intl.ListFormat(undefined, { type: 'conjunction' });
const unitList = new Intl.ListFormat(undefined, { type: 'unit', style: 'short' });
const num = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const dur = Intl.DurationFormat ? new Intl.DurationFormat(undefined, { style: 'short' }) : undefined;
const LINK_WORDS = {
  info: 'More info',
  official: 'Official site',
  tickets: 'Tickets',
  watch: 'Watch',
  trailer: 'Trailer',
};

function minutes(iso) {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(iso ?? '');
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : undefined;
}
const names = (list, limit = 99) => {
  if (!Array.isArray(list) || !list.length) return undefined;
  const out = list.slice(0, limit).map((p) => (typeof p === 'string' ? p : p.name));
  if (list.length > limit) out.push(`${list.length - limit} more`);
  return conj.format(out);
};
const credit = (label, value) => value && h('div', null, h('dt', null, label), h('dd', null, ...[value].flat()));

export class VanillaFilmCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const f = readData(this);
    if (!f || typeof f.name !== 'string') return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [base, styles];
    const mins = minutes(f.duration);
    const cr = f.contentRating;
    const r = f.aggregateRating;
    const w = f.isBasedOn;
    const poster = f.image && safeUrl(f.image.url);
    root.append(
      h(
        'article',
        { 'aria-labelledby': 't' },
        h(
          'div',
          { class: 'poster' },
          poster &&
            h('img', {
              src: poster,
              alt: f.image.alt ?? `Poster for ${f.name}`,
              width: f.image.width ?? 400,
              height: f.image.height ?? 600,
              loading: 'lazy',
              decoding: 'async',
            }),
        ),
        h(
          'div',
          { class: 'body' },
          h(
            'div',
            { class: 't', role: 'heading', 'aria-level': '3', id: 't' },
            h('span', { dir: 'auto' }, f.name),
            f.year ? ' ' : null,
            f.year ? h('span', { class: 'y' }, `(${f.year})`) : null,
          ),
          h(
            'p',
            { class: 'meta' },
            cr &&
              h(
                'span',
                { class: 'badge' },
                h('span', { class: 'vh' }, 'Rated '),
                cr.value,
                cr.region && h('span', { class: 'vh' }, ` (${cr.region})`),
              ),
            mins &&
              h(
                'time',
                { datetime: `PT${mins}M` },
                dur ? dur.format({ hours: Math.floor(mins / 60), minutes: mins % 60 }) : `${mins} min`,
              ),
            Array.isArray(f.genre) && h('span', null, unitList.format(f.genre)),
          ),
          r &&
            h(
              'p',
              {
                class: 'score',
                role: 'img',
                'aria-label': `Rated ${num.format(r.ratingValue)} out of ${num.format(r.bestRating)}${r.source ? ` by ${r.source}` : ''}`,
              },
              h('span', { class: 'sv' }, `${num.format(r.ratingValue)}/${num.format(r.bestRating)}`),
              r.source && h('span', null, ` ${r.source}`),
            ),
          h(
            'dl',
            null,
            credit('Directed by', names(f.director)),
            credit('Starring', names(f.actor, 3)),
            credit('Written by', names(f.author)),
            w &&
              credit('Based on', [
                h('cite', null, w.name),
                w.genre ? ` (${w.genre})` : '',
                w.author ? ` by ${w.author}` : '',
              ]),
          ),
          f.description && h('p', { class: 'syn', dir: 'auto' }, f.description),
          Array.isArray(f.links) &&
            h(
              'p',
              { class: 'links' },
              ...f.links.map((l) => {
                const href = safeUrl(l.url);
                return (
                  href &&
                  h(
                    'a',
                    { class: 'btn', href, rel: l.sponsored ? 'sponsored' : null },
                    l.label ?? LINK_WORDS[l.kind] ?? 'Link',
                    l.sponsored ? ' ' : null,
                    l.sponsored ? h('small', null, 'Sponsored') : null,
                  )
                );
              }),
            ),
        ),
      ),
    );
  }
}
customElements.define('vanilla-film-card', VanillaFilmCard);
