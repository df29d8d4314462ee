import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import type { VideoProvider } from '../../data/model.js';
import { parseVideoUrl } from '../../data/records.js';
import { checkUrl, isCrossOrigin } from '../../data/safe-url.js';
import { tokens } from '../../styles/tokens.js';
import { formatClock, formatDuration, splitDuration } from '../../time/duration.js';
import { styles } from './video-embed.styles.js';

/** Player origins: the preconnect hints and the start of every player URL. */
const ORIGIN: Partial<Record<VideoProvider, string>> = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
};
const HOST: Partial<Record<VideoProvider, string>> = { youtube: 'YouTube', vimeo: 'Vimeo' };

/** URLs we build still pass the one allow-list. */
const safe = (url: string) => (checkUrl(url).ok ? url : undefined);

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
 * @fires video-consent - When the reader answers the consent notice. detail: {accepted, provider}
 * @slot - Fallback shown before upgrade, without JS or with unusable data: a plain link to the video. A YouTube/Vimeo/video-file `<a href>` in it also gives `url`.
 * @csspart base - The facade: poster, button and notice.
 * @csspart thumbnail - The poster image.
 * @csspart play - The play button covering the poster.
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
  static override styles = [tokens, styles];

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
    consent: 'Playing this video loads it from {host}, which may set cookies.',
    accept: 'Play video',
    cancel: 'Cancel',
  };

  protected readonly recordType = 'video' as const;

  /** youtube, vimeo or file; worked out from `url` or `video-id` when absent. */
  @property() provider?: string;

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

  /** 0 facade, 1 consent notice, 2 player. */
  @state() private phase = 0;

  static override lightDomKeys = ['url'];

  /**
   * A fallback link to a YouTube/Vimeo page or a video file gives the `url`. Its text
   * is a call to action ("Watch the featurette (2:41)"), not a title, so it is not used.
   */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    const url = this.querySelector('a[href]')?.getAttribute('href') ?? '';
    return parseVideoUrl(url) || /\.(mp4|webm|ogv|mov|m4v)([?#]|$)/i.test(url) ? { url } : undefined;
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
    if (changed.get('phase') !== undefined)
      this.renderRoot.querySelector<HTMLElement>('iframe,video,[part=accept],[part=play]')?.focus();
  }

  /** Loads the player now, as the play button does (after the consent notice, if `consent` is set). */
  async play(): Promise<void> {
    await this.updateComplete;
    if (this.model && !this.phase) this.activate();
  }

  private activate(): void {
    const v = this.model!;
    // A same-origin file contacts no third party, so there is nothing to consent to.
    this.phase = this.consent && (v.provider !== 'file' || isCrossOrigin(v.url!, this.baseURI)) ? 1 : 2;
  }

  private answer(accepted: boolean): void {
    this.dispatchEvent(
      new CustomEvent<VideoConsentDetail>('video-consent', {
        detail: { accepted, provider: this.model!.provider },
        bubbles: true,
        composed: true,
      }),
    );
    this.phase = accepted ? 2 : 0;
  }

  /** Hover/focus: warm up the player's origin, once per page; never before consent. */
  private warm(): void {
    const origin = !this.consent && ORIGIN[this.model!.provider];
    if (origin && !document.head.querySelector(`link[rel=preconnect][href="${origin}"]`))
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preconnect', href: origin }));
  }

  override render() {
    const v = this.model;
    if (!v) return html`<slot></slot>`;
    const name = v.name ?? this.t('video');
    const start = Math.floor(v.startTime ?? 0);

    if (this.phase > 1) {
      // Start: YouTube's start=N; Vimeo's #t=Ns; a media fragment #t=N for files.
      const src =
        v.provider === 'youtube'
          ? `${ORIGIN.youtube}/embed/${v.id}?autoplay=1${start ? `&start=${start}` : ''}`
          : (v.provider === 'vimeo' ? `${ORIGIN.vimeo}/video/${v.id}?autoplay=1&dnt=1` : v.url) +
            (start ? `#t=${start}${v.id ? 's' : ''}` : '');
      return v.provider === 'file'
        ? html`<video
            part="player"
            src=${safe(src) ?? nothing}
            poster=${v.thumbnail?.url ?? nothing}
            aria-label=${name}
            controls
            autoplay
            playsinline
          ></video>`
        : html`<iframe
            part="player"
            src=${safe(src) ?? nothing}
            title=${name}
            allow="autoplay; encrypted-media; picture-in-picture"
            allowfullscreen
          ></iframe>`;
    }

    // The provider's thumbnail is a third-party request too: not before consent.
    const thumb =
      v.thumbnail?.url ??
      (v.provider === 'youtube' && !this.consent ? safe(`https://i.ytimg.com/vi/${v.id}/hqdefault.jpg`) : undefined);
    const d = v.duration;
    const parts = d ? splitDuration(d * 1000, d < 3600 ? 'minute' : 'hour') : undefined;
    return html`<div part="base">
      ${thumb ? html`<img part="thumbnail" src=${thumb} alt="" loading="lazy" />` : nothing}
      ${
        this.phase
          ? html`<div part="consent">
              <p id="c">${this.t('consent', { host: HOST[v.provider] ?? new URL(v.url!, this.baseURI).hostname })}</p>
              <button part="accept" aria-describedby="c" @click=${() => this.answer(true)}>${this.t('accept')}</button>
              <button part="cancel" @click=${() => this.answer(false)}>${this.t('cancel')}</button>
            </div>`
          : html`<button
                part="play"
                aria-label=${this.t('play', { name })}
                aria-describedby=${parts ? 'd' : nothing}
                @click=${this.activate}
                @focus=${this.warm}
                @pointerenter=${this.warm}
              >
                <svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z" /></svg>
              </button>
              ${v.name ? html`<span part="name" aria-hidden="true">${name}</span>` : nothing}
              ${
                parts
                  ? html`<span part="duration" aria-hidden="true">${formatClock(parts, this.locale)}</span
                      ><span id="d" hidden>${formatDuration(parts, this.locale)}</span>`
                  : nothing
              }`
      }
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
