import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gap: var(--reelkit-where-to-watch-gap, calc(var(--_space) * 0.5));
    --_logo: var(--reelkit-where-to-watch-logo, 2rem);
  }
  section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  [part='heading'] {
    font-family: var(--_heading-font);
    font-size: var(--reelkit-where-to-watch-heading-size, 1.25rem);
    font-weight: 700;
    line-height: 1.2;
  }
  [part='group'] {
    display: grid;
    gap: 0.5rem;
  }
  [part='group-heading'] {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  a {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    color: inherit;
    text-decoration: none;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .face {
    display: contents;
  }
  a:hover [part='provider'] {
    text-decoration: underline;
  }
  [part='logo'] {
    width: var(--_logo);
    height: var(--_logo);
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
  }
  [part='provider'] {
    font-weight: 600;
    flex: 1 1 auto;
  }
  [part='quality'],
  [part='mark'] {
    font-size: 0.75em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    padding: 0 0.35em;
  }
  [part='price'] {
    color: var(--_accent);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part='availability'] {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='note'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .compact {
    display: flex;
    flex-wrap: wrap;
  }
  .compact [part='provider'] {
    flex: 0 1 auto;
  }
  .compact [part='availability'] {
    flex-basis: auto;
  }
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(var(--reelkit-where-to-watch-tile, 10rem), 1fr));
  }
  .grid a {
    height: 100%;
    flex-direction: column;
    align-items: flex-start;
  }
`;
