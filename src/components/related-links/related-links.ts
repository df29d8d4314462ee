import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataElement, type HeadingLevel } from '../../base/data-element.js';
import { CarouselController } from '../../controllers/carousel.js';
import { ImpressionController } from '../../controllers/impressions.js';
import type { RelatedLink } from '../../data/model.js';
import { themedSurface, withTokens } from '../../styles/tokens.js';
import { formatRelativeWhen, formatWhen } from '../../time/duration.js';
import { toDatetimeAttr } from '../../time/when.js';
import { buildViews, plainLinks, type LinkView } from './links.js';
import { styles } from './related-links.styles.js';

const LAYOUTS = ['list', 'grid', 'carousel', 'compact'] as const;
export type RelatedLayout = (typeof LAYOUTS)[number];

/** The properties that add tracking parameters to every href. */
const UTM = ['utmSource', 'utmMedium', 'utmCampaign'] as const;

/** `detail` of both events. `position` counts from 1, as schema.org ListItem does. */
export interface RelatedLinkEventDetail {
  item: RelatedLink;
  position: number;
  /** The href as rendered (tracking parameters included). */
  href: string;
}

/** What every story in one render shares; `media`: draw a thumbnail or its placeholder. */
type ItemContext = { now: number; locale: string | undefined; media: boolean };

/**
 * The publisher's own related stories as a list, grid, carousel or compact text list,
 * with first-party analytics events and no network requests of its own.
 *
 * @summary Related stories: list, grid, carousel or compact, from JSON, JSON-LD, a provider or plain links.
 * @fires {CustomEvent<RelatedLinkEventDetail>} related-link-click - A reader clicked (or middle-clicked) a story. detail: {item, position, href}. Cancelable: preventDefault() stops the navigation (for client-side routers).
 * @fires {CustomEvent<RelatedLinkEventDetail>} related-link-impression - Once per story (by URL), when at least half of it has been visible. detail: {item, position, href}
 * @slot - Fallback shown before the element upgrades and without JS: plain links (`<a href>` or a `<ul>` of them, optionally with `<img>` and `<time>`), which are also read as input.
 * @csspart base - The `<nav>` wrapper.
 * @csspart heading - The heading.
 * @csspart list - The `<ul>` of stories (the scroller in the carousel).
 * @csspart item - One story (`<li>`).
 * @csspart image - A thumbnail.
 * @csspart placeholder - The box shown instead of a missing or broken thumbnail.
 * @csspart body - The text block of a story.
 * @csspart kicker - The line above the headline (sponsored label and section).
 * @csspart sponsored - The "Sponsored" label.
 * @csspart link - The headline link.
 * @csspart meta - The date and author line.
 * @csspart date - The `<time>` with the relative date.
 * @csspart author - The author.
 * @csspart controls - The carousel's previous/next buttons.
 * @csspart prev - The carousel's previous button.
 * @csspart next - The carousel's next button.
 * @csspart more - The "Show more" button.
 * @cssprop --reelkit-related-links-gap - Space between stories (default: --reelkit-space).
 * @cssprop --reelkit-related-links-heading-size - Font size of the heading (1.25rem).
 * @cssprop --reelkit-related-links-ratio - Thumbnail aspect ratio (16 / 9).
 * @cssprop --reelkit-related-links-thumb - Thumbnail width in the list layout (6rem; 10rem from 48rem wide).
 * @cssprop --reelkit-related-links-card - Card width in the carousel (75%, half from 30rem, a third from 48rem).
 * @cssprop --reelkit-related-links-lines - Headline lines before it is clamped (3).
 * @cssprop --reelkit-color-text - Text colour.
 * @cssprop --reelkit-color-muted - Date and author colour.
 * @cssprop --reelkit-color-subtle - Placeholder, label and button background.
 * @cssprop --reelkit-color-border - Button and compact divider colour.
 * @cssprop --reelkit-accent - Kicker colour.
 * @cssprop --reelkit-radius - Corner radius.
 * @cssprop --reelkit-space - Base spacing.
 * @cssprop --reelkit-font - Font family.
 * @cssprop --reelkit-heading-font - Heading font family.
 * @cssprop --reelkit-focus-ring - Focus outline.
 * @tag related-links
 */
export class RelatedLinks extends DataElement<'related'> {
  static override styles = withTokens(themedSurface, styles);
  static override wordsName = 'related-links';
  static override defaultStrings = {
    heading: 'Related stories',
    sponsored: 'Sponsored',
    more: 'Show more',
    previous: 'Previous stories',
    next: 'Next stories',
  };
  protected readonly recordType = 'related' as const;

  /** How the stories are laid out: list, grid, carousel or compact (text only). */
  @property() layout: RelatedLayout = 'list';

  /** Show this many stories, then a "Show more" button that reveals as many again; 0 = all. */
  @property({ type: Number }) max = 0;

  /** Heading text (default: the `heading` string, "Related stories"); empty = no visible heading. */
  @property() heading?: string;

  /** Level of the heading, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** utm_source added to every link (a link's own utm_source wins). */
  @property({ attribute: 'utm-source' }) utmSource?: string;

  /** utm_medium added to every link. */
  @property({ attribute: 'utm-medium' }) utmMedium?: string;

  /** utm_campaign added to every link. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  /** How many extra stories "Show more" has revealed. */
  @state() private extra = 0;

  /** Thumbnails that failed to load, by URL: drawn as placeholders. */
  @state() private broken = new Set<string>();

  private readonly carousel = new CarouselController(this);
  private readonly impressions = new ImpressionController(this, (_url, li) =>
    this.emit('related-link-impression', this.detailOf(li)),
  );

  /** The stories as rendered, worked out again when the model or a utm-* attribute changes. */
  private views: LinkView[] = [];
  private viewsOf?: unknown;
  /** `layout` and `headingLevel` as checked: what is rendered. */
  private shownLayout: RelatedLayout = 'list';
  private shownLevel: HeadingLevel = '2';
  /** The page's own URL: a story pointing at it is left out. */
  private page = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) this.page = location.href;
  }

  static override lightDomKeys = ['items'];

  /** Plain links written inside the element, as raw items for the shared pipeline. */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    const items = plainLinks(this);
    return items.length ? { items } : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout')) this.shownLayout = this.choice('layout', this.layout, LAYOUTS, 'list');
    if (changed.has('headingLevel')) this.shownLevel = this.headingLevelOf(this.headingLevel, '2');
    const { max } = this;
    if (changed.has('max') && !(max >= 0 && max % 1 === 0))
      this.report('max', `expected a whole number ≥ 0, got ${this.getAttribute('max') ?? max}`);
    if (this.model !== this.viewsOf || UTM.some((key) => changed.has(key))) {
      this.viewsOf = this.model;
      const utm = { utm_source: this.utmSource, utm_medium: this.utmMedium, utm_campaign: this.utmCampaign };
      this.views = buildViews(this.model?.items ?? [], this.page, utm);
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector('ul');
    this.carousel.follow(this.shownLayout === 'carousel' ? list : null);
    if (list) this.impressions.watch(list.children, (li) => this.views[indexOf(li)]?.item.url);
  }

  /** `detail` of both events for the story rendered in `li`. */
  private detailOf(li: Element): RelatedLinkEventDetail {
    const i = indexOf(li);
    const { item, href } = this.views[i]!;
    return { item, position: i + 1, href };
  }

  private onClick(e: MouseEvent): void {
    const a = (e.target as Element).closest('a');
    if (!a || e.button > 1) return;
    const detail = this.detailOf(a.closest('li')!);
    if (!this.emit('related-link-click', detail, { cancelable: true })) e.preventDefault();
  }

  private async showMore(shown: number): Promise<void> {
    this.extra += this.max;
    await this.updateComplete;
    // Focus the first story revealed, so keyboard users continue where the list grew.
    this.renderRoot.querySelectorAll('a')[shown]?.focus();
    // The carousel's track grew without resizing: its end moved.
    this.carousel.measure();
  }

  private renderHeading(heading: string) {
    return heading
      ? html`<div part="heading" id="heading" role="heading" aria-level=${this.shownLevel}>${heading}</div>`
      : nothing;
  }

  /** The carousel's previous/next buttons; none while every story fits. */
  private renderControls() {
    if (this.shownLayout !== 'carousel' || this.carousel.position === 'fits') return nothing;
    return html`<div part="controls">${this.renderPageButton(-1)} ${this.renderPageButton(1)}</div>`;
  }

  /** Pages the carousel back (-1) or forward (1); disabled at the end it points to. */
  private renderPageButton(direction: -1 | 1) {
    const back = direction < 0;
    return html`<button
      part=${back ? 'prev' : 'next'}
      aria-label=${this.t(back ? 'previous' : 'next')}
      aria-controls="stories"
      aria-disabled=${this.carousel.position === (back ? 'start' : 'end') ? 'true' : 'false'}
      @click=${() => this.carousel.page(direction)}
    >
      ${back ? '‹' : '›'}
    </button>`;
  }

  private renderItem({ item, href, rel }: LinkView, i: number, context: ItemContext) {
    const kicker = this.renderKicker(item);
    const meta = this.renderMeta(item, context);
    return html`<li part="item" data-i=${i}>
      ${context.media ? this.renderMedia(item) : nothing}
      <div part="body">${kicker}<a part="link" href=${href} rel=${rel ?? nothing}>${item.headline}</a>${meta}</div>
    </li>`;
  }

  /** The thumbnail, or a placeholder of the same size when there is none or it failed. */
  private renderMedia({ image }: RelatedLink) {
    if (!image || this.broken.has(image.url)) return html`<span part="placeholder" class="media"></span>`;
    return html`<img
      part="image"
      class="media"
      src=${image.url}
      srcset=${image.srcset ?? nothing}
      sizes=${image.sizes ?? nothing}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      alt=${image.alt ?? ''}
      loading="lazy"
      decoding="async"
      @error=${() => (this.broken = new Set(this.broken).add(image.url))}
    />`;
  }

  private renderKicker({ sponsored, articleSection }: RelatedLink) {
    if (!sponsored && !articleSection) return nothing;
    return html`<div part="kicker">
      ${sponsored ? html`<span part="sponsored">${this.t('sponsored')}</span>` : nothing} ${articleSection}
    </div>`;
  }

  private renderMeta({ datePublished: date, author }: RelatedLink, { now, locale }: ItemContext) {
    if (!date && !author) return nothing;
    const time = date
      ? html`<time part="date" datetime=${toDatetimeAttr(date)} title=${formatWhen(date, locale)}
          >${formatRelativeWhen(date, now, locale)}</time
        >`
      : nothing;
    return html`<div part="meta">${time} ${author ? html`<span part="author">${author}</span>` : nothing}</div>`;
  }

  private renderMore(shown: number) {
    return shown < this.views.length
      ? html`<button part="more" @click=${() => this.showMore(shown)}>${this.t('more')}</button>`
      : nothing;
  }

  override render() {
    if (!this.model) return html`<slot></slot>`;
    if (!this.views.length) return nothing;
    const limit = Number.isInteger(this.max) && this.max > 0 ? this.max + this.extra : this.views.length;
    const shown = this.views.slice(0, limit);
    const thumbs = this.shownLayout !== 'compact' && shown.some((v) => v.item.image);
    const context: ItemContext = { now: Date.now(), locale: this.locale, media: thumbs };
    const heading = this.heading ?? this.t('heading');
    return html`<nav
      part="base"
      aria-labelledby=${heading ? 'heading' : nothing}
      aria-label=${heading ? nothing : this.t('heading')}
    >
      ${this.renderHeading(heading)} ${this.renderControls()}
      <ul
        part="list"
        id="stories"
        class=${this.shownLayout}
        @click=${this.onClick}
        @auxclick=${this.onClick}
        @keydown=${this.carousel.onKeydown}
        @scroll=${this.carousel.onScroll}
      >
        ${shown.map((view, i) => this.renderItem(view, i, context))}
      </ul>
      ${this.renderMore(shown.length)}
    </nav>`;
  }
}

/** The index into the views of the story an `<li>` renders. */
const indexOf = (li: Element) => Number((li as HTMLElement).dataset.i);

declare global {
  interface HTMLElementTagNameMap {
    'related-links': RelatedLinks;
  }
  interface GlobalEventHandlersEventMap {
    'related-link-click': CustomEvent<RelatedLinkEventDetail>;
    'related-link-impression': CustomEvent<RelatedLinkEventDetail>;
  }
}
