/**
 * Every reelkit tag and its class, in definition order: <film-data> first, so that its
 * context provider is listening before any widget inside it upgrades and asks for data.
 * The one table the browser entry (index.ts) and the server entry (ssr/) register.
 */
import {
  FilmData,
  FilmCard,
  ReleaseCountdown,
  RelatedLinks,
  VideoEmbed,
  PullQuote,
  ReviewScore,
  WhereToWatch,
} from './elements.js';

export const TAGS = {
  'film-data': FilmData,
  'film-card': FilmCard,
  'release-countdown': ReleaseCountdown,
  'related-links': RelatedLinks,
  'video-embed': VideoEmbed,
  'pull-quote': PullQuote,
  'where-to-watch': WhereToWatch,
  'review-score': ReviewScore,
} satisfies Record<string, CustomElementConstructor>;
