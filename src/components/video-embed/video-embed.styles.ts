import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    place-items: center;
    aspect-ratio: var(--_ar, var(--reelkit-video-embed-aspect-ratio, 16 / 9));
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  [part='base'],
  [part='player'] {
    place-self: stretch;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    background: var(--reelkit-video-embed-background, #000);
    color: var(--reelkit-video-embed-color, #fff);
  }
  [part='base'] {
    display: grid;
  }
  [part='base'] > * {
    grid-area: 1 / 1;
  }
  img,
  [part='play'] {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline-offset: -4px;
  }
  [part='play'] {
    display: grid;
    place-items: center;
    border: 0;
    background: linear-gradient(var(--reelkit-video-embed-scrim, #000b), #0000 45%);
  }
  [part='name'],
  [part='duration'] {
    margin: var(--_space);
    pointer-events: none;
  }
  [part='name'] {
    place-self: start;
    font-weight: 600;
  }
  [part='icon'] {
    inline-size: 4em;
    padding: 1em;
    border-radius: 50%;
    background: var(--_accent);
    fill: var(--_on-accent);
  }
  [part='duration'] {
    place-self: end;
    padding: 0.1em 0.4em;
    border-radius: 0.25em;
    background: var(--reelkit-video-embed-scrim, #000b);
    font-size: 0.875em;
  }
  [part='consent'] {
    display: flex;
    flex-wrap: wrap;
    place-content: center;
    gap: 0.5em;
    padding: var(--_space);
    text-align: center;
    background: var(--reelkit-video-embed-scrim, #000b);
  }
  p {
    flex-basis: 100%;
    margin: 0;
  }
  [part='consent'] button {
    padding: 0.5em 1em;
    border: 1px solid;
    border-radius: var(--_radius);
    background: none;
  }
  [part='consent'] [part='accept'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;
