import { isObj } from '../model/shape.js';

/** JSON text with object keys sorted: the same value reads the same whatever order its keys were written in. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) => (isObj(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x)) ?? '';
}

/** A value for a change's before/after: scalars as they are, lists and mappings as stable JSON text. */
export function shown(v: unknown): unknown {
  return v !== null && typeof v === 'object' ? stableJson(v) : v;
}
