import { css } from 'lit';

// Stars and ring are SVG coloured by currentColor of .score: themeable through one token.
// A forced `theme` brings its own surface (the box always paints one).
export const styles = css`
  :host {
    display: block;
    margin-block: var(--_space);
    --_star: var(--reelkit-review-score-star, var(--_accent));
    --_size: var(--reelkit-review-score-size, 1.5rem);
  }
  :host([layout='hero']) {
    --_size: var(--reelkit-review-score-size, 2.5rem);
    text-align: center;
  }
  :host([layout='inline']) {
    display: inline-block;
    margin-block: 0;
  }
  .review {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    line-height: 1.4;
  }
  :host([layout='hero']) .review {
    align-items: center;
    border-inline-start-width: 1px;
    padding: calc(var(--_space) * 2);
  }
  :host([layout='inline']) .review {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    padding: 0;
    background: none;
    border: 0;
    box-shadow: none;
  }
  p,
  ul {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration-color: var(--_accent);
  }
  .film {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .film cite {
    font-style: normal;
    font-weight: 600;
  }
  .scores {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  :host([layout='hero']) .scores {
    justify-content: center;
  }
  .score {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_star);
    font-size: var(--_size);
    line-height: 1;
  }
  :host([layout='inline']) .score {
    font-size: 1rem;
  }
  :host([layout='inline']) .number {
    font-size: 0.875em;
  }
  .stars {
    height: 1em;
    width: auto;
    overflow: visible;
  }
  .stars .empty path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .stars .full path {
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  /* Stars fill from the start side: from the right in right-to-left text. */
  :host(:dir(rtl)) .stars {
    transform: scaleX(-1);
  }
  .number {
    color: var(--_fg);
    font-size: 0.6em;
    font-variant-numeric: tabular-nums;
  }
  .by-number .number {
    font-size: 1em;
  }
  .number .value {
    font-weight: 700;
  }
  .by-number .value {
    color: var(--_star);
  }
  .ring {
    position: relative;
    display: inline-grid;
    place-items: center;
    width: 2.5em;
    height: 2.5em;
  }
  .ring svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  .ring circle {
    fill: none;
    stroke-width: 3.2;
  }
  .ring .track {
    stroke: var(--_border);
  }
  .ring .arc {
    stroke: currentColor;
  }
  .pct {
    color: var(--_fg);
    font-size: 0.4em;
    font-weight: 700;
  }
  .verdict {
    font-family: var(--_heading-font);
    font-size: 1.25rem;
    font-weight: 700;
    overflow-wrap: break-word;
  }
  :host([layout='hero']) .verdict {
    font-size: 1.75rem;
  }
  :host([layout='inline']) .verdict {
    font-size: 1rem;
  }
  .body {
    overflow-wrap: break-word;
  }
  .notes-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    text-align: start;
  }
  .notes {
    flex: 1 1 12rem;
  }
  .label {
    font-weight: 700;
  }
  .notes ul {
    padding: 0;
    list-style: none;
  }
  .notes li {
    padding-inline-start: 1.25em;
    text-indent: -1.25em;
    overflow-wrap: break-word;
  }
  .pros li::before {
    content: '+\\a0\\a0';
    font-weight: 700;
  }
  .cons li::before {
    content: '\\2212\\a0\\a0';
    font-weight: 700;
  }
  .byline,
  .aggregate {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  :host([layout='hero']) .byline {
    justify-content: center;
  }
`;
