import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import type { Video, VideoProvider } from '../../data/model.js';
import { isCrossOrigin } from '../../data/safe-url.js';
import { PLAYER_ORIGIN, playerUrl, thumbnailUrl, videoHost, watchUrl } from '../../data/video.js';
import { videoFromMarkup } from './cms.js';
import { withTokens } from '../../styles/tokens.js';
import { formatClock, formatDuration, splitDuration } from '../../time/duration.js';
import { styles } from './video-embed.styles.js';

/** The facade (poster and play button), the consent notice, or the loaded player. */
type Stage = 'facade' | 'consent' | 'player';

export interface VideoConsentDetail {
  /** True when the reader chose to play, false when they cancelled. */
  accepted: boolean;
  provider: VideoProvider;
}

/**
 * A click-to-play video facade: poster, title, duration and a real play button. Nothing
 * is loaded from the video's host until the reader asks for it; then the
 * privacy-enhanced player (youtube-nocookie.com, Vimeo with dnt=1) or a native
 * `<video>` takes its place, focused.
 *
 * @summary Privacy-friendly, zero-layout-shift YouTube / Vimeo / video-file embed.
 * @fires {CustomEvent<VideoConsentDetail>} video-consent - When the reader answers the consent notice. detail: {accepted, provider}
 * @slot - Fallback shown before upgrade, without JS or with unusable data: a plain link to the video. A YouTube/Vimeo/video-file `<a href>` in it also gives `url`.
 * @csspart base - The facade: poster, button and notice.
 * @csspart thumbnail - The poster image.
 * @csspart play - The play button covering the poster (for a player page of another host: a link opening it in a new tab).
 * @csspart name - The video's title on the poster.
 * @csspart icon - The play symbol.
 * @csspart duration - The running time badge.
 * @csspart consent - The consent notice.
 * @csspart accept - The notice's play button.
 * @csspart cancel - The notice's cancel button.
 * @csspart player - The player `<iframe>` or `<video>`.
 * @cssprop --reelkit-video-embed-aspect-ratio - Box ratio when no `aspect-ratio` attribute is set (16 / 9).
 * @cssprop --reelkit-video-embed-background - Facade colour behind the poster (#000).
 * @cssprop --reelkit-video-embed-color - Text on the facade (#fff).
 * @cssprop --reelkit-video-embed-scrim - Shade behind the title and the notice (#000b).
 * @cssprop --reelkit-accent - The play symbol's disc and the notice's play button.
 * @cssprop --reelkit-radius - Corner radius of the box and the notice's buttons.
 * @tag video-embed
 */
export class VideoEmbed extends DataElement<'video'> {
  static override styles = withTokens(styles);
  static override wordsName = 'video-embed';

  static override attributeFields = {
    provider: 'provider',
    videoId: 'id',
    url: 'url',
    name: 'name',
    thumbnail: 'thumbnail.url',
    duration: 'duration',
    start: 'startTime',
  };

  static override defaultStrings = {
    video: 'Video',
    play: 'Play: {name}',
    open: 'Play on {host} (new tab): {name}',
    consent: 'Playing this video loads it from {host}, which may set cookies.',
    accept: 'Play video',
    cancel: 'Cancel',
  };

  protected readonly recordType = 'video' as const;

  /** youtube, vimeo or file; worked out from `url` or `video-id` when absent. */
  @property() provider?: VideoProvider;

  /** The provider's id: 11 characters for YouTube, digits for Vimeo. */
  @property({ attribute: 'video-id' }) videoId?: string;

  /** A YouTube or Vimeo page/embed URL, or the video file's URL. */
  @property() url?: string;

  /** The video's title: shown on the poster, names the button and the player. */
  @property() name?: string;

  /** Poster image URL. Default: YouTube's own thumbnail; none for Vimeo and files. */
  @property() thumbnail?: string;

  /** Running time: seconds or ISO 8601 ("PT2M41S"). */
  @property() duration?: string;

  /** Where to start playing: seconds or ISO 8601. */
  @property() start?: string;

  /** Ask before loading anything from the video's host; the answer fires `video-consent`. */
  @property({ type: Boolean }) consent = false;

  /** Box ratio as width/height: "16/9" (default), "4:3", "1". */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /**
   * The `id` of the `<film-card>` whose "Play trailer" plays here (attribute `for`, as a
   * `<label for>` names its control). The card hands over its trailer as `data` and
   * calls `play()`; cancelling the card's `film-card-trailer` event stops it.
   */
  @property({ attribute: 'for' }) for?: string;

  @state() private stage: Stage = 'facade';

  static override lightDomKeys = ['url', 'name'];

  /**
   * A fallback link to a YouTube/Vimeo page or a video file gives the `url` (its text is
   * a call to action, not a title), as do WordPress `core/embed` and an `<iframe>` (which
   * is replaced by a link: see cms.ts); a `<figcaption>` gives the `name`.
   */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    return videoFromMarkup(this);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('aspectRatio')) {
      const r = this.aspectRatio?.replace(':', '/');
      const [w = 0, h = 1] = (r ?? '').split('/').map(Number);
      const ok = r && w > 0 && h > 0 && CSS.supports('aspect-ratio', r);
      if (r && !ok) this.report('aspect-ratio', `"${this.aspectRatio!.slice(0, 40)}" is not a ratio like 16/9`);
      // On the host, so the box the page reserved is the box the element keeps.
      if (ok) this.style.setProperty('--_ar', r);
      else this.style.removeProperty('--_ar');
    }
    if (changed.get('stage') !== undefined)
      this.renderRoot.querySelector<HTMLElement>('iframe,video,[part=accept],[part=play]')?.focus();
  }

  /** Loads the player now, as the play button does (after the consent notice, if `consent` is set). */
  async play(): Promise<void> {
    await this.updateComplete;
    if (this.model && this.stage === 'facade') this.activate();
  }

  private activate(): void {
    const v = this.model!;
    // A same-origin file contacts no third party, so there is nothing to consent to.
    this.stage = this.consent && (v.provider !== 'file' || isCrossOrigin(v.url!, this.baseURI)) ? 'consent' : 'player';
  }

  private answer(accepted: boolean): void {
    this.emit<VideoConsentDetail>('video-consent', { accepted, provider: this.model!.provider });
    this.stage = accepted ? 'player' : 'facade';
  }

  /** Hover/focus: warm up the player's origin, once per page; never before consent. */
  private warm(): void {
    const origin = !this.consent && PLAYER_ORIGIN[this.model!.provider];
    if (origin && !document.head.querySelector(`link[rel=preconnect][href="${origin}"]`))
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preconnect', href: origin }));
  }

  /** The loaded player: the provider's privacy-enhanced iframe, or a native `<video>`. */
  private renderPlayer(v: Video, name: string) {
    const src = playerUrl(v) ?? nothing;
    return v.provider === 'file'
      ? html`<video
          part="player"
          src=${src}
          poster=${v.thumbnail?.url ?? nothing}
          aria-label=${name}
          controls
          autoplay
          playsinline
        ></video>`
      : html`<iframe
          part="player"
          src=${src}
          title=${name}
          allow="autoplay; encrypted-media; picture-in-picture"
          allowfullscreen
        ></iframe>`;
  }

  private renderConsent(v: Video) {
    return html`<div part="consent">
      <p id="c">${this.t('consent', { host: videoHost(v, this.baseURI) })}</p>
      <button part="accept" aria-describedby="c" @click=${() => this.answer(true)}>${this.t('accept')}</button>
      <button part="cancel" @click=${() => this.answer(false)}>${this.t('cancel')}</button>
    </div>`;
  }

  /**
   * The play button over the poster, with the title and the running time. A player page
   * of another host (`page`) gets a link opening it in a new tab; without a url, no
   * button at all: the poster and the title.
   */
  private renderFacade(v: Video, name: string) {
    const d = v.duration;
    const parts = d ? splitDuration(d * 1000, d < 3600 ? 'minute' : 'hour') : undefined;
    const icon = html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z" /></svg>`;
    const page = v.provider === 'page' ? watchUrl(v) : undefined;
    const button =
      v.provider !== 'page'
        ? html`<button
            part="play"
            aria-label=${this.t('play', { name })}
            aria-describedby=${parts ? 'd' : nothing}
            @click=${this.activate}
            @focus=${this.warm}
            @pointerenter=${this.warm}
          >
            ${icon}
          </button>`
        : page
          ? html`<a
              part="play"
              href=${page}
              target="_blank"
              rel="noopener"
              aria-label=${this.t('open', { name, host: videoHost(v, this.baseURI) })}
              aria-describedby=${parts ? 'd' : nothing}
              >${icon}</a
            >`
          : nothing;
    return html`${button}
    ${v.name ? html`<span part="name" aria-hidden=${button === nothing ? nothing : 'true'}>${name}</span>` : nothing}
    ${
      parts
        ? html`<span part="duration" aria-hidden="true">${formatClock(parts, this.locale)}</span
            ><span id="d" hidden>${formatDuration(parts, this.locale)}</span>`
        : nothing
    }`;
  }

  override render() {
    const v = this.model;
    if (!v) return html`<slot></slot>`;
    const name = v.name ?? this.t('video');
    // A player page of another host never plays here (it opens in a new tab), also when
    // the data changed to one while a player or the consent notice was showing.
    const stage = v.provider === 'page' ? 'facade' : this.stage;
    if (stage === 'player') return this.renderPlayer(v, name);
    const thumb = thumbnailUrl(v, { consent: this.consent });
    return html`<div part="base">
      ${thumb ? html`<img part="thumbnail" src=${thumb} alt="" loading="lazy" />` : nothing}
      ${stage === 'consent' ? this.renderConsent(v) : this.renderFacade(v, name)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'video-embed': VideoEmbed;
  }
  interface GlobalEventHandlersEventMap {
    'video-consent': CustomEvent<VideoConsentDetail>;
  }
}
