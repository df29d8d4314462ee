import { expect } from '@open-wc/testing';
import { captureConsole } from './helpers.js';
import { defineAll } from '../src/define.js';
import { FilmCard, PullQuote } from '../src/elements.js';
import { VERSION } from '../src/version.js';

describe('safe registration', () => {
  it('another reelkit version already holding a tag: exactly one warning, first definition stays', async () => {
    class Older extends HTMLElement {
      static reelkitVersion = '0.0.9';
    }
    class Foreign extends HTMLElement {}
    customElements.define('pull-quote', Older);
    customElements.define('video-embed', Foreign);
    const log = captureConsole();
    try {
      await import('../src/index.js');
    } finally {
      log.restore();
    }
    expect(log.warns).to.deep.equal([
      `reelkit ${VERSION}: kept the existing definitions of <video-embed> (another library), <pull-quote> (reelkit 0.0.9); this copy registered nothing for them.`,
    ]);
    expect(customElements.get('pull-quote')).to.equal(Older);
    expect(customElements.get('film-card')).to.equal(FilmCard);
  });

  it('the same classes registered again: silent', () => {
    const log = captureConsole();
    try {
      defineAll({ 'film-card': FilmCard });
    } finally {
      log.restore();
    }
    expect(log.warns).to.deep.equal([]);
  });

  it('reelkit/elements classes register under the app’s own tag names', async () => {
    customElements.define('my-quote', class extends PullQuote {});
    const el = document.createElement('my-quote') as PullQuote;
    el.setAttribute('text', 'Hello');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
    el.remove();
  });

  it('VERSION matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
