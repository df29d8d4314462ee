// Type-checked (tsc, skipLibCheck off) against the installed tarball's types.
import { FilmCard, VERSION, registerTranslation, type Film, type RelatedLinkEventDetail } from 'reelkit';
import { FilmCard as FilmCardClass } from 'reelkit/elements';

const film: Film = { name: 'Atomic Blonde', year: 2017 };
const card: FilmCard = new FilmCardClass();
card.layout = 'horizontal';
// @ts-expect-error layout is one of vertical, horizontal, compact
card.layout = 'sideways';
card.data = film;
card.data = { name: 'Atomic Blonde', image: { url: '/poster.jpg', alt: 'Poster' }, actor: ['Charlize Theron'] };
// @ts-expect-error a film's name is text
card.data = { name: 42 };
card.addEventListener('related-link-click', (e) => e);
const onClick = (e: CustomEvent<RelatedLinkEventDetail>): string => e.detail.item.headline;
registerTranslation('de', { 'film-card': { directedBy: 'Regie' } });
export { card, onClick, VERSION };
