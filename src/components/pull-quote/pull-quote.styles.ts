import { css } from 'lit';

// A forced `theme` brings its own surface: the page behind may be in the other scheme.
// blockquote uses font longhands: the font tokens may be `inherit`, which `font` rejects.
export const styles = css`
  :host {
    display: block;
    margin-block: calc(var(--_space) * 1.5);
    --_size: var(--reelkit-pull-quote-size, 1.375rem);
  }
  :host([theme]) {
    padding: var(--_space);
    background: var(--_bg);
  }
  :host([layout='hero']) {
    --_size: var(--reelkit-pull-quote-size, 2.25rem);
    text-align: center;
  }
  @media (min-width: 36em) {
    :host([layout='aside']) {
      float: inline-end;
      inline-size: min(45%, 20rem);
      margin-inline-start: var(--_space);
    }
  }
  figure {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: var(--reelkit-pull-quote-rule, 4px solid var(--_accent));
  }
  :host([layout='hero']) figure {
    padding: 0;
    border: 0;
  }
  blockquote {
    margin: 0;
    font-style: italic;
    font-size: calc(var(--_size) * var(--_k, 1));
    line-height: 1.35;
    font-family: var(--reelkit-pull-quote-font, var(--_heading-font));
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .long {
    --_k: 0.8;
  }
  p {
    margin: 0 0 0.5em;
  }
  p:first-child::before {
    content: open-quote;
  }
  p:last-child::after {
    content: close-quote;
  }
  figcaption {
    font-size: 0.9375rem;
    color: var(--_muted);
  }
  figcaption::before {
    content: '— ';
  }
  [part='speaker'] {
    font-weight: 600;
    color: var(--_fg);
  }
`;
