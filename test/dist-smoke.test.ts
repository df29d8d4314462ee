// Loads the BUILT bundle (npm test builds it first), not the sources.
import { expect } from '@open-wc/testing';
import { captureConsole } from './helpers.js';

const TAGS = ['film-data', 'film-card', 'release-countdown', 'related-links', 'video-embed', 'pull-quote'];

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

  it('renders an element from the bundle', async () => {
    const el = document.createElement('pull-quote');
    el.setAttribute('text', 'A long take.');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
    el.remove();
  });
});
