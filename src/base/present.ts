import { nothing } from 'lit';

/**
 * The parts of a template that are there, as one list for one binding. Each `${part}`
 * of a template costs a marker node and a part object even when it renders nothing;
 * a card with only a name pays for none of the parts it does not have this way.
 */
export const present = <T>(...parts: (T | typeof nothing)[]): T[] => parts.filter((p): p is T => p !== nothing);
