// <lit-minimal-card name poster synopsis>: the "Lit minimal card" peer of issue 19, the
// same content as bench/baselines/minimal-card.js written the idiomatic Lit 3 way
// (reactive properties from attributes, static styles, one html`` template). Bundled
// with esbuild by bench/run.mjs (Lit from the root node_modules, as reelkit uses it).
import { LitElement, css, html } from 'lit';

export class LitMinimalCard extends LitElement {
  static properties = { name: {}, poster: {}, synopsis: {} };

  static styles = css`
    :host {
      display: block;
    }
    .c {
      display: grid;
      gap: 0.5rem;
      padding: 1rem;
      border: 1px solid light-dark(#d9d9de, #3d3d46);
      border-radius: 8px;
    }
    h3 {
      margin: 0;
      font: 700 1.25rem/1.2 inherit;
    }
    img {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 2 / 3;
      object-fit: cover;
    }
    p {
      margin: 0;
      font-size: 0.875rem;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  `;

  render() {
    const src = /^(https?:|\/)/.test(this.poster ?? '') ? this.poster : undefined;
    return html`<article class="c">
      <h3>${this.name}</h3>
      <img src=${src ?? ''} width="200" height="300" alt="Poster: ${this.name ?? ''}" decoding="async" />
      <p>${this.synopsis}</p>
    </article>`;
  }
}
customElements.define('lit-minimal-card', LitMinimalCard);
