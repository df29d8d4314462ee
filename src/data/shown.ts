/**
 * Narrower record specs for elements that show less than the whole record. Elements
 * import these, never records.ts itself: what a valid record is stays in the pipeline.
 */
export { filmShown } from './records.js';
