import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import { SynopsisClampController } from '../../controllers/synopsis-clamp.js';
import type { Film, Link, Video } from '../../data/model.js';
import { filmShown } from '../../data/shown.js';
import { checkUrl } from '../../data/safe-url.js';
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
 * @summary Film card for a film-news page, from attributes, JSON, a provider or JSON-LD.
 * @fires film-card-trailer - Trailer clicked; cancelable. Not cancelled: it plays in the `<video-embed for="<card id>">` if there is one, else the trailer link is followed. detail: {film, video}
 * @fires film-card-link - A link clicked; cancelable (cancelling stops the navigation). detail: {film, link}
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

  @state() private open = false;
  @state() private broken?: string;

  protected readonly recordType = 'film' as const;

  constructor() {
    super();
    // Registers itself with the card. getElementById, not querySelector: it runs after
    // every update of every card.
    new SynopsisClampController(this, {
      synopsis: () => this.shadowRoot?.getElementById('syn'),
      text: () => this.model?.description,
      isOpen: () => this.open,
    });
  }

  static override lightDomKeys = ['name', 'url', 'year', 'image'];

  /** Everything but releases and sameAs: the card shows neither (see records.ts). */
  static override modelSpec = filmShown;

  /** Light DOM the CMS wrote: first link or heading -> name (and url), "(2017)" -> year, an <img> -> poster. */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    const head = this.querySelector('a[href],h1,h2,h3,h4,h5,h6');
    if (!head) return undefined;
    let text = '';
    for (const n of this.childNodes) if (n.nodeName !== 'SCRIPT') text += ` ${n.textContent}`;
    const a = head.matches('a') ? head : head.querySelector('a[href]');
    const img = this.querySelector('img[src]');
    return {
      name: head.textContent?.replace(/\(\d{4}\)/, ''),
      url: a?.getAttribute('href') ?? undefined,
      year: /\((\d{4})\)/.exec(text)?.[1],
      image: img ? { url: img.getAttribute('src'), alt: img.getAttribute('alt') ?? undefined } : undefined,
    };
  }

  private level(): string {
    const l = this.headingLevel;
    if (/^[1-6]$/.test(String(l))) return String(l);
    this.report('heading-level', `"${l}" is not one of 1–6`);
    return '3';
  }

  private mode(): FilmCardLayout {
    if (LAYOUTS.includes(this.layout)) return this.layout;
    this.report('layout', `"${this.layout}" is not one of ${LAYOUTS.join(', ')}`);
    return 'vertical';
  }

  private names(list: { name: string }[] | undefined, limit = 99) {
    if (!list) return '';
    if (list.length === 1 && limit >= 1) return list[0]!.name; // what ListFormat gives for one
    const names = list.slice(0, limit).map((p) => p.name);
    if (list.length > limit) names.push(this.t('andMore', { n: list.length - limit }));
    return listFormat(this.locale, AND_LIST).format(names);
  }

  private onTrailer(e: Event, video: Video): void {
    const go = this.dispatchEvent(
      new CustomEvent('film-card-trailer', {
        detail: { film: this.model, video },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    const root = this.getRootNode() as Document | ShadowRoot;
    const player = go && this.id ? root.querySelector(`video-embed[for="${CSS.escape(this.id)}"]`) : null;
    if (!go || player) e.preventDefault();
    if (player) {
      Object.assign(player, { data: video });
      player.scrollIntoView({ block: 'nearest' });
      const p = player as Element & { play?: () => void; focus(): void };
      if (p.play) p.play();
      else p.focus();
    }
  }

  private trailer(v: Video) {
    const href = checkUrl(
      v.url ?? (v.provider === 'vimeo' ? 'https://vimeo.com/' : 'https://www.youtube.com/watch?v=') + v.id,
    );
    return href.ok
      ? html`<a part="trailer" class="btn tr" href=${href.url} @click=${(e: Event) => this.onTrailer(e, v)}
          >${this.t('playTrailer')}</a
        >`
      : nothing;
  }

  private link(link: Link) {
    return html`<a
      part="link"
      class="btn"
      href=${link.url}
      rel=${link.sponsored ? 'sponsored' : nothing}
      @click=${(e: Event) =>
        this.dispatchEvent(
          new CustomEvent('film-card-link', {
            detail: { film: this.model, link },
            bubbles: true,
            composed: true,
            cancelable: true,
          }),
        ) || e.preventDefault()}
      >${link.label ?? this.t(link.kind)}${
        link.sponsored ? html` <small part="sponsored">${this.t('sponsored')}</small>` : nothing
      }</a
    >`;
  }

  override render() {
    const f = this.model;
    const layout = this.mode();
    if (!f) return html`<div part="base" class="card ${layout}"><slot></slot></div>`;
    const loc = this.locale;
    const num = (n: number) => numberFormat(loc, ONE_DECIMAL).format(n);
    const img = f.image?.url !== this.broken ? f.image : undefined;
    const year = f.year ?? (f.datePublished && yearOf(f.datePublished));
    const cr = f.contentRating;
    const r = f.aggregateRating;
    const w = f.isBasedOn;
    const cast = this.castLimit >= 0 ? this.castLimit : 3;
    const credit = (key: string, value: unknown) =>
      value
        ? html`<div>
            <dt>${this.t(key)}</dt>
            <dd>${value}</dd>
          </div>`
        : nothing;
    const meta = cr || f.duration || f.genre;
    const links = f.trailer || f.links;
    return html`<article part="base" class="card ${layout}" aria-labelledby="t">
      <div part="poster" class="poster">
        ${
          img
            ? html`<img
                part="poster-image"
                src=${img.url}
                srcset=${img.srcset ?? nothing}
                sizes=${img.sizes ?? nothing}
                alt=${img.alt ?? this.t('poster', { name: f.name })}
                width=${img.width ?? 400}
                height=${img.height ?? 600}
                loading="lazy"
                decoding="async"
                @error=${() => (this.broken = img.url)}
              />`
            : html`<div part="placeholder" class="ph" aria-hidden="true">${[...f.name][0]}</div>`
        }
      </div>
      <div part="body" class="body">
        <div part="title" class="t" role="heading" aria-level=${this.level()} id="t">
          <span dir="auto">${f.url ? html`<a href=${f.url}>${f.name}</a>` : f.name}</span>${
            year ? html` <span part="year" class="y">(${numberFormat(loc, NO_GROUPING).format(year)})</span>` : nothing
          }
        </div>
        ${
          meta
            ? html`<p part="meta" class="meta">
                ${
                  cr
                    ? html`<span part="rating" class="badge"
                        ><span class="vh">${this.t('rated')} </span>${cr.value}${
                          cr.region ? html`<span class="vh"> (${cr.region})</span>` : nothing
                        }</span
                      >`
                    : nothing
                }
                ${
                  f.duration
                    ? html`<time part="runtime" datetime="PT${f.duration}M"
                        >${formatDuration(splitDuration(f.duration * 60_000, 'hour', 'minute'), loc, 'short')}</time
                      >`
                    : nothing
                }
                ${
                  f.genre
                    ? html`<span part="genre">${listFormat(loc, SHORT_UNIT_LIST).format(f.genre)}</span>`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${
          r
            ? html`<p
                part="score"
                class="score"
                role="img"
                aria-label=${this.t(r.source ? 'scoreBy' : 'score', {
                  value: num(r.ratingValue),
                  best: num(r.bestRating),
                  source: r.source ?? '',
                })}
              >
                <span part="score-value" class="sv">${num(r.ratingValue)}/${num(r.bestRating)}</span>
                ${r.source ? html`<span part="score-source" class="ss">${r.source}</span>` : nothing}
              </p>`
            : nothing
        }
        ${
          f.director || f.actor || f.author || w
            ? html`<dl part="credits" class="credits">
                ${credit('directedBy', this.names(f.director))} ${credit('starring', this.names(f.actor, cast))}
                ${credit('writtenBy', this.names(f.author))}
                ${credit(
                  'basedOn',
                  w &&
                    html`${w.url ? html`<a href=${w.url}><cite>${w.name}</cite></a>` : html`<cite>${w.name}</cite>`}${
                      w.genre ? ` (${w.genre})` : ''
                    }${w.author ? ` ${this.t('by', { name: w.author })}` : ''}`,
                )}
              </dl>`
            : nothing
        }
        ${
          f.description
            ? html`<div class="sb">
                <p part="synopsis" id="syn" class="syn ${this.open ? 'open' : ''}" dir="auto">${f.description}</p>
                <button
                  part="more"
                  class="more"
                  hidden
                  aria-expanded=${this.open}
                  aria-controls="syn"
                  @click=${() => (this.open = !this.open)}
                >
                  ${this.t(this.open ? 'less' : 'more')}
                </button>
              </div>`
            : nothing
        }
        ${
          links
            ? html`<p part="links" class="links">
                ${f.trailer ? this.trailer(f.trailer) : nothing} ${f.links?.map((l) => this.link(l))}
              </p>`
            : nothing
        }
      </div>
    </article>`;
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
