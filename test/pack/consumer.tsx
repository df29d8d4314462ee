// React 19 JSX with reelkit/jsx, and the React 18 wrappers of reelkit/react; `data` is
// typed with the record's input type (a poster URL, one director as text, ISO durations).
import type {} from 'reelkit/jsx';
import { FilmCard, ReleaseCountdown, WhereToWatch } from 'reelkit/react';
import type { FilmCardTrailerDetail, FilmInput } from 'reelkit';

const film: FilmInput = { name: 'Atomic Blonde', image: '/posters/atomic-blonde.jpg', director: 'David Leitch' };

const trailer = (detail: FilmCardTrailerDetail): string => detail.video.name ?? detail.film.name;

export const tags = (
  <>
    <film-card name="Atomic Blonde" layout="compact" onfilm-card-trailer={(e) => trailer(e.detail)} />
    <release-countdown date="2017-11-14" precision="day" />
    {/* @ts-expect-error precision is day, hour, minute or second */}
    <release-countdown precision="week" />
    <film-card data={film} />
    <film-card data={{ name: 'Atomic Blonde', duration: 'PT1H55M', genre: ['Action', 'Thriller'] }} />
    <release-countdown data={[{ kind: 'theatrical', date: '2017-07-28' }]} />
    <where-to-watch data={{ offers: [{ provider: 'Netflix', type: 'stream', url: '/watch' }] }} />
    {/* @ts-expect-error a film's name is text */}
    <film-card data={{ name: 42 }} />
    {/* @ts-expect-error a misspelt key is not a film field */}
    <film-card data={{ name: 'Atomic Blonde', yeer: 2017 }} />
    {/* @ts-expect-error a video's provider is youtube, vimeo, file or page */}
    <video-embed data={{ provider: 'dailymotion', id: 'x' }} />
  </>
);

export const wrappers = (
  <>
    <FilmCard layout="horizontal" onFilmCardTrailer={(e) => trailer(e.detail)} />
    <ReleaseCountdown date="2017-11-14" onReleaseReached={(e) => e.detail.release.kind} />
    {/* @ts-expect-error layout is vertical, horizontal or compact */}
    <FilmCard layout="sideways" />
    <FilmCard data={film} />
    <ReleaseCountdown data={{ releases: [{ date: '2017-07-28', region: 'US' }] }} />
    {/* @ts-expect-error a film's name is text */}
    <FilmCard data={{ name: 42 }} />
    {/* @ts-expect-error an offer needs a provider */}
    <WhereToWatch data={[{ url: '/watch' }]} />
  </>
);
