import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import { present } from '../../base/present.js';
import { SynopsisClampController, type SynopsisClampOptions } from '../../controllers/synopsis-clamp.js';
import type { Film, Link, Video } from '../../data/model.js';
import { filmShown } from '../../data/shown.js';
import { watchUrl } from '../../data/video.js';
import { withTokens } from '../../styles/tokens.js';
import { filmFromFallback } from './film-card.fallback.js';
import { posterImage, readOnlyParts, titleName, titleYear, type CardWords } from './film-card.parts.js';
import { filmCardStrings } from './film-card.strings.js';
import { styles } from './film-card.styles.js';

export type FilmCardTrailerDetail = { film: Film; video: Video };
export type FilmCardLinkDetail = { film: Film; link: Link };

const LAYOUTS = ['vertical', 'horizontal', 'compact'] as const;
export type FilmCardLayout = (typeof LAYOUTS)[number];

/**
 * A film at a glance: poster, title and year, certificate, runtime, genres, credits,
 * review score, synopsis and links. A size container: narrower than 16rem it is always
 * compact; a horizontal card narrower than 30rem is shown vertical.
 *
 * A `<video-embed for="<this card's id>">` in the same document or shadow root plays the
 * trailer (the card sets its `data` and calls `play()`); without one it is a plain link.
 *
 * @summary Film card for a film-news page, from attributes, JSON, a provider or JSON-LD.
 * @fires {CustomEvent<FilmCardTrailerDetail>} film-card-trailer - Trailer clicked; cancelable (cancelling stops it playing and the link). Not cancelled: a `<video-embed for="<this card's id>">` in the same document or shadow root plays the trailer; without one the trailer link is followed. detail: {film, video}
 * @fires {CustomEvent<FilmCardLinkDetail>} film-card-link - A link clicked; cancelable (cancelling stops the navigation). detail: {film, link}
 * @slot - Light-DOM fallback (e.g. a linked title and year), shown before upgrade and while there is no data. Its first link or heading gives name and url, a "(YYYY)" the year, an <img> the poster.
 * @csspart base - The card (`<article>`).
 * @csspart poster - The poster box (image or placeholder).
 * @csspart poster-image - The poster `<img>`.
 * @csspart placeholder - Shown when there is no poster or it failed to load.
 * @csspart body - Everything beside or below the poster.
 * @csspart title - The heading (role=heading, aria-level = heading-level).
 * @csspart year - The year in the heading.
 * @csspart meta - Certificate, runtime and genres line.
 * @csspart rating - The certificate badge.
 * @csspart runtime - Runtime (`<time>`).
 * @csspart genre - Genres.
 * @csspart score - Review score.
 * @csspart score-value - "4/5".
 * @csspart score-source - Who gave the score.
 * @csspart credits - Director, cast, writers, based-on (`<dl>`).
 * @csspart synopsis - The synopsis.
 * @csspart more - The "Read more" / "Show less" toggle.
 * @csspart links - The links row.
 * @csspart trailer - The trailer link.
 * @csspart link - Each other link.
 * @csspart sponsored - The "Sponsored" mark in a paid link.
 * @cssprop --reelkit-film-card-reserve - 1 (set by reelkit.css): keep the box reserved before upgrade; 0: size to content.
 * @cssprop --reelkit-film-card-body-height - Reserved height of the text part of vertical and horizontal cards (default 28rem).
 * @cssprop --reelkit-film-card-compact-height - Reserved height of a compact card (default 14rem).
 * @cssprop --reelkit-film-card-title-size - Title font size (default 1.25rem; 1rem compact).
 * @cssprop --reelkit-film-card-synopsis-lines - Synopsis lines shown before "Read more" (default 4).
 * @cssprop --reelkit-color-text - Text colour.
 * @cssprop --reelkit-color-muted - Secondary text.
 * @cssprop --reelkit-color-surface - Card background.
 * @cssprop --reelkit-color-subtle - Poster placeholder background.
 * @cssprop --reelkit-color-border - Borders.
 * @cssprop --reelkit-accent - Score, trailer button, toggle.
 * @cssprop --reelkit-on-accent - Text on the accent.
 * @cssprop --reelkit-radius - Corner radius.
 * @cssprop --reelkit-space - Padding unit.
 * @cssprop --reelkit-font - Font.
 * @cssprop --reelkit-heading-font - Title font.
 * @cssprop --reelkit-focus-ring - Focus outline.
 * @cssprop --reelkit-shadow - Card shadow.
 * @tag film-card
 */
export class FilmCard extends DataElement<'film'> {
  static override styles = withTokens(styles);
  static override wordsName = 'film-card';

  static override attributeFields = {
    name: 'name',
    year: 'year',
    poster: 'image.url',
    posterAlt: 'image.alt',
    director: 'director',
    writer: 'author',
    cast: 'actor',
    genre: 'genre',
    runtime: 'duration',
    rating: 'contentRating.value',
    ratingRegion: 'contentRating.region',
    score: 'aggregateRating.ratingValue',
    scoreBest: 'aggregateRating.bestRating',
    scoreSource: 'aggregateRating.source',
    synopsis: 'description',
    basedOn: 'isBasedOn.name',
    trailerUrl: 'trailer.url',
    url: 'url',
  };

  static override defaultStrings = filmCardStrings;

  static override lightDomKeys = ['name', 'url', 'year', 'image'];

  /** Everything but releases and sameAs: the card shows neither. */
  static override modelSpec = filmShown;

  /** Film title. */
  @property() name?: string;
  /** Release year. */
  @property() year?: string;
  /** Poster image URL. */
  @property() poster?: string;
  /** Poster alt text; default "Poster for {name}". */
  @property({ attribute: 'poster-alt' }) posterAlt?: string;
  /** Director(s), comma-separated. */
  @property() director?: string;
  /** Writer(s), comma-separated. */
  @property() writer?: string;
  /** Cast, comma-separated, top billing first. */
  @property() cast?: string;
  /** Genres, comma-separated. */
  @property() genre?: string;
  /** Runtime in minutes or ISO 8601 ("PT1H55M"). */
  @property() runtime?: string;
  /** Certificate as written ("R", "15", "FSK 16"). */
  @property() rating?: string;
  /** Region of the certificate ("US"). */
  @property({ attribute: 'rating-region' }) ratingRegion?: string;
  /** Review score ("4", "7.8"). */
  @property() score?: string;
  /** Top of the score's scale (default 10, or 100 for scores above 10). */
  @property({ attribute: 'score-best' }) scoreBest?: string;
  /** Who gave the score. */
  @property({ attribute: 'score-source' }) scoreSource?: string;
  /** Synopsis text. */
  @property() synopsis?: string;
  /** Title of the work the film is based on. */
  @property({ attribute: 'based-on' }) basedOn?: string;
  /** Trailer: a YouTube or Vimeo URL, or a video file. */
  @property({ attribute: 'trailer-url' }) trailerUrl?: string;
  /** Where the title links to (the film's page). */
  @property() url?: string;
  /** vertical (default), horizontal or compact. */
  @property() layout: FilmCardLayout = 'vertical';
  /** Level of the title heading, 1–6. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;
  /** Cast members named before "and N more". */
  @property({ attribute: 'cast-limit', type: Number }) castLimit = 3;
  /** Name each actor's character: "Charlize Theron as Lorraine Broughton". */
  @property({ attribute: 'cast-roles', type: Boolean }) castRoles = false;

  /** The reader opened the synopsis ("Read more"). */
  @state() private open = false;
  /** URL of a poster that failed to load: the placeholder takes its place. */
  @state() private broken?: string;

  protected readonly recordType = 'film' as const;

  /** How the shared synopsis clamp reads a card: one object for all (getElementById: it runs on every update). */
  private static clamp: SynopsisClampOptions<FilmCard> = {
    synopsis: (card) => card.shadowRoot?.getElementById('synopsis'),
    text: (card) => card.model?.description,
    isOpen: (card) => card.open,
  };

  constructor() {
    super();
    new SynopsisClampController(this, FilmCard.clamp);
  }

  /** The CMS's fallback markup, read as input (film-card.fallback.ts). */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    return filmFromFallback(this);
  }

  /** What the read-only parts (film-card.parts.ts) need of the element. */
  private words(): CardWords {
    const { locale, castLimit, castRoles: roles, readerRegion: region } = this;
    return { t: (key, values) => this.t(key, values), locale, castLimit, roles, region };
  }

  /**
   * The `<video-embed for="<this id>">` in the same document or shadow root, if any. It may
   * not be upgraded yet (or be another reelkit version's), so nothing of it is assumed.
   */
  private player(): (HTMLElement & { data?: unknown; play?: () => unknown }) | null {
    if (!this.id) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.querySelector(`video-embed[for="${CSS.escape(this.id)}"]`);
  }

  private onTrailer(event: Event, film: Film, video: Video): void {
    const proceed = this.emit<FilmCardTrailerDetail>('film-card-trailer', { film, video }, { cancelable: true });
    const player = proceed ? this.player() : null;
    if (!proceed || player) event.preventDefault();
    if (!player) return;
    player.data = video;
    player.scrollIntoView({ block: 'nearest' });
    if (player.play) player.play();
    else player.focus();
  }

  private onLink(event: Event, film: Film, link: Link): void {
    if (!this.emit<FilmCardLinkDetail>('film-card-link', { film, link }, { cancelable: true })) event.preventDefault();
  }

  override render() {
    const film = this.model;
    const layout = this.choice('layout', this.layout, LAYOUTS, 'vertical');
    // Whole-value bindings: a value inside static text costs Lit an array per binding.
    const base = `card ${layout}`;
    if (!film) return html`<div part="base" class=${base}><slot></slot></div>`;
    const words = this.words();
    const level = this.headingLevelOf(this.headingLevel, '3');
    return html`<article part="base" class=${base} aria-labelledby="title">
      <div part="poster" class="poster">${this.renderPoster(film)}</div>
      <div part="body" class="body">
        <div part="title" class="title" role="heading" aria-level=${level} id="title">
          <span dir="auto">${titleName(film)}</span>${titleYear(film, words)}
        </div>
        ${present(...readOnlyParts(film, words), this.renderSynopsis(film), this.renderLinks(film))}
      </div>
    </article>`;
  }

  /** The poster image, or the name's first letter when there is none or it failed to load. */
  private renderPoster(film: Film) {
    const image = film.image?.url !== this.broken ? film.image : undefined;
    if (!image) return html`<div part="placeholder" class="placeholder" aria-hidden="true">${[...film.name][0]}</div>`;
    return posterImage(image, image.alt ?? this.t('poster', { name: film.name }), this.onPosterError);
  }

  // Handlers are methods (Lit calls them with the card as `this`): no closure per render.
  private onPosterError(): void {
    this.broken = this.model?.image?.url;
  }

  private toggle(): void {
    this.open = !this.open;
  }

  private renderSynopsis({ description }: Film) {
    if (!description) return nothing;
    return html`<div class="synopsis-box">
      <p part="synopsis" id="synopsis" class=${this.open ? 'synopsis open' : 'synopsis'} dir="auto">${description}</p>
      <button part="more" class="more" hidden aria-expanded=${this.open} aria-controls="synopsis" @click=${this.toggle}>
        ${this.t(this.open ? 'less' : 'more')}
      </button>
    </div>`;
  }

  private renderLinks(film: Film) {
    if (!film.trailer && !film.links) return nothing;
    return html`<p part="links" class="links">
      ${film.trailer ? this.renderTrailer(film, film.trailer) : nothing}
      ${film.links?.map((link) => this.renderLink(film, link))}
    </p>`;
  }

  private renderTrailer(film: Film, video: Video) {
    const href = watchUrl(video);
    if (!href) return nothing;
    return html`<a
      part="trailer"
      class="btn trailer"
      href=${href}
      @click=${(e: Event) => this.onTrailer(e, film, video)}
      >${this.t('playTrailer')}</a
    >`;
  }

  private renderLink(film: Film, link: Link) {
    return html`<a
      part="link"
      class="btn"
      href=${link.url}
      rel=${link.sponsored ? 'sponsored' : nothing}
      @click=${(e: Event) => this.onLink(e, film, link)}
      >${link.label ?? this.t(link.kind)}${
        link.sponsored ? html` <small part="sponsored">${this.t('sponsored')}</small>` : nothing
      }</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-card': FilmCard;
  }
  interface GlobalEventHandlersEventMap {
    'film-card-trailer': CustomEvent<FilmCardTrailerDetail>;
    'film-card-link': CustomEvent<FilmCardLinkDetail>;
  }
}
