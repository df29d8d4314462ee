/**
 * Reading JSON-LD nodes: every value read passes through `get`, which decodes HTML
 * entities in strings (jsonld-text.ts) and replaces a bare `{"@id": …}` reference with
 * the node of that @id elsewhere in the document (Yoast's `@graph`, film databases'
 * `isBasedOn`). The index is built once per document, bounded in nodes and depth, so
 * hostile JSON-LD cannot make us spin; references resolve one step per read, so a cycle
 * only goes as deep as the reader asks.
 */
import { has, isRecord } from './fields.js';
import { decodeEntities } from './jsonld-text.js';

export type Json = Record<string, unknown>;

export const MAX_NODES = 500;
export const MAX_DEPTH = 6;

let index = new Map<string, Json>();

/** Indexes every node with an `@id` and more than that in `root`; first one wins. */
export function indexIds(root: unknown): void {
  index = new Map();
  let seen = 0;
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH + 2 || seen++ > MAX_NODES) return;
    if (Array.isArray(node)) return node.slice(0, MAX_NODES).forEach((n) => walk(n, depth + 1));
    if (!isRecord(node)) return;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !index.has(id)) index.set(id, node);
    for (const key in node) if (has(node, key) && typeof node[key] === 'object') walk(node[key], depth + 1);
  };
  walk(root, 0);
}

/** A value as read: strings decoded, references resolved, lists of them too. */
export function clean(v: unknown): unknown {
  if (typeof v === 'string') return decodeEntities(v);
  if (Array.isArray(v)) return v.slice(0, MAX_NODES).map(clean);
  if (isRecord(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return index.get(v['@id']) ?? v;
  return v;
}

/** `node[key]`, own keys only, cleaned. */
export const get = (node: unknown, key: string): unknown =>
  isRecord(node) && has(node, key) ? clean(node[key]) : undefined;

export const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
export const all = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const types = (node: Json): string[] =>
  all(node['@type'])
    .filter((x): x is string => typeof x === 'string')
    .map((t) => t.replace(/^(https?:\/\/)?schema\.org\//, ''));

export const isType = (node: unknown, ...names: string[]): node is Json =>
  isRecord(node) && types(node).some((t) => names.includes(t));
