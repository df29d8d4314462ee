// Loads the BUILT bundle (npm test builds it first), not the sources.
import { expect } from '@open-wc/testing';
import { captureConsole } from './helpers.js';
import * as source from '../src/elements.js';

type Styled = { styles?: unknown };
/**
 * Every rule of a class's styles as the browser's CSSOM serialises it. Values holding
 * var() are kept as written, so the space after a comma is the one difference the
 * CSSOM leaves: it is removed on both sides.
 */
const rulesOf = (ctor: Styled): string[] =>
  [ctor.styles]
    .flat(Infinity)
    .flatMap((s) => [...((s as { styleSheet?: CSSStyleSheet }).styleSheet?.cssRules ?? [])])
    .map((rule) => rule.cssText.replace(/\s*,\s*/g, ','));

const TAGS = [
  'film-data',
  'film-card',
  'release-countdown',
  'related-links',
  'video-embed',
  'pull-quote',
  'where-to-watch',
];

describe('dist/reelkit.js', () => {
  it('has no bare import left', async () => {
    const text = await (await fetch('/dist/reelkit.js')).text();
    expect(text).not.to.match(/\bimport\s*[^(]*?from\s*["'][^./]/);
    expect(text).not.to.match(/\bimport\s*["'][^./]/);
  });

  it('defines every element, and loading it twice leaves no warning or error', async () => {
    const log = captureConsole();
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await import('/dist/reelkit.js' as string);
      await import('/dist/reelkit.js?copy=2' as string); // a second copy of the same build
      expect(TAGS.filter((t) => !customElements.get(t))).to.deep.equal([]);
      expect(log.warns).to.deep.equal([]);
      expect(log.errors).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    } finally {
      log.restore();
      window.removeEventListener('error', onError);
    }
  });

  it('ships exactly the CSS rules of the sources (the build only collapses whitespace and comments)', async () => {
    const dist = (await import('/dist/reelkit.js' as string)) as Record<string, Styled>;
    const sources = source as unknown as Record<string, Styled>;
    const names = Object.keys(sources).filter((name) => sources[name]?.styles);
    expect(names).to.include.members(['FilmCard', 'ReleaseCountdown', 'RelatedLinks', 'VideoEmbed', 'PullQuote']);
    for (const name of names) {
      const fromSource = rulesOf(sources[name]!);
      expect(fromSource.length, name).to.be.greaterThan(0);
      expect(rulesOf(dist[name]!), name).to.deep.equal(fromSource);
    }
  });

  it('renders an element from the bundle', async () => {
    const el = document.createElement('pull-quote');
    el.setAttribute('text', 'A long take.');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
    el.remove();
  });
});
