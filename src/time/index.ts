export * from './when.js';
export * from './zone.js';
export * from './intl.js';
export * from './duration.js';
export * from './ticker.js';
