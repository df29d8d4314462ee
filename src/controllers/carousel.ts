import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a carousel's track is scrolled. `fits`: every item is visible at once, so there
 * is nothing to page through and the host hides its previous/next controls.
 */
export type CarouselPosition = 'start' | 'middle' | 'end' | 'fits';

/** Within a pixel counts as at an end: scroll offsets are fractional on zoomed pages. */
const SLACK = 1;

/**
 * Keyboard and paging for a horizontal scroll-snap track of links: arrows move focus to
 * the previous/next link (mirrored in right-to-left text), Home/End to the first/last,
 * `page()` scrolls by one track width, and `position` says whether the track is at its
 * start or end. The host binds `onScroll` and `onKeydown` on the track, calls `follow()`
 * after each render, and re-renders when `position` changes.
 */
export class CarouselController implements ReactiveController {
  /** Where the track is scrolled; the host renders its controls from this. */
  position: CarouselPosition = 'start';

  private track?: HTMLElement;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The track to follow while the host shows a carousel; null when it shows none. */
  follow(track: HTMLElement | null): void {
    this.track = track ?? undefined;
    if (!track) return;
    // Fires once when observed and on every resize, so `position` stays true when the
    // track or its items change size without a scroll.
    this.observer ??= new ResizeObserver(() => this.measure());
    this.observer.observe(track);
  }

  /** Works `position` out again, e.g. after items were added to the track. */
  measure(): void {
    const track = this.track;
    if (!track) return;
    const x = Math.abs(track.scrollLeft);
    const atStart = x < SLACK;
    const atEnd = x >= track.scrollWidth - track.clientWidth - SLACK;
    const position = atStart && atEnd ? 'fits' : atStart ? 'start' : atEnd ? 'end' : 'middle';
    if (position === this.position) return;
    this.position = position;
    this.host.requestUpdate();
  }

  /** Scrolls one track width forward (1) or back (-1), in reading direction. */
  page(direction: 1 | -1): void {
    const track = this.track;
    if (track) track.scrollBy({ left: direction * track.clientWidth * (isRtl(track) ? -1 : 1) });
  }

  readonly onScroll = (): void => this.measure();

  readonly onKeydown = (e: KeyboardEvent): void => {
    const track = this.track;
    if (!track) return;
    const links = [...track.querySelectorAll('a')];
    const i = links.indexOf(e.target as HTMLAnchorElement);
    if (i < 0) return;
    const to = targetIndex(e.key, i, links.length - 1, isRtl(track));
    if (to === undefined) return;
    e.preventDefault();
    links[to]!.focus();
  };

  hostConnected(): void {
    // Only after a reconnect does this start an update, whose follow() observes again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** The link a key moves focus to from link `i` of `0…last`; undefined for other keys. */
function targetIndex(key: string, i: number, last: number, rtl: boolean): number | undefined {
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return undefined;
  const forward = (key === 'ArrowRight') !== rtl;
  return Math.max(0, Math.min(last, i + (forward ? 1 : -1)));
}

function isRtl(element: Element): boolean {
  return getComputedStyle(element).direction === 'rtl';
}
