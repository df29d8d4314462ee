/**
 * The markup CMSs write for a video, read as <video-embed>'s input: a plain link,
 * WordPress `core/embed` (`<figure class="wp-block-embed"><div
 * class="wp-block-embed__wrapper">URL</div><figcaption>…</figcaption></figure>`), and the
 * `<iframe src>` some themes and Ghost's `kg-embed-card` print there instead.
 *
 * An iframe in the light DOM starts loading when the parser sees it, before any script:
 * reelkit cannot stop that request. What it does: reads the iframe's src as the video's
 * URL and, once upgraded, replaces the iframe with a plain link to that URL (checked by
 * the allow-list), which ends the provider's player on the page. CMS markup should keep
 * the URL as text or a link, as core/embed's wrapper does.
 */
import { checkUrl } from '../../data/safe-url.js';
import { isVideoUrl } from '../../data/video.js';

export function videoFromMarkup(host: Element): Record<string, unknown> | undefined {
  const frame = host.querySelector('iframe[src]');
  if (frame) {
    const check = checkUrl(frame.getAttribute('src')!);
    const link = document.createElement('a');
    if (check.ok) link.href = check.url;
    link.textContent = frame.getAttribute('title') || (check.ok ? check.url : '');
    frame.replaceWith(link);
  }
  const url =
    host.querySelector('a[href]')?.getAttribute('href') ??
    host.querySelector('.wp-block-embed__wrapper')?.textContent?.trim() ??
    '';
  const caption = host.querySelector('figcaption')?.textContent?.trim();
  return isVideoUrl(url) ? { url, name: caption || undefined } : undefined;
}
