import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  /* The same height before upgrade (fallback.css), without data (slot) and after. */
  [part~='base'],
  slot {
    display: block;
    min-height: var(--reelkit-release-countdown-min-height, 8.5rem);
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: calc(var(--_space) / 4);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    line-height: 1.4;
  }
  [part~='heading'],
  [part~='footer'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='footer'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  [part~='count'],
  [part~='status'] {
    display: block;
    margin: 0;
    color: var(--_accent);
    font-family: var(--_heading-font);
    font-size: var(--reelkit-release-countdown-size, 1.5em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  [part~='since'] {
    color: var(--_fg);
    font-size: 1em;
    font-weight: 400;
  }
  a {
    color: var(--_accent);
  }
`;
