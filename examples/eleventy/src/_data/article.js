// The article's data, as a CMS would export it: one object for <film-data>.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const film = JSON.parse(readFileSync(new URL('../../../atomic-blonde.json', import.meta.url), 'utf8'));

export default {
  film: {
    ...film,
    releases: [
      { kind: 'theatrical', date: '2017-07-28', region: 'US' },
      { kind: 'digital', date: '2017-10-31', region: 'US', label: 'Digital HD' },
      { kind: 'blu-ray', date: '2017-11-14', region: 'US', label: 'Blu-ray' },
    ],
  },
  quote: {
    text: 'The long take in the stairwell was something I had wanted to do for a long time.',
    speaker: 'David Leitch',
    speakerRole: 'Director',
  },
  related: [
    {
      headline: 'Deadpool 2 wraps filming with David Leitch directing',
      url: 'https://example.com/news/deadpool-2-wraps',
    },
    { headline: 'How the stairwell fight was made', url: 'https://example.com/news/stairwell' },
  ],
};
