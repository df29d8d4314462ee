// The Content-Security-Policy the test pages are served with (browser-safe: the CSP
// tests import it too). Query switches:
//   ?csp=off      no policy (loading-order pages)
//   ?players      + what <video-embed> needs to show a YouTube/Vimeo poster and player
//   ?tt=none      trusted-types 'none' (proves the policy-name list is minimal)
//   ?tt=dup       trusted-types lit-html reelkit#jsonld 'allow-duplicates' (two copies of the bundle)
//   ?tt=lit       trusted-types lit-html only (a page that never asked for <review-score emit-jsonld>)
//   ?nodata       img-src without data: (reelkit itself never needs data: images)
const TRUSTED_TYPES = {
  'lit-html': 'trusted-types lit-html reelkit#jsonld',
  none: "trusted-types 'none'",
  dup: "trusted-types lit-html reelkit#jsonld 'allow-duplicates'",
  lit: 'trusted-types lit-html',
};

/** The policy header for a query; the default is the strict line the README documents. */
export function cspFor(query = {}) {
  const players = query.players !== undefined;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self'${query.nodata === undefined ? ' data:' : ''}${players ? ' https://i.ytimg.com' : ''}`,
    ...(players ? ['frame-src https://www.youtube-nocookie.com https://player.vimeo.com'] : []),
    "require-trusted-types-for 'script'",
    TRUSTED_TYPES[query.tt] ?? TRUSTED_TYPES['lit-html'],
  ].join('; ');
}
