// The FilmReview record (src/data/reviews.ts) and its JSON-LD reading (src/data/review-ld.ts),
// straight through the pipeline's functions: no element involved.
import { expect } from '@open-wc/testing';
import { filmReview } from '../../src/data/records.js';
import { defaultBest } from '../../src/data/reviews.js';
import { articleFromLd } from '../../src/data/schema-org.js';
import { normalizeOwn, resolveArticle, resolveRecord, selectFromArticle } from '../../src/data/read.js';

/** Runs the spec and collects "path: reason" lines. */
function check(value: unknown) {
  const reports: string[] = [];
  const out = filmReview(value, '', (path, reason) => reports.push(`${path}: ${reason}`));
  return { out, reports };
}

const LD_REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'CriticReview',
  headline: 'Stylish, brutal and cold',
  reviewBody: 'Charlize Theron carries a spy thriller that is all surface.',
  reviewRating: { '@type': 'Rating', ratingValue: '3.5', bestRating: '5', worstRating: '1' },
  positiveNotes: {
    '@type': 'ItemList',
    itemListElement: [
      { '@type': 'ListItem', position: 2, name: 'A soundtrack of 1980s hits' },
      { '@type': 'ListItem', position: 1, name: 'The stairwell fight' },
    ],
  },
  negativeNotes: ['A plot too knotted for its own good'],
  author: { '@type': 'Person', name: 'Sample Critic', url: 'https://example.com/critics/sample' },
  publisher: { '@type': 'Organization', name: 'Reelkit Weekly' },
  datePublished: '2017-07-27',
  url: 'https://example.com/reviews/atomic-blonde',
  itemReviewed: {
    '@type': 'Movie',
    name: 'Atomic Blonde',
    datePublished: '2017-07-28',
    aggregateRating: { '@type': 'AggregateRating', ratingValue: 6.7, bestRating: 10, ratingCount: 1200 },
  },
};

const EXPECTED = {
  ratingValue: 3.5,
  bestRating: 5,
  worstRating: 1,
  headline: 'Stylish, brutal and cold',
  reviewBody: 'Charlize Theron carries a spy thriller that is all surface.',
  pros: ['The stairwell fight', 'A soundtrack of 1980s hits'],
  cons: ['A plot too knotted for its own good'],
  author: { name: 'Sample Critic', url: 'https://example.com/critics/sample' },
  publisher: { name: 'Reelkit Weekly' },
  datePublished: { type: 'day', y: 2017, m: 7, d: 27 },
  url: 'https://example.com/reviews/atomic-blonde',
  itemReviewed: { name: 'Atomic Blonde', year: 2017 },
  aggregateRating: { ratingValue: 6.7, bestRating: 10, worstRating: 0, ratingCount: 1200 },
};

describe('FilmReview record', () => {
  it('keeps every field of a full review, with no report', () => {
    const { out, reports } = check({
      ratingValue: 4,
      bestRating: 5,
      headline: 'A stylish spy thriller',
      pros: 'The stairwell fight\n  the soundtrack; its needle drops',
      cons: ['A knotted plot'],
      author: 'Sample Critic',
      publisher: { name: 'Reelkit Weekly', url: 'https://example.com/' },
      itemReviewed: 'Atomic Blonde',
    });
    expect(reports).to.deep.equal([]);
    expect(out).to.deep.equal({
      ratingValue: 4,
      bestRating: 5,
      worstRating: 0,
      headline: 'A stylish spy thriller',
      pros: ['The stairwell fight', 'the soundtrack; its needle drops'],
      cons: ['A knotted plot'],
      author: { name: 'Sample Critic' },
      publisher: { name: 'Reelkit Weekly', url: 'https://example.com/' },
      itemReviewed: { name: 'Atomic Blonde' },
    });
  });

  it('defaults the scale by the value: 5, 10 or 100', () => {
    expect([0, 3.5, 5, 5.5, 8, 10, 10.5, 82].map(defaultBest)).to.deep.equal([5, 5, 5, 10, 10, 10, 100, 100]);
    expect(check({ ratingValue: 8 }).out).to.deep.equal({ ratingValue: 8, bestRating: 10, worstRating: 0 });
    expect(check({ ratingValue: '82' }).out).to.deep.equal({ ratingValue: 82, bestRating: 100, worstRating: 0 });
  });

  it('ratingValue above bestRating: one report naming the field, the score dropped, the rest kept', () => {
    const { out, reports } = check({ ratingValue: 12, bestRating: 10, headline: 'Too good to score' });
    expect(reports).to.deep.equal(['ratingValue: 12 is above bestRating 10']);
    expect(out).to.deep.equal({ bestRating: 10, worstRating: 0, headline: 'Too good to score' });
  });

  it('ratingValue below worstRating, a scale upside down, and NaN are each reported once', () => {
    expect(check({ ratingValue: 0, worstRating: 1, bestRating: 5, headline: 'x' }).reports).to.deep.equal([
      'ratingValue: 0 is below worstRating 1',
    ]);
    const flipped = check({ ratingValue: 3, bestRating: 1, worstRating: 5 });
    expect(flipped.reports).to.deep.equal(['bestRating: 1 is not above worstRating 5; the scale is 0–5']);
    expect(flipped.out).to.deep.equal({ ratingValue: 3, bestRating: 5, worstRating: 0 });
    expect(check({ ratingValue: 'NaN', headline: 'x' }).reports).to.deep.equal([
      'ratingValue: expected a number, got a string',
    ]);
  });

  it('a review with nothing to show is dropped with one report; a refused score alone says only that', () => {
    expect(check({ author: 'Sample Critic' })).to.deep.equal({
      out: undefined,
      reports: ['data: needs ratingValue or headline'],
    });
    expect(check({ ratingValue: 11, bestRating: 10 })).to.deep.equal({
      out: undefined,
      reports: ['ratingValue: 11 is above bestRating 10'],
    });
  });

  it('refuses unsafe URLs and over-long pros, keeping the rest', () => {
    const { out, reports } = check({
      headline: 'x',
      url: 'javascript:alert(1)',
      author: { name: 'A', url: 'data:text/html,x' },
      pros: ['x'.repeat(301)],
    });
    expect(reports.map((r) => r.split(':')[0])).to.deep.equal(['pros[0]', 'author.url', 'url']);
    expect(out?.author).to.deep.equal({ name: 'A' });
    expect(out?.pros?.[0]).to.have.length(300);
    expect(out?.url).to.equal(undefined);
  });
});

describe('FilmReview from schema.org JSON-LD', () => {
  it('reads a CriticReview: rating, verdict, ItemList notes by position, byline, the film and its average', () => {
    const raw = selectFromArticle('review', articleFromLd(LD_REVIEW));
    expect(resolveRecord('review', [raw], () => expect.fail('no report expected'))).to.deep.equal(EXPECTED);
  });

  it('reads a Review and its film by @id in a Yoast-style @graph', () => {
    const { itemReviewed, ...review } = LD_REVIEW;
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': '#page', about: { '@id': '#review' } },
        { ...itemReviewed, '@id': '#film' },
        { ...review, '@type': 'Review', '@id': '#review', itemReviewed: { '@id': '#film' } },
      ],
    };
    const raw = normalizeOwn('review', graph);
    expect(resolveRecord('review', [raw], () => expect.fail('no report expected'))).to.deep.equal(EXPECTED);
  });

  it('reads a ReviewNewsArticle with a bare-number rating (the scale by the value)', () => {
    const ld = { '@type': 'ReviewNewsArticle', headline: 'Verdict', reviewRating: { ratingValue: 8 } };
    expect(resolveRecord('review', [normalizeOwn('review', ld)], () => {})).to.deep.equal({
      ratingValue: 8,
      bestRating: 10,
      worstRating: 0,
      headline: 'Verdict',
    });
  });
});

describe('FilmReview from a <film-data> article', () => {
  it("takes the article's film as the reviewed work when the review names none", () => {
    const article = resolveArticle(
      { film: { name: 'Atomic Blonde', year: 2017, url: '/films/atomic-blonde' }, review: { ratingValue: 4 } },
      () => expect.fail('no report expected'),
    );
    const raw = selectFromArticle('review', article);
    expect(resolveRecord('review', [raw], () => {})).to.deep.equal({
      ratingValue: 4,
      bestRating: 5,
      worstRating: 0,
      itemReviewed: { name: 'Atomic Blonde', year: 2017, url: '/films/atomic-blonde' },
    });
  });

  it("keeps the review's own itemReviewed", () => {
    const raw = selectFromArticle('review', { film: { name: 'A' }, review: { headline: 'x', itemReviewed: 'B' } });
    expect(raw).to.deep.equal({ headline: 'x', itemReviewed: 'B' });
  });
});
