/** @jsxImportSource solid-js */
// Solid JSX with reelkit/jsx: Solid's spelling sets properties with `prop:` (`prop:data`,
// typed with the record's input type) and attributes with `attr:`.
import type {} from 'reelkit/jsx';
import type { ReleaseInput } from 'reelkit';

const releases: ReleaseInput[] = [{ kind: 'theatrical', date: '2017-07-28', region: 'US' }];

export const solidTags = (
  <main>
    <release-countdown prop:data={releases} prop:precision="day" />
    <where-to-watch
      prop:data={{ offers: [{ provider: 'Netflix', type: 'stream', url: '/watch' }], checked: '2026-01-05' }}
    />
    <pull-quote prop:data={{ text: 'A stylish, brutal spy thriller.', speaker: 'Critic' }} prop:layout="aside" />
    {/* @ts-expect-error an offer needs a provider */}
    <where-to-watch prop:data={[{ url: '/watch' }]} />
    {/* @ts-expect-error a quote needs its text */}
    <pull-quote prop:data={{ speaker: 'Critic' }} />
    {/* @ts-expect-error precision is day, hour, minute or second */}
    <release-countdown prop:precision="week" />
  </main>
);
