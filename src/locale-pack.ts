/**
 * The type of every `reelkit/locales/<code>` module: a language pack registers its
 * translations when imported (`import 'reelkit/locales/fr'`) and exports nothing.
 */
export {};
