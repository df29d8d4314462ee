// React 19 JSX with reelkit/jsx, and the React 18 wrappers of reelkit/react.
import type {} from 'reelkit/jsx';
import { FilmCard, ReleaseCountdown } from 'reelkit/react';
import type { FilmCardTrailerDetail } from 'reelkit';

const trailer = (detail: FilmCardTrailerDetail): string => detail.video.name ?? detail.film.name;

export const tags = (
  <>
    <film-card name="Atomic Blonde" layout="compact" onfilm-card-trailer={(e) => trailer(e.detail)} />
    <release-countdown date="2017-11-14" precision="day" />
    {/* @ts-expect-error precision is day, hour, minute or second */}
    <release-countdown precision="week" />
  </>
);

export const wrappers = (
  <>
    <FilmCard layout="horizontal" onFilmCardTrailer={(e) => trailer(e.detail)} />
    <ReleaseCountdown date="2017-11-14" onReleaseReached={(e) => e.detail.release.kind} />
    {/* @ts-expect-error layout is vertical, horizontal or compact */}
    <FilmCard layout="sideways" />
  </>
);
