// A second build on the page: <film-data> from the sources (compiled by the test server),
// defined before dist/reelkit.js registers the widgets. Context keys are Symbol.for()
// keys, so a provider of one build must still feed widgets of another.
import { defineAll } from '../../../src/define.js';
import { FilmData } from '../../../src/context/film-data.js';

defineAll({ 'film-data': FilmData });
