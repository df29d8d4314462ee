// CUSTOM_ELEMENTS_SCHEMA lets the template use reelkit's tags; [data] binds the element's
// `data` property, (film-card-trailer) listens for its event.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { FilmCardTrailerDetail } from 'reelkit';
import atomicBlonde from '../../atomic-blonde.json';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <label>
        Language
        <select id="lang" [value]="lang()" (change)="lang.set(selected($event))">
          @for (language of languages; track language.code) {
            <option [value]="language.code">{{ language.name }}</option>
          }
        </select>
      </label>
      <button id="rename" type="button" (click)="rename()">Rename the film</button>
      <film-card
        id="card"
        [data]="film()"
        [lang]="lang()"
        layout="horizontal"
        (film-card-trailer)="onTrailer($event)"
      ></film-card>
      <p id="log" aria-live="polite">{{ message() }}</p>
    </main>
  `,
})
export class App {
  readonly languages = [
    { code: 'en', name: 'English' },
    { code: 'de', name: 'Deutsch' },
    { code: 'fr', name: 'Français' },
  ];
  readonly film = signal(atomicBlonde);
  readonly lang = signal('en');
  readonly message = signal('No trailer requested yet.');

  selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  rename(): void {
    this.film.update((film) => ({ ...film, name: `${film.name} (director's cut)` }));
  }

  onTrailer(event: Event): void {
    const { detail } = event as CustomEvent<FilmCardTrailerDetail>;
    event.preventDefault(); // this app shows its own player instead of following the link
    this.message.set(`Trailer requested: ${detail.video.name}`);
  }
}
