/**
 * The element classes, without registering anything. For bundler users who want their
 * own tag names: `customElements.define('my-film-card', FilmCard)`.
 */
export { FilmData } from './context/film-data.js';
export { FilmCard, type FilmCardTrailerDetail, type FilmCardLinkDetail } from './components/film-card/film-card.js';
export { ReleaseCountdown } from './components/release-countdown/release-countdown.js';
export { RelatedLinks, type RelatedLinkEventDetail } from './components/related-links/related-links.js';
export { VideoEmbed, type VideoConsentDetail } from './components/video-embed/video-embed.js';
export { PullQuote } from './components/pull-quote/pull-quote.js';
export { ReviewScore } from './components/review-score/review-score.js';
export { WhereToWatch } from './components/where-to-watch/where-to-watch.js';
export { DataElement } from './base/data-element.js';
export type { ReleaseReachedDetail, FilmDataLoadDetail, FilmDataErrorDetail } from './base/events.js';
export { articleContext } from './context/article-context.js';
export { checkUrl } from './data/safe-url.js';
export { registerTranslation, type Pack, type Words, type Word } from './i18n/registry.js';
export type * from './data/model.js';
export type * from './data/input.js';
export { VERSION } from './version.js';
