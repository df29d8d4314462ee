// Bundled with esbuild from the installed tarball and opened in Chromium: every entry
// imports in the browser, reelkit registers the elements, reelkit/react renders one.
import { createRoot } from 'react-dom/client';
import * as root from 'reelkit';
import * as elements from 'reelkit/elements';
import { FilmCard } from 'reelkit/react';
import 'reelkit/locales/de';

const film = { name: 'Atomic Blonde', year: 2017 };
const el = document.getElementById('app')!;
createRoot(el).render(<FilmCard id="card" data={film} lang="de" />);

const report = async () => {
  const card = document.getElementById('card') as InstanceType<typeof root.FilmCard> | null;
  await card?.updateComplete;
  return {
    version: root.VERSION,
    defined: customElements.get('film-card') === root.FilmCard,
    elementsEntry: typeof elements.FilmCard === 'function' && customElements.get('film-card') !== elements.FilmCard,
    upgraded: card instanceof root.FilmCard,
    title: card?.shadowRoot?.querySelector('[part="title"]')?.textContent?.replace(/\s+/g, ' ').trim(),
  };
};
(window as unknown as { report: typeof report }).report = report;
