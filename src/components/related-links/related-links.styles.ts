import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gap: var(--reelkit-related-links-gap, var(--_space));
  }
  nav {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  [part='heading'] {
    font-family: var(--_heading-font);
    font-size: var(--reelkit-related-links-heading-size, 1.25rem);
    font-weight: 700;
    line-height: 1.2;
  }
  ul,
  [part='more'] {
    grid-column: 1 / -1;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  li {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
  }
  [part='body'] {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .media {
    display: block;
    width: 100%;
    min-width: 0;
    height: auto;
    aspect-ratio: var(--reelkit-related-links-ratio, 16 / 9);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  a {
    color: inherit;
    font-weight: 600;
    line-height: 1.3;
    text-decoration: none;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--reelkit-related-links-lines, 3);
    overflow: hidden;
  }
  /* The whole card is the link's hit area; only the headline is its name. */
  a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  a:hover {
    text-decoration: underline;
  }
  a:focus-visible {
    outline: 0;
  }
  a:focus-visible::after {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [part='kicker'] {
    color: var(--_accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  [part='sponsored'] {
    color: var(--_fg);
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
    padding: 0 0.4em;
    margin-inline-end: 0.25em;
  }
  [part='meta'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='date'] + [part='author']::before {
    content: '· ';
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0 var(--_space);
    cursor: pointer;
  }
  [aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  [part='more'] {
    justify-self: center;
  }
  [part='controls'] {
    grid-column: 2;
    display: flex;
    gap: 0.5rem;
  }
  [part='controls'] button {
    font-size: 1.5em;
    line-height: 1;
  }
  [part='controls'] button:dir(rtl) {
    transform: scaleX(-1);
  }
  .list li {
    flex-direction: row;
  }
  .list .media {
    flex: 0 0 var(--reelkit-related-links-thumb, 6rem);
  }
  .compact {
    --_gap: var(--reelkit-related-links-gap, calc(var(--_space) * 0.6));
  }
  .compact li + li {
    border-top: 1px solid var(--_border);
    padding-top: var(--_gap);
  }
  .carousel {
    display: flex;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    scrollbar-width: thin;
    /* Room for the focus ring; the snap positions keep it (scroll-padding). */
    padding: 4px 4px var(--_space);
    scroll-padding-inline: 4px;
  }
  .carousel li {
    flex: 0 0 var(--reelkit-related-links-card, 75%);
    scroll-snap-align: start;
  }
  @container (min-width: 30rem) {
    .grid {
      grid-template-columns: repeat(2, 1fr);
    }
    .carousel li {
      flex-basis: var(--reelkit-related-links-card, calc(50% - var(--_gap) / 2));
    }
  }
  @container (min-width: 48rem) {
    .grid {
      grid-template-columns: repeat(3, 1fr);
    }
    .list .media {
      flex-basis: var(--reelkit-related-links-thumb, 10rem);
    }
    .carousel li {
      flex-basis: var(--reelkit-related-links-card, calc((100% - 2 * var(--_gap)) / 3));
    }
  }
  @container (min-width: 64rem) {
    .grid {
      grid-template-columns: repeat(4, 1fr);
    }
  }
`;
