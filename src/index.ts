/**
 * The drop-in entry: importing dist/reelkit.js registers every element.
 * <film-data> is defined first so that its context provider is listening before any
 * widget inside it upgrades and asks for data.
 */
import { defineAll } from './define.js';
import { FilmData, FilmCard, ReleaseCountdown, RelatedLinks, VideoEmbed, PullQuote, WhereToWatch } from './elements.js';

defineAll({
  'film-data': FilmData,
  'film-card': FilmCard,
  'release-countdown': ReleaseCountdown,
  'related-links': RelatedLinks,
  'video-embed': VideoEmbed,
  'pull-quote': PullQuote,
  'where-to-watch': WhereToWatch,
});

export * from './elements.js';
