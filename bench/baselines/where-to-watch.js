// <vanilla-watch data='[{provider,type,url,price,currency}…]'>: the list layout of
// <where-to-watch> (heading, then per type a heading and its offers cheapest first, each
// a link named "Rent on X for $3.99" with the price from Intl), rendered once in
// connectedCallback.
import { base, h, readData, safeUrl, sheet } from './dom.js';

const styles = sheet(`
section { display: grid; gap: 0.75rem; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.h { font: 700 1.25rem/1.2 var(--reelkit-heading-font, inherit); }
.g { font-size: 0.8125rem; font-weight: 700; text-transform: uppercase; }
a { display: flex; gap: 0.5rem; min-height: 2.75rem; align-items: center; padding: 0.375rem 0.75rem; color: inherit; text-decoration: none; border: 1px solid; border-radius: 8px; }
.p { font-weight: 700; }
`);

const GROUPS = { stream: 'Stream', rent: 'Rent', buy: 'Buy', free: 'Free', cinema: 'In cinemas' };
const money = new Map();
const price = (n, currency) => {
  if (!money.has(currency)) money.set(currency, new Intl.NumberFormat(undefined, { style: 'currency', currency }));
  return money.get(currency).format(n);
};

export class VanillaWatch extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const offers = readData(this);
    if (!Array.isArray(offers)) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [base, styles];
    const section = h(
      'section',
      { 'aria-labelledby': 'h' },
      h('div', { class: 'h', id: 'h', role: 'heading', 'aria-level': '2' }, 'Where to watch'),
    );
    for (const [type, label] of Object.entries(GROUPS)) {
      const mine = offers
        .filter((o) => o.type === type && safeUrl(o.url) && typeof o.provider === 'string')
        .sort((a, b) => (a.price ?? Infinity) - (b.price ?? Infinity) || 0);
      if (!mine.length) continue;
      const list = h('ul', { 'aria-labelledby': `g-${type}` });
      for (const o of mine) {
        const shown = typeof o.price === 'number' && o.currency ? price(o.price, o.currency) : undefined;
        const name = shown ? `${label} on ${o.provider} for ${shown}` : `${label} on ${o.provider}`;
        list.append(
          h(
            'li',
            null,
            h('a', { href: o.url, 'aria-label': name }, o.provider, shown && h('span', { class: 'p' }, shown)),
          ),
        );
      }
      section.append(h('div', { class: 'g', id: `g-${type}`, role: 'heading', 'aria-level': '3' }, label), list);
    }
    root.append(section);
  }
}
customElements.define('vanilla-watch', VanillaWatch);
