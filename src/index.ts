/**
 * The drop-in entry: importing dist/reelkit.js registers every element (src/tags.ts).
 */
import { defineAll } from './define.js';
import { TAGS } from './tags.js';

defineAll(TAGS);

export * from './elements.js';
