import { css } from 'lit';

// Stars and ring are SVG in currentColor of .score: themeable through one token.
// The box always paints its own surface, so a forced `theme` looks right on any page.
// Stars fill from the start side: from the right in right-to-left text.
// Font longhands only: the font tokens may be `inherit`, which the `font` shorthand rejects.
export const styles = css`
  :host {
    display: block;
    margin-block: var(--_space);
    line-height: 1.4;
    --_star: var(--reelkit-review-score-star, var(--_accent));
    --_size: var(--reelkit-review-score-size, 1.5rem);
  }
  :host([layout='hero']) {
    --_size: var(--reelkit-review-score-size, 2.5rem);
    text-align: center;
  }
  :host([layout='inline']) {
    display: inline-block;
    margin: 0;
    --_size: 1rem;
  }
  .review,
  .scores,
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .review {
    flex-direction: column;
    padding: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  :host([layout='hero']) :is(.review, .scores, .byline) {
    align-items: center;
    justify-content: center;
  }
  :host([layout='hero']) .review {
    border-inline-start-width: 1px;
    padding: calc(var(--_space) * 2);
  }
  :host([layout='inline']) .review {
    flex-direction: row;
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
  .film,
  .byline,
  .aggregate {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  cite {
    font-style: normal;
    font-weight: 600;
  }
  .scores {
    align-items: center;
  }
  .score {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_star);
    font-size: var(--_size);
    line-height: 1;
  }
  .stars {
    height: 1em;
    width: auto;
  }
  path {
    stroke: currentColor;
    stroke-width: 1.5;
    fill: none;
  }
  .full path {
    fill: currentColor;
  }
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
  .value {
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
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  circle {
    fill: none;
    stroke: var(--_border);
    stroke-width: 3.2;
  }
  .arc {
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
  .body,
  li {
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
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    padding-inline-start: 1.25em;
    text-indent: -1.25em;
  }
  .pros li::before {
    content: '+\\a0\\a0';
    font-weight: 700;
  }
  .cons li::before {
    content: '\\2212\\a0\\a0';
    font-weight: 700;
  }
`;
