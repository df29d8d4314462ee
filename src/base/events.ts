import type { Article, Release } from '../data/model.js';

/**
 * The one way reelkit fires events: a typed CustomEvent that bubbles out of the shadow
 * root (`composed`), so page code can listen on the element or any ancestor. Returns
 * false when a listener cancelled a cancelable event.
 */
export function emit<T>(target: EventTarget, type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

/** `detail` of `release-reached` (<release-countdown>). */
export interface ReleaseReachedDetail {
  release: Release;
}

/** `detail` of `film-data-load` (<film-data>): the article as applied. */
export interface FilmDataLoadDetail {
  article: Article | undefined;
}

/** `detail` of `film-data-error` (<film-data>): why `src` could not be used. */
export interface FilmDataErrorDetail {
  reason: string;
}
