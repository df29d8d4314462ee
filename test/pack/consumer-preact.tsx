/** @jsxImportSource preact */
// Preact JSX with reelkit/jsx: the tags, their enum attributes and `data` typed with the
// record's input type (FilmInput).
import type {} from 'reelkit/jsx';
import type { FilmInput } from 'reelkit';

const film: FilmInput = {
  name: 'Atomic Blonde',
  year: 2017,
  image: '/posters/atomic-blonde.jpg',
  director: 'David Leitch',
};

export const preactTags = (
  <div>
    <film-card data={film} layout="compact" />
    <film-card data={{ name: 'Atomic Blonde', duration: 'PT1H55M', genre: ['Action', 'Thriller'] }} />
    <release-countdown data={[{ kind: 'theatrical', date: '2017-07-28' }]} precision="day" />
    {/* @ts-expect-error a film's name is text */}
    <film-card data={{ name: 42 }} />
    {/* @ts-expect-error a misspelt key is not a film field */}
    <film-card data={{ name: 'Atomic Blonde', yeer: 2017 }} />
    {/* @ts-expect-error layout is vertical, horizontal or compact */}
    <film-card layout="sideways" />
  </div>
);
