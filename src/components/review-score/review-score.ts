import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import { JsonLdScriptController } from '../../controllers/jsonld-script.js';
import type { FilmReview } from '../../data/model.js';
import { reviewJsonLd } from '../../data/review-jsonld.js';
import { NO_GROUPING, numberFormat } from '../../time/intl.js';
import { withTokens } from '../../styles/tokens.js';
import {
  aggregatePart,
  bylinePart,
  DISPLAYS,
  displayFor,
  notesPart,
  scorePart,
  type Display,
  type ScoreWords,
} from './review-score.parts.js';
import { styles } from './review-score.styles.js';

const LAYOUTS = ['box', 'inline', 'hero'] as const;
export type ReviewScoreLayout = (typeof LAYOUTS)[number];

/**
 * A critic's verdict: the score (stars, a number or a ring — one image with an accessible
 * name "Rated 4 out of 5 by Sample Critic, Reelkit Weekly"), the verdict, an excerpt,
 * pros and cons, a byline with the date, and the audience's or critics' average beside
 * it. With `emit-jsonld` it also writes one schema.org Review JSON-LD script into the
 * page's head for search engines (removed with the element); under
 * `require-trusted-types-for 'script'` that needs `trusted-types reelkit#jsonld`.
 *
 * @summary Review score and verdict box, as box, inline or hero.
 * @slot - Fallback shown before upgrade and without data (e.g. "Our verdict: ★★★★☆ A stylish spy thriller").
 * @csspart base - The box (`<article>`).
 * @csspart film - The reviewed film's name and year.
 * @csspart score - The score: one image (role=img) with its accessible name.
 * @csspart verdict - The verdict (role=heading, aria-level = heading-level).
 * @csspart body - The excerpt.
 * @csspart pros - The pros list with its label.
 * @csspart cons - The cons list with its label.
 * @csspart byline - Author, publication and date.
 * @csspart aggregate - The average rating beside the review's own.
 * @csspart link - "Read the full review".
 * @cssprop --reelkit-review-score-star - Colour of the stars and the ring (the accent).
 * @cssprop --reelkit-review-score-size - Size of the score (1.5rem; hero 2.5rem).
 * @cssprop --reelkit-color-text - Text colour.
 * @cssprop --reelkit-color-muted - Byline and labels.
 * @cssprop --reelkit-color-surface - Box background.
 * @cssprop --reelkit-color-border - Box border and the ring's track.
 * @cssprop --reelkit-accent - Stars, ring, rule and links.
 * @cssprop --reelkit-radius - Corner radius.
 * @cssprop --reelkit-space - Padding unit.
 * @cssprop --reelkit-font - Font.
 * @cssprop --reelkit-heading-font - Verdict font.
 * @tag review-score
 */
export class ReviewScore extends DataElement<'review'> {
  static override styles = withTokens(styles);
  static override wordsName = 'review-score';

  static override defaultStrings: Record<string, string> = {
    rated: 'Rated {value} out of {best}',
    ratedBy: 'Rated {value} out of {best} by {by}',
    pros: 'Pros',
    cons: 'Cons',
    by: 'By {name}',
    average: 'Average: {value}/{best}',
    averageBy: '{source}: {value}/{best}',
    more: 'Read the full review',
  };

  static override attributeFields = {
    rating: 'ratingValue',
    bestRating: 'bestRating',
    worstRating: 'worstRating',
    headline: 'headline',
    excerpt: 'reviewBody',
    pros: 'pros',
    cons: 'cons',
    author: 'author.name',
    authorUrl: 'author.url',
    publisher: 'publisher.name',
    date: 'datePublished',
    url: 'url',
    film: 'itemReviewed.name',
  };

  protected readonly recordType = 'review' as const;

  /** The score ("4", "3.5", "82"). */
  @property() rating?: string;
  /** Top of the scale; default 5 for scores up to 5, 10 up to 10, else 100. */
  @property({ attribute: 'best-rating' }) bestRating?: string;
  /** Bottom of the scale (default 0). */
  @property({ attribute: 'worst-rating' }) worstRating?: string;
  /** The verdict, one line. */
  @property() headline?: string;
  /** An excerpt of the review. */
  @property() excerpt?: string;
  /** Pros, one per line. */
  @property() pros?: string;
  /** Cons, one per line. */
  @property() cons?: string;
  /** The critic. */
  @property() author?: string;
  /** The critic's page. */
  @property({ attribute: 'author-url' }) authorUrl?: string;
  /** The publication. */
  @property() publisher?: string;
  /** Date of the review (ISO 8601). */
  @property() date?: string;
  /** The full review. */
  @property() url?: string;
  /** The reviewed film's name (default: the `<film-data>` film). */
  @property() film?: string;
  /** stars, number or ring; default by the scale: out of 5 stars, out of 10 a number, out of 100 a ring. */
  @property() display?: Display;
  /** box (default), inline (one line) or hero (large, centred). */
  @property({ reflect: true }) layout: ReviewScoreLayout = 'box';
  /** Level of the verdict heading, 1–6. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;
  /** Write one schema.org Review JSON-LD script for this review into the page's head. */
  @property({ attribute: 'emit-jsonld', type: Boolean }) emitJsonld = false;

  constructor() {
    super();
    new JsonLdScriptController(
      this,
      () => (this.emitJsonld && this.model ? reviewJsonLd(this.model) : undefined),
      (reason) => this.report('emit-jsonld', reason),
    );
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An unknown layout matches none of the inline/hero rules: laid out as a box.
    if (changed.has('layout')) this.choice('layout', this.layout, LAYOUTS, 'box');
  }

  private words(): ScoreWords {
    return { t: (key, values) => this.t(key, values), locale: this.locale };
  }

  override render() {
    const r = this.model;
    if (!r) return html`<slot></slot>`;
    const w = this.words();
    const display = this.choice('display', this.display, DISPLAYS, displayFor(r.bestRating));
    const inline = this.layout === 'inline';
    return html`<article part="base" class="review" aria-labelledby=${r.headline ? 'verdict' : nothing}>
      ${inline ? nothing : this.renderFilm(r)} ${this.renderScores(r, display, inline)} ${this.renderVerdict(r)}
      ${inline ? nothing : this.renderBody(r, w)} ${bylinePart(r, w)}
    </article>`;
  }

  /** The review's score, and the average beside it. */
  private renderScores(r: FilmReview, display: Display, inline: boolean) {
    const average = inline ? undefined : r.aggregateRating;
    if (r.ratingValue === undefined && !average) return nothing;
    const w = this.words();
    return html`<div class="scores">${scorePart(r, display, w)} ${aggregatePart(average, w)}</div>`;
  }

  private renderFilm({ itemReviewed: film }: FilmReview) {
    if (!film) return nothing;
    const year = film.year && numberFormat(this.locale, NO_GROUPING).format(film.year);
    const name = film.url ? html`<a href=${film.url}>${film.name}</a>` : film.name;
    return html`<p part="film" class="film"><cite dir="auto">${name}</cite>${year ? ` (${year})` : nothing}</p>`;
  }

  private renderVerdict({ headline }: FilmReview) {
    if (!headline) return nothing;
    const level = this.headingLevelOf(this.headingLevel, '3');
    return html`<div part="verdict" class="verdict" role="heading" aria-level=${level} id="verdict" dir="auto">
      ${headline}
    </div>`;
  }

  private renderBody(r: FilmReview, w: ScoreWords) {
    return html`${r.reviewBody ? html`<p part="body" class="body" dir="auto">${r.reviewBody}</p>` : nothing}
    ${
      r.pros || r.cons
        ? html`<div class="notes-row">${notesPart('pros', r.pros, w)} ${notesPart('cons', r.cons, w)}</div>`
        : nothing
    }
    ${r.url ? html`<p class="more"><a part="link" href=${r.url}>${this.t('more')}</a></p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'review-score': ReviewScore;
  }
}
