import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataElement, type HeadingLevel } from '../../base/data-element.js';
import { ImpressionController } from '../../controllers/impressions.js';
import type { Offer } from '../../data/model.js';
import { themedSurface, withTokens } from '../../styles/tokens.js';
import { formatWhen } from '../../time/duration.js';
import { toDatetimeAttr } from '../../time/when.js';
import { buildGroups, offerTexts, plainOffers, singleOffer, type OfferGroup, type OfferView } from './offer-views.js';
import { styles } from './where-to-watch.styles.js';
import { whereToWatchStrings } from './where-to-watch.strings.js';

const LAYOUTS = ['list', 'compact', 'grid'] as const;
export type WatchLayout = (typeof LAYOUTS)[number];

/** `detail` of both events. `position` counts from 1 over the whole element. */
export interface WatchOfferEventDetail {
  offer: Offer;
  position: number;
  /** The href as rendered (tracking parameters included). */
  href: string;
}

/**
 * Where to watch, rent or buy the film: the publisher's own offers grouped by type, with
 * affiliate-ready links, first-party analytics events and no request, script or iframe
 * of any provider.
 *
 * @summary Where to watch: offers grouped by stream, rent, buy, free and cinema, from attributes, JSON, a provider, JSON-LD or plain links.
 * @fires watch-offer-click - A reader clicked (or middle-clicked) an offer. detail: {offer, position, href}. Cancelable: preventDefault() stops the navigation.
 * @fires watch-offer-impression - Once per offer, when at least half of it has been visible. detail: {offer, position, href}
 * @slot - Fallback shown before the element upgrades and without JS: plain links (`<a href>` or a `<ul>` of them; the text is the provider, a price in it is read, `data-type` gives the type, rel="sponsored" an ad), which are also read as input.
 * @csspart base - The `<section>` wrapper.
 * @csspart heading - The heading.
 * @csspart group - One type's block (stream, rent, buy, free, cinema).
 * @csspart group-heading - A group's heading.
 * @csspart list - A `<ul>` of offers.
 * @csspart item - One offer (`<li>`).
 * @csspart link - The offer's link.
 * @csspart logo - The provider's logo.
 * @csspart provider - The provider's name.
 * @csspart quality - SD, HD or 4K.
 * @csspart price - The price.
 * @csspart mark - The "Ad" or "Affiliate" mark.
 * @csspart availability - "Pre-order" / "From 14 Nov".
 * @csspart note - "Prices may change" and the day they were checked.
 * @cssprop --reelkit-where-to-watch-gap - Space between offers (default: --reelkit-space × 0.5).
 * @cssprop --reelkit-where-to-watch-heading-size - Font size of the heading (1.25rem).
 * @cssprop --reelkit-where-to-watch-logo - Logo box size (2rem).
 * @cssprop --reelkit-where-to-watch-tile - Minimum tile width in the grid layout (10rem).
 * @cssprop --reelkit-color-text - Text colour.
 * @cssprop --reelkit-color-muted - Group heading, note and availability colour.
 * @cssprop --reelkit-color-subtle - Offer background.
 * @cssprop --reelkit-color-border - Offer border.
 * @cssprop --reelkit-accent - Price colour.
 * @cssprop --reelkit-radius - Corner radius.
 * @cssprop --reelkit-space - Base spacing.
 * @cssprop --reelkit-font - Font family.
 * @cssprop --reelkit-heading-font - Heading font family.
 * @cssprop --reelkit-focus-ring - Focus outline.
 * @tag where-to-watch
 */
export class WhereToWatch extends DataElement<'offers'> {
  static override styles = withTokens(themedSurface, styles);
  static override wordsName = 'where-to-watch';
  static override defaultStrings = whereToWatchStrings;
  protected readonly recordType = 'offers' as const;

  static override attributeFields = {
    provider: 'provider',
    href: 'url',
    type: 'type',
    price: 'price',
    currency: 'currency',
    quality: 'quality',
    logo: 'provider.logo',
    starts: 'availabilityStarts',
    sponsored: 'sponsored',
    affiliate: 'affiliate',
    checked: 'checked',
  };

  /** A single offer: the provider's name. */
  @property() provider?: string;
  /** A single offer: its link. */
  @property() href?: string;
  /** A single offer: stream, rent, buy, free, ads or cinema (aliases: subscription, rental, purchase…). */
  @property() type?: string;
  /** A single offer: its price, shown only with `currency`. */
  @property() price?: string;
  /** A single offer: ISO 4217 currency of the price. */
  @property() currency?: string;
  /** A single offer: SD, HD or 4K. */
  @property() quality?: string;
  /** A single offer: URL of the provider's logo (your own copy). */
  @property() logo?: string;
  /** A single offer: when it becomes available (ISO 8601); in the future it is a pre-order. */
  @property() starts?: string;
  /** A single offer: paid placement ("Ad", rel="sponsored"). */
  @property({ type: Boolean }) sponsored?: boolean;
  /** A single offer: affiliate link ("Affiliate", rel="sponsored"). */
  @property({ type: Boolean }) affiliate?: boolean;
  /** The day the prices were checked (ISO 8601), shown in the note. */
  @property() checked?: string;

  /** The reader's region (ISO 3166, "US"); default: the region of the language ("en-US"). Offers for other regions are not shown. */
  @property() region?: string;

  /** How the offers are laid out: list (grouped), compact (one line of provider buttons) or grid (grouped tiles). */
  @property() layout: WatchLayout = 'list';

  /** Heading text (default: the `heading` string, "Where to watch"); empty = no visible heading. */
  @property() heading?: string;

  /** Level of the heading, 1–6; group headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** utm_source added to every link (a link's own utm_source wins). */
  @property({ attribute: 'utm-source' }) utmSource?: string;
  /** utm_medium added to every link. */
  @property({ attribute: 'utm-medium' }) utmMedium?: string;
  /** utm_campaign added to every link. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  /** Logos that failed to load, by URL: not drawn. */
  @state() private broken = new Set<string>();

  private readonly impressions = new ImpressionController(this, (_key, li) =>
    this.emit('watch-offer-impression', this.detailOf(li)),
  );

  private groups: OfferGroup[] = [];
  private shownLayout: WatchLayout = 'list';
  private shownLevel: HeadingLevel = '2';
  private shownRegion?: string;
  private page = '';

  static override lightDomKeys = ['offers'];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) this.page = location.href;
  }

  /** Plain links written inside the element, as raw offers for the shared pipeline. */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    const offers = plainOffers(this);
    return offers.length ? { offers } : undefined;
  }

  /** The single offer the attributes describe (needs `provider` or `href`), and `checked`. */
  protected override attributeInput(): Record<string, unknown> | undefined {
    return singleOffer(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout')) this.shownLayout = this.choice('layout', this.layout, LAYOUTS, 'list');
    if (changed.has('headingLevel')) this.shownLevel = this.headingLevelOf(this.headingLevel, '2');
    if (changed.has('region')) {
      const region = this.region?.trim().toUpperCase();
      const ok = !region || /^[A-Z]{2}$/.test(region);
      if (!ok) this.report('region', `"${this.region!.slice(0, 40)}" is not an ISO 3166 region`);
      this.shownRegion = ok ? region || undefined : undefined;
    }
    const utm = { utm_source: this.utmSource, utm_medium: this.utmMedium, utm_campaign: this.utmCampaign };
    const region = this.shownRegion ?? this.readerRegion;
    this.groups = buildGroups(this.model?.offers ?? [], { region, now: Date.now(), page: this.page, utm });
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const items = this.renderRoot.querySelectorAll('li');
    this.impressions.watch(items, (li) => {
      const view = this.viewOf(li);
      return view && `${view.offer.provider.name}|${view.offer.url}`;
    });
  }

  private viewOf(li: Element): OfferView | undefined {
    const position = Number((li as HTMLElement).dataset.p);
    for (const g of this.groups) for (const v of g.views) if (v.position === position) return v;
    return undefined;
  }

  /** `detail` of both events for the offer rendered in `li`. */
  private detailOf(li: Element): WatchOfferEventDetail {
    const { offer, position, href } = this.viewOf(li)!;
    return { offer, position, href };
  }

  private onClick(e: MouseEvent): void {
    if (e.button > 1) return;
    const li = (e.currentTarget as Element).closest('li')!;
    if (!this.emit('watch-offer-click', this.detailOf(li), { cancelable: true })) e.preventDefault();
  }

  /** The provider's logo (decorative: the name is next to it); none once it failed to load. */
  private renderLogo(logo: string | undefined) {
    if (!logo || this.broken.has(logo)) return nothing;
    return html`<img
      part="logo"
      src=${logo}
      alt=""
      width="32"
      height="32"
      loading="lazy"
      decoding="async"
      @error=${() => (this.broken = new Set(this.broken).add(logo))}
    />`;
  }

  private renderOffer(view: OfferView, now: number) {
    const { offer, href, rel, position } = view;
    const { price, when, mark, name } = offerTexts(view, now, this.locale, (key, values) => this.t(key, values));
    // The link's name is the whole sentence (read once); the visible parts repeat it for the eye.
    return html`<li part="item" data-p=${position}>
      <a part="link" href=${href} rel=${rel ?? nothing} @click=${this.onClick} @auxclick=${this.onClick}>
        <span class="face" aria-hidden="true">
          ${this.renderLogo(offer.provider.logo)}
          <span part="provider">${offer.provider.name}</span>
          ${offer.quality ? html`<span part="quality">${offer.quality}</span>` : nothing}
          ${price ? html`<span part="price">${price}</span>` : nothing}
          ${mark ? html`<span part="mark">${mark}</span>` : nothing}
          ${
            when
              ? html`<span part="availability"
                  >${offer.type === 'buy' ? `${this.t('preorder')} · ` : ''}<time
                    datetime=${toDatetimeAttr(offer.availabilityStarts!)}
                    >${this.t('from', { date: when })}</time
                  ></span
                >`
              : nothing
          }
        </span>
        <span class="sr">${name}</span>
      </a>
    </li>`;
  }

  private renderGroup({ group, views }: OfferGroup, now: number) {
    const level = String(Math.min(6, Number(this.shownLevel) + 1));
    return html`<div part="group">
      <div part="group-heading" id="g-${group}" role="heading" aria-level=${level}>${this.t(group)}</div>
      <ul part="list" class=${this.shownLayout} aria-labelledby="g-${group}">
        ${views.map((v) => this.renderOffer(v, now))}
      </ul>
    </div>`;
  }

  private renderNote() {
    const priced = this.groups.some((g) => g.views.some((v) => v.offer.price !== undefined));
    if (!priced) return nothing;
    const checked = this.model?.checked;
    const date = checked ? formatWhen(checked, this.locale) : '';
    return html`<p part="note">${checked ? this.t('checked', { date }) : this.t('note')}</p>`;
  }

  override render() {
    if (!this.model) return html`<slot></slot>`;
    if (!this.groups.length) return nothing;
    const now = Date.now();
    const heading = this.heading ?? this.t('heading');
    const body =
      this.shownLayout === 'compact'
        ? html`<ul part="list" class="compact" aria-labelledby=${heading ? 'heading' : nothing}>
            ${this.groups.flatMap((g) => g.views.map((v) => this.renderOffer(v, now)))}
          </ul>`
        : this.groups.map((g) => this.renderGroup(g, now));
    return html`<section
      part="base"
      aria-labelledby=${heading ? 'heading' : nothing}
      aria-label=${heading ? nothing : this.t('heading')}
    >
      ${
        heading
          ? html`<div part="heading" id="heading" role="heading" aria-level=${this.shownLevel}>${heading}</div>`
          : nothing
      }
      ${body} ${this.renderNote()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'where-to-watch': WhereToWatch;
  }
  interface GlobalEventHandlersEventMap {
    'watch-offer-click': CustomEvent<WatchOfferEventDetail>;
    'watch-offer-impression': CustomEvent<WatchOfferEventDetail>;
  }
}
