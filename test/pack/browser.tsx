// Bundled with esbuild from the installed tarball and opened in Chromium: every entry
// imports in the browser, reelkit registers the elements, reelkit/react (React 18)
// renders one with its data and passes its event to the handler.
import { createRoot } from 'react-dom/client';
import * as root from 'reelkit';
import * as elements from 'reelkit/elements';
import { FilmCard } from 'reelkit/react';
import 'reelkit/locales/de';
import type { FilmInput } from 'reelkit';

// Annotated: `data` takes a FilmInput, and an unannotated object's provider is a string.
const film: FilmInput = {
  name: 'Atomic Blonde',
  year: 2017,
  trailer: { provider: 'youtube', id: 'q0Ad7tbCjS0', name: 'Atomic Blonde: making the stairwell fight' },
};
const trailerEvents: string[] = [];
const el = document.getElementById('app')!;
createRoot(el).render(
  <FilmCard
    id="card"
    data={film}
    lang="de"
    onFilmCardTrailer={(e) => {
      e.preventDefault();
      trailerEvents.push(e.detail.video.name ?? '');
    }}
  />,
);

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const report = async () => {
  const card = document.getElementById('card') as InstanceType<typeof root.FilmCard> | null;
  await card?.updateComplete;
  return {
    version: root.VERSION,
    defined: customElements.get('film-card') === root.FilmCard,
    elementsEntry: typeof elements.FilmCard === 'function' && customElements.get('film-card') !== elements.FilmCard,
    upgraded: card instanceof root.FilmCard,
    title: text(card?.shadowRoot?.querySelector('[part="title"]')),
    trailerButton: text(card?.shadowRoot?.querySelector('[part="trailer"]')),
    trailerEvents,
  };
};
(window as unknown as { report: typeof report }).report = report;
