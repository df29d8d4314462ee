/**
 * Everything reelkit knows about video hosts, in one place: reading provider URLs and
 * ids, and building the player, thumbnail and watch URLs from a checked Video. Every
 * URL built here still passes the one allow-list.
 */
import type { Report } from './fields.js';
import type { Video, VideoProvider } from './model.js';
import { checkUrl } from './safe-url.js';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIDEO_FILE = /\.(mp4|webm|ogv|mov|m4v)([?#]|$)/i;
const STREAM = /\.(m3u8|mpd)([?#]|$)/i;

/** HLS plays in a `<video>` only where the browser has it built in (Safari, some mobiles). Asked at call time, never at module load. */
const hlsPlays = (url: string) =>
  /\.m3u8/i.test(url) &&
  typeof document !== 'undefined' &&
  document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';

/** Where each provider's privacy-enhanced player lives: preconnect hints and player URLs start here. */
export const PLAYER_ORIGIN: Partial<Record<VideoProvider, string>> = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
};

/** The provider's name as readers know it ("YouTube"), for the consent notice. */
export const PROVIDER_NAME: Partial<Record<VideoProvider, string>> = { youtube: 'YouTube', vimeo: 'Vimeo' };

const youtube = (id: string) => (YOUTUBE_ID.test(id) ? { provider: 'youtube' as const, id } : undefined);

/** Provider and id from a YouTube or Vimeo URL in any of its usual shapes. */
export function parseVideoUrl(href: string): { provider: 'youtube' | 'vimeo'; id: string } | undefined {
  let u: URL;
  try {
    u = new URL(href, 'https://invalid.example/');
  } catch {
    return undefined;
  }
  const host = u.hostname.replace(/^www\.|^m\./, '');
  if (host === 'youtu.be') return youtube(u.pathname.slice(1));
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const fromPath = /^\/(?:embed|shorts|v|live)\/([^/]+)/.exec(u.pathname)?.[1];
    return youtube(fromPath ?? u.searchParams.get('v') ?? '');
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /\/(\d{1,12})(?:$|[/?#])/.exec(u.pathname)?.[1];
    return id ? { provider: 'vimeo', id } : undefined;
  }
  return undefined;
}

/** True when `href` is a YouTube/Vimeo URL or names a video file (.mp4, .webm…). */
export function isVideoUrl(href: string): boolean {
  return parseVideoUrl(href) !== undefined || VIDEO_FILE.test(href);
}

const str = (u: unknown): u is string => typeof u === 'string' && u.trim() !== '';

/**
 * The URL of a schema.org VideoObject, by these rules: a playable file wins (`contentUrl`
 * is the media itself unless it is a stream the browser cannot play; an `embedUrl`/`url`
 * naming a .mp4/.webm file counts too); then a YouTube or Vimeo URL (the facade); then
 * any other URL is a player page of an unknown host: provider `page`, a facade whose
 * button opens that page in a new tab, never a `<video>` with a page URL. No URL at all
 * is `page` without one: the poster and title, with no play button.
 */
export function ldVideoUrl(content: unknown, embed: unknown, page: unknown): { url?: unknown; provider?: 'page' } {
  if (str(content) && (!STREAM.test(content) || hlsPlays(content))) return { url: content };
  const urls = [embed, page].filter(str);
  const known = urls.find((u) => isVideoUrl(u));
  if (known) return { url: known };
  return { url: urls[0] ?? (str(content) ? content : undefined), provider: 'page' };
}

/**
 * Works out provider and id from whatever was given: an id with a provider, or a
 * YouTube/Vimeo URL. Ids are checked by pattern, since they end up inside the player
 * URL we build.
 */
export function resolveVideo(v: Partial<Video>, path: string, report: Report): Video | undefined {
  let { provider, id } = v;
  if (!id && v.url) {
    const parsed = parseVideoUrl(v.url);
    if (parsed) ({ provider, id } = parsed);
    else provider ??= 'file';
  }
  provider ??= id ? (VIMEO_ID.test(id) ? 'vimeo' : 'youtube') : undefined;
  const at = (field: string) => `${path ? `${path}.` : ''}${field}`;
  if (!provider) return void report(path || 'video', 'needs an id or url');
  if (provider === 'youtube' && (!id || !YOUTUBE_ID.test(id))) return void report(at('id'), 'not a YouTube video id');
  if (provider === 'vimeo' && (!id || !VIMEO_ID.test(id))) return void report(at('id'), 'not a Vimeo video id');
  if (provider === 'file' && !v.url) return void report(at('url'), 'a video file needs a url');
  if (provider === 'page' && !v.url && !v.name && !v.thumbnail)
    return void report(path || 'video', 'needs a url or a name');
  const out: Video = { ...v, provider };
  if (provider === 'file' || provider === 'page') delete out.id;
  else out.id = id!;
  return out;
}

const safe = (url: string | undefined) => {
  const check = url ? checkUrl(url) : undefined;
  return check?.ok ? check.url : undefined;
};

/**
 * The URL that plays the video at once: the privacy-enhanced embed for YouTube
 * (start=N) and Vimeo (dnt=1, #t=Ns), the file itself (media fragment #t=N) for files.
 * Not for a `page` video: it has no player here (it opens in a new tab), and
 * <video-embed> never shows it one, whatever stage was open when the data changed.
 */
export function playerUrl(v: Video): string | undefined {
  const start = Math.floor(v.startTime ?? 0);
  if (v.provider === 'youtube')
    return safe(`${PLAYER_ORIGIN.youtube}/embed/${v.id}?autoplay=1${start ? `&start=${start}` : ''}`);
  const base = v.provider === 'vimeo' ? `${PLAYER_ORIGIN.vimeo}/video/${v.id}?autoplay=1&dnt=1` : v.url;
  return safe(base + (start ? `#t=${start}${v.id ? 's' : ''}` : ''));
}

/** The poster: the publisher's own thumbnail, else YouTube's (never before consent: it is a third-party request). */
export function thumbnailUrl(v: Video, options: { consent?: boolean } = {}): string | undefined {
  if (v.thumbnail?.url) return v.thumbnail.url;
  return v.provider === 'youtube' && !options.consent
    ? safe(`https://i.ytimg.com/vi/${v.id}/hqdefault.jpg`)
    : undefined;
}

/** The public page that plays the video (a link target): its own url, else the provider's watch page. */
export function watchUrl(v: Video): string | undefined {
  if (v.url || v.provider === 'page') return safe(v.url);
  return safe(`${v.provider === 'vimeo' ? 'https://vimeo.com/' : 'https://www.youtube.com/watch?v='}${v.id}`);
}

/** Who serves the video, for the consent notice: the provider's name, else the file's host. */
export function videoHost(v: Video, base: string): string {
  return PROVIDER_NAME[v.provider] ?? new URL(v.url ?? '', base).hostname;
}
