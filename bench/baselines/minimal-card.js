// <vanilla-minimal-card name="…" poster="…" synopsis="…">: the minimal card of issue 19
// (a name, a poster, one line of text) as a careful developer writes it by hand: a
// shadow root with a heading, an <img> with width/height (no layout shift) and alt text,
// and a paragraph, built once on connect with DOM calls (text nodes, no innerHTML); the
// poster URL goes through the same http(s)-only check as the other baselines. Attribute
// changes after the first render update the one node they feed. One shared
// constructable stylesheet; no dependencies.
import { base, h, safeUrl, sheet } from './dom.js';

const styles = sheet(`
.c { display: grid; gap: calc(var(--reelkit-space, 1rem) / 2); padding: var(--reelkit-space, 1rem);
  border: 1px solid var(--reelkit-color-border, light-dark(#d9d9de, #3d3d46)); border-radius: var(--reelkit-radius, 8px);
  background: var(--reelkit-color-surface, light-dark(#fff, #1c1c21)); }
h3 { margin: 0; font: 700 1.25rem/1.2 var(--reelkit-heading-font, inherit); }
img { display: block; width: 100%; height: auto; aspect-ratio: 2 / 3; object-fit: cover;
  background: var(--reelkit-color-subtle, light-dark(#f3f3f5, #2a2a31)); }
p { margin: 0; font-size: 0.875rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`);

export class VanillaMinimalCard extends HTMLElement {
  static observedAttributes = ['name', 'poster', 'synopsis'];

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [base, styles];
    this.heading = h('h3', null, this.getAttribute('name') ?? '');
    this.img = h('img', { width: '200', height: '300', alt: '', decoding: 'async' });
    this.line = h('p', null, this.getAttribute('synopsis') ?? '');
    this.setPoster();
    root.append(h('article', { class: 'c' }, this.heading, this.img, this.line));
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.shadowRoot) return; // connectedCallback reads them all
    if (name === 'name') this.heading.textContent = value ?? '';
    else if (name === 'synopsis') this.line.textContent = value ?? '';
    else this.setPoster();
  }

  setPoster() {
    const src = safeUrl(this.getAttribute('poster'));
    if (src) this.img.src = src;
    else this.img.removeAttribute('src');
    this.img.alt = `Poster: ${this.getAttribute('name') ?? ''}`;
  }
}
customElements.define('vanilla-minimal-card', VanillaMinimalCard);
