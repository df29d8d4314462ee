import { createContext } from '@lit/context';
import type { Article } from '../data/model.js';

/**
 * The article a <film-data> provider holds, already checked. Keyed with Symbol.for so
 * a provider and a consumer from two different reelkit builds on one page still meet.
 */
export const articleContext = createContext<Article | undefined>(Symbol.for('reelkit.article'));
