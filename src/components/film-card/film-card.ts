import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import { SynopsisClampController } from '../../controllers/synopsis-clamp.js';
import type { Film, Link, Video } from '../../data/model.js';
import { filmShown } from '../../data/shown.js';
import { watchUrl } from '../../data/video.js';
import { formatDuration, splitDuration } from '../../time/duration.js';
import { AND_LIST, NO_GROUPING, ONE_DECIMAL, SHORT_UNIT_LIST, listFormat, numberFormat } from '../../time/intl.js';
import { yearOf } from '../../time/when.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './film-card.styles.js';

export interface FilmCardTrailerDetail {
  film: Film;
  video: Video;
}
export interface FilmCardLinkDetail {
  film: Film;
  link: Link;
}

const LAYOUTS = ['vertical', 'horizontal', 'compact'] as const;
export type FilmCardLayout = (typeof LAYOUTS)[number];

/**
 * A film at a glance: poster, title and year, certificate, runtime, genres, credits,
 * review score, synopsis and links. A size container: narrower than 16rem it is always
 * compact; a horizontal card narrower than 30rem is shown vertical.
 *
 * A `<video-embed for="<this card's id>">` in the same document or shadow root plays the
 * trailer: the card hands it the trailer as `data` and calls its `play()`. Without one,
 * "Play trailer" is a plain link to the video's page.
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
  static override styles = [tokens, styles];

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

  static override defaultStrings = {
    directedBy: 'Directed by',
    starring: 'Starring',
    writtenBy: 'Written by',
    basedOn: 'Based on',
    by: 'by {name}',
    andMore: '{n} more',
    rated: 'Rated',
    score: 'Rated {value} out of {best}',
    scoreBy: 'Rated {value} out of {best} by {source}',
    more: 'Read more',
    less: 'Show less',
    poster: 'Poster for {name}',
    playTrailer: 'Play trailer',
    sponsored: 'Sponsored',
    info: 'More info',
    official: 'Official site',
    tickets: 'Tickets',
    watch: 'Watch',
    trailer: 'Trailer',
  };

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

  /** The reader opened the synopsis ("Read more"). */
  @state() private open = false;
  /** URL of a poster that failed to load: the placeholder takes its place. */
  @state() private broken?: string;

  protected readonly recordType = 'film' as const;

  constructor() {
    super();
    // Registers itself with the card. getElementById, not querySelector: it runs after
    // every update of every card.
    new SynopsisClampController(this, {
      synopsis: () => this.shadowRoot?.getElementById('synopsis'),
      text: () => this.model?.description,
      isOpen: () => this.open,
    });
  }

  /** Light DOM the CMS wrote: first link or heading -> name (and url), "(2017)" -> year, an <img> -> poster. */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    const heading = this.querySelector('a[href],h1,h2,h3,h4,h5,h6');
    if (!heading) return undefined;
    let text = '';
    for (const node of this.childNodes) if (node.nodeName !== 'SCRIPT') text += ` ${node.textContent}`;
    const link = heading.matches('a') ? heading : heading.querySelector('a[href]');
    const img = this.querySelector('img[src]');
    return {
      name: heading.textContent?.replace(/\(\d{4}\)/, ''),
      url: link?.getAttribute('href') ?? undefined,
      year: /\((\d{4})\)/.exec(text)?.[1],
      image: img ? { url: img.getAttribute('src'), alt: img.getAttribute('alt') ?? undefined } : undefined,
    };
  }

  /** "A, B, and 3 more" in the element's language. */
  private names(people: { name: string }[] | undefined, limit = 99) {
    if (!people) return '';
    if (people.length === 1 && limit >= 1) return people[0]!.name; // what ListFormat gives for one
    const names = people.slice(0, limit).map((person) => person.name);
    if (people.length > limit) names.push(this.t('andMore', { n: people.length - limit }));
    return listFormat(this.locale, AND_LIST).format(names);
  }

  private decimal(n: number): string {
    return numberFormat(this.locale, ONE_DECIMAL).format(n);
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
    if (!film) return html`<div part="base" class="card ${layout}"><slot></slot></div>`;
    return html`<article part="base" class="card ${layout}" aria-labelledby="title">
      ${this.renderPoster(film)}
      <div part="body" class="body">
        ${this.renderTitle(film)} ${this.renderMeta(film)} ${this.renderScore(film)} ${this.renderCredits(film)}
        ${this.renderSynopsis(film)} ${this.renderLinks(film)}
      </div>
    </article>`;
  }

  private renderPoster(film: Film) {
    const image = film.image?.url !== this.broken ? film.image : undefined;
    return html`<div part="poster" class="poster">
      ${
        image
          ? html`<img
              part="poster-image"
              src=${image.url}
              srcset=${image.srcset ?? nothing}
              sizes=${image.sizes ?? nothing}
              alt=${image.alt ?? this.t('poster', { name: film.name })}
              width=${image.width ?? 400}
              height=${image.height ?? 600}
              loading="lazy"
              decoding="async"
              @error=${() => (this.broken = image.url)}
            />`
          : html`<div part="placeholder" class="placeholder" aria-hidden="true">${[...film.name][0]}</div>`
      }
    </div>`;
  }

  private renderTitle(film: Film) {
    const year = film.year ?? (film.datePublished && yearOf(film.datePublished));
    const level = this.headingLevelOf(this.headingLevel, '3');
    return html`<div part="title" class="title" role="heading" aria-level=${level} id="title">
      <span dir="auto">${film.url ? html`<a href=${film.url}>${film.name}</a>` : film.name}</span>${
        year
          ? html` <span part="year" class="year">(${numberFormat(this.locale, NO_GROUPING).format(year)})</span>`
          : nothing
      }
    </div>`;
  }

  private renderMeta({ contentRating: certificate, duration, genre }: Film) {
    if (!certificate && !duration && !genre) return nothing;
    return html`<p part="meta" class="meta">
      ${
        certificate
          ? html`<span part="rating" class="badge"
              ><span class="visually-hidden">${this.t('rated')} </span>${certificate.value}${
                certificate.region ? html`<span class="visually-hidden"> (${certificate.region})</span>` : nothing
              }</span
            >`
          : nothing
      }
      ${
        duration
          ? html`<time part="runtime" datetime="PT${duration}M"
              >${formatDuration(splitDuration(duration * 60_000, 'hour', 'minute'), this.locale, 'short')}</time
            >`
          : nothing
      }
      ${genre ? html`<span part="genre">${listFormat(this.locale, SHORT_UNIT_LIST).format(genre)}</span>` : nothing}
    </p>`;
  }

  private renderScore({ aggregateRating: score }: Film) {
    if (!score) return nothing;
    const value = this.decimal(score.ratingValue);
    const best = this.decimal(score.bestRating);
    const label = this.t(score.source ? 'scoreBy' : 'score', { value, best, source: score.source ?? '' });
    return html`<p part="score" class="score" role="img" aria-label=${label}>
      <span part="score-value" class="score-value">${value}/${best}</span>
      ${score.source ? html`<span part="score-source" class="score-source">${score.source}</span>` : nothing}
    </p>`;
  }

  private renderCredits({ director, actor, author, isBasedOn: basedOn }: Film) {
    if (!director && !actor && !author && !basedOn) return nothing;
    const credit = (key: string, value: unknown) =>
      value
        ? html`<div>
            <dt>${this.t(key)}</dt>
            <dd>${value}</dd>
          </div>`
        : nothing;
    const work =
      basedOn &&
      (basedOn.url
        ? html`<a href=${basedOn.url}><cite>${basedOn.name}</cite></a>`
        : html`<cite>${basedOn.name}</cite>`);
    return html`<dl part="credits" class="credits">
      ${credit('directedBy', this.names(director))}
      ${credit('starring', this.names(actor, this.castLimit >= 0 ? this.castLimit : 3))}
      ${credit('writtenBy', this.names(author))}
      ${credit(
        'basedOn',
        basedOn &&
          html`${work}${basedOn.genre ? ` (${basedOn.genre})` : ''}${
            basedOn.author ? ` ${this.t('by', { name: basedOn.author })}` : ''
          }`,
      )}
    </dl>`;
  }

  private renderSynopsis({ description }: Film) {
    if (!description) return nothing;
    return html`<div class="synopsis-box">
      <p part="synopsis" id="synopsis" class="synopsis ${this.open ? 'open' : ''}" dir="auto">${description}</p>
      <button
        part="more"
        class="more"
        hidden
        aria-expanded=${this.open}
        aria-controls="synopsis"
        @click=${() => (this.open = !this.open)}
      >
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
