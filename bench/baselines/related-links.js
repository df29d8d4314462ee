// <vanilla-related data='[{headline,url,articleSection,datePublished}…]'>: the list
// layout of <related-links> (heading, then per story: section kicker, headline link,
// relative date with the long date as tooltip), rendered once in connectedCallback.
/* global location */
import { base, h, readData, safeUrl, sheet } from './dom.js';

const styles = sheet(`
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--reelkit-space, 1rem); }
li { display: flex; gap: var(--reelkit-space, 1rem); }
.h { font: 700 1.25rem/1.2 var(--reelkit-heading-font, inherit); margin-block-end: var(--reelkit-space, 1rem); }
.k { font-size: 0.75rem; text-transform: uppercase; color: var(--reelkit-accent, light-dark(#a3211a, #ff8f85)); }
a { color: inherit; font-weight: 600; text-decoration: none; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
a:hover { text-decoration: underline; }
.m { font-size: 0.8125rem; color: var(--reelkit-color-muted, light-dark(#55555f, #b0b0ba)); }
`);

const rel = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const long = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const DAY = 86_400_000;

function relative(iso, now) {
  const [y, m, d] = iso.split('-').map(Number);
  const today = new Date(now);
  const days = Math.round(
    (Date.UTC(y, m - 1, d) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / DAY,
  );
  const abs = Math.abs(days);
  if (abs >= 365) return rel.format(Math.round(days / 365), 'year');
  if (abs >= 30) return rel.format(Math.round(days / 30), 'month');
  if (abs >= 7) return rel.format(Math.round(days / 7), 'week');
  return rel.format(days, 'day');
}

export class VanillaRelated extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const items = readData(this);
    if (!Array.isArray(items)) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [base, styles];
    const now = Date.now();
    const here = location.origin;
    const list = h('ul', null);
    for (const item of items) {
      const href = safeUrl(item.url);
      if (!href || typeof item.headline !== 'string') continue;
      const date = /^\d{4}-\d\d-\d\d$/.test(item.datePublished ?? '') ? item.datePublished : undefined;
      const [y, m, d] = date ? date.split('-').map(Number) : [];
      list.append(
        h(
          'li',
          null,
          h(
            'div',
            null,
            item.articleSection && h('div', { class: 'k' }, item.articleSection),
            h('a', { href, rel: new URL(href, here).origin !== here ? 'noopener' : null }, item.headline),
            date &&
              h(
                'div',
                { class: 'm' },
                h('time', { datetime: date, title: long.format(new Date(y, m - 1, d)) }, relative(date, now)),
              ),
          ),
        ),
      );
    }
    root.append(
      h(
        'nav',
        { 'aria-labelledby': 'h' },
        h('div', { class: 'h', id: 'h', role: 'heading', 'aria-level': '2' }, 'Related stories'),
        list,
      ),
    );
  }
}
customElements.define('vanilla-related', VanillaRelated);
