/**
 * The fallback markup a CMS writes inside <film-card> (shown before upgrade and without
 * JavaScript), read as input: the first link or heading gives the name (and url), a
 * "(2017)" the year, an <img> the poster.
 */
export function filmFromFallback(host: Element): Record<string, unknown> | undefined {
  const heading = host.querySelector('a[href],h1,h2,h3,h4,h5,h6');
  if (!heading) return undefined;
  let text = '';
  for (const node of host.childNodes) if (node.nodeName !== 'SCRIPT') text += ` ${node.textContent}`;
  const link = heading.matches('a') ? heading : heading.querySelector('a[href]');
  const img = host.querySelector('img[src]');
  return {
    name: heading.textContent?.replace(/\(\d{4}\)/, ''),
    url: link?.getAttribute('href') ?? undefined,
    year: /\((\d{4})\)/.exec(text)?.[1],
    image: img ? { url: img.getAttribute('src'), alt: img.getAttribute('alt') ?? undefined } : undefined,
  };
}
