// <where-to-watch> bench content: `n` offers across every type (stream, rent, buy, free,
// cinema) with prices in USD, and the CMS markup of the demo's box for the CLS page.
const TYPES = ['stream', 'rent', 'buy', 'free', 'cinema'];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `n` sample offers, every type, prices varied so the sort has work to do. */
export function offerItems(n) {
  return Array.from({ length: n }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    const priced = type === 'rent' || type === 'buy';
    return {
      provider: `Sample Shop ${i + 1}`,
      type,
      url: `https://shop${i + 1}.example.com/atomic-blonde`,
      ...(priced ? { price: Number((((i * 37) % 2000) / 100 + 0.99).toFixed(2)), currency: 'USD' } : {}),
    };
  });
}

const HEADINGS = { stream: 'Stream', rent: 'Rent', buy: 'Buy', free: 'Free', cinema: 'In cinemas' };

/**
 * What the CMS writes for a where-to-watch box: heading, a heading and plain links per
 * type, the note; the data in a child script.
 */
export function watchMarkup(scriptJson) {
  const offers = offerItems(4);
  const groups = Object.entries(HEADINGS)
    .map(([type, heading]) => {
      const mine = offers.filter((o) => o.type === type);
      if (!mine.length) return '';
      const links = mine.map(
        (o) => `<li><a href="${o.url}">${esc(o.provider)}${o.price ? ` $${o.price}` : ''}</a></li>`,
      );
      return `<h3>${heading}</h3><ul data-type="${type}">${links.join('')}</ul>`;
    })
    .join('');
  return `<where-to-watch><h2>Where to watch</h2>${groups}<p>Prices may change.</p><script type="application/json">${scriptJson(offers)}</script></where-to-watch>`;
}
