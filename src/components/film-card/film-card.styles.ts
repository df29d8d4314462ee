import { css } from 'lit';

/*
 * Mobile first: the base rules ARE the compact card; vertical and horizontal apply only
 * when the host (a size container) is at least 18rem wide, so a narrow column gets a
 * compact card without a second copy of the rules. The card's min-height is the same
 * formula film-card.fallback.css reserves before upgrade: nothing shifts. The reserve
 * (--_r) is 1 only where reelkit.css is linked (it sets --reelkit-film-card-reserve);
 * elsewhere a card takes its natural height. Horizontal needs two columns' room: between
 * 16rem and 30rem it is a vertical card.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_r: var(--reelkit-film-card-reserve, 0);
    --_bh: var(--reelkit-film-card-body-height, 28rem);
    --_pad: var(--_space);
    --_ts: var(--reelkit-film-card-title-size, 1rem);
  }
  .card {
    display: grid;
    grid-template-columns: 4rem minmax(0, 1fr);
    align-content: start;
    align-items: start;
    gap: calc(var(--_pad) * 0.75);
    padding: var(--_pad);
    min-height: calc(var(--_r) * var(--reelkit-film-card-compact-height, 14rem));
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
    line-height: 1.4;
  }
  .poster {
    aspect-ratio: 2 / 3;
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
  }
  img,
  .placeholder {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    border-inline: 0.4rem dotted var(--_bg);
    background: linear-gradient(160deg, var(--_subtle), color-mix(in srgb, var(--_accent) 25%, var(--_subtle)));
    color: var(--_muted);
    font-family: var(--_heading-font);
    font-size: 2rem;
  }
  .title {
    font-family: var(--_heading-font);
    font-size: var(--_ts);
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .title a,
  dd a {
    color: inherit;
  }
  .year,
  .meta,
  dt,
  .score-source,
  small {
    color: var(--_muted);
    font-weight: 400;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .meta,
  .score,
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-top: 0.375rem;
  }
  .meta,
  dl,
  .btn {
    font-size: 0.875em;
  }
  .meta > * + *::before {
    content: '';
    display: inline-block;
    width: 3px;
    height: 3px;
    margin-inline-end: 0.5rem;
    border-radius: 50%;
    background: currentColor;
    vertical-align: middle;
  }
  .badge {
    padding: 0 0.3em;
    border: 1px solid;
    border-radius: 3px;
    font-weight: 600;
  }
  .score-value {
    color: var(--_accent);
    font-weight: 700;
  }
  dl {
    margin-top: 0.375rem;
  }
  dt,
  dd {
    display: inline;
  }
  .credits > :not(:first-child),
  .synopsis-box {
    display: none;
  }
  /* Over the end of the last line: appearing once the text is measured moves nothing. */
  .more {
    position: absolute;
    inset-inline-end: 0;
    bottom: 0;
    padding: 0 0 0 0.5em;
    border: 0;
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .open + .more {
    position: static;
    padding: 0;
  }
  .btn {
    padding: 0.3em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_fg);
    text-decoration: none;
  }
  .btn:hover {
    border-color: currentColor;
  }
  .trailer {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .visually-hidden {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
  @container (min-width: 16rem) {
    .card:not(.compact) {
      --_ts: var(--reelkit-film-card-title-size, 1.25rem);
      padding: 0;
      gap: 0;
      grid-template-columns: minmax(0, 1fr);
      min-height: calc(var(--_r) * (150cqw + var(--_bh)));
    }
    .card:not(.compact) .poster {
      border-radius: 0;
    }
    .card:not(.compact) .placeholder {
      font-size: 4rem;
    }
    .card:not(.compact) .body {
      padding: var(--_pad);
    }
    .card:not(.compact) .credits > * {
      display: block;
    }
    .card:not(.compact) .synopsis-box {
      display: block;
      position: relative;
      margin-top: 0.5rem;
    }
    .synopsis {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--reelkit-film-card-synopsis-lines, 4);
      overflow: hidden;
    }
    .open {
      display: block;
    }
  }
  @container (min-width: 30rem) {
    .card.horizontal {
      grid-template-columns: 2fr 3fr;
      min-height: calc(var(--_r) * max(60cqw, var(--_bh)));
    }
  }
`;
