// React 19 passes objects to custom elements as properties and `on<event>` props as
// listeners, so reelkit's tags need no wrapper here. `reelkit/jsx` types them.
// While hydrating server HTML, React 19 applies neither to custom elements (react#35446:
// hydrateProperties skips them), so they are given once hydration is done.
import { useEffect, useState } from 'react';
import type {} from 'reelkit/jsx';
import type { FilmInput } from 'reelkit';
import 'reelkit/locales/de';
import 'reelkit/locales/fr';
import atomicBlonde from '../../atomic-blonde.json';

// `data` is typed FilmInput; TypeScript reads a JSON file's values as plain strings
// ("youtube" as string), so the app says what the file is. reelkit still checks it.
const ATOMIC_BLONDE = atomicBlonde as FilmInput;

const LANGUAGES = { en: 'English', de: 'Deutsch', fr: 'Français' };

export function App() {
  const [film, setFilm] = useState(ATOMIC_BLONDE);
  const [lang, setLang] = useState('en');
  const [message, setMessage] = useState('No trailer requested yet.');
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  return (
    <main>
      <label>
        Language{' '}
        <select id="lang" value={lang} onChange={(e) => setLang(e.target.value)}>
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button id="rename" type="button" onClick={() => setFilm({ ...film, name: `${film.name} (director's cut)` })}>
        Rename the film
      </button>
      <film-card
        id="card"
        data={hydrated ? film : undefined}
        lang={lang}
        layout="horizontal"
        onfilm-card-trailer={
          hydrated
            ? (e) => {
                e.preventDefault(); // this app shows its own player instead of following the link
                setMessage(`Trailer requested: ${e.detail.video.name}`);
              }
            : undefined
        }
      />
      <p id="log" aria-live="polite">
        {message}
      </p>
    </main>
  );
}
