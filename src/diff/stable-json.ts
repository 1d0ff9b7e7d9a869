import { isObj } from '../model/shape.js';

/** JSON text with object keys sorted: the same value reads the same whatever order its keys were written in. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) => (isObj(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x)) ?? '';
}

/** How much of a list or mapping a change shows: enough to recognise it; the pointers say where the rest is. */
export const SHOWN_CHARS = 1000;

/**
 * A value for a change's before/after: scalars as they are, lists and mappings as stable JSON text, cut
 * after SHOWN_CHARS with `…`. Changed `examples` can be megabytes; writing them out whole cost more than
 * comparing them, and made reports that size.
 */
export function shown(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const out: string[] = [];
  let length = 0;
  const put = (s: string): boolean => {
    out.push(s);
    length += s.length;
    return length <= SHOWN_CHARS;
  };
  const write = (x: unknown): boolean => {
    if (Array.isArray(x)) {
      if (!put('[')) return false;
      for (let i = 0; i < x.length; i++) if ((i > 0 && !put(',')) || !write(x[i] === undefined ? null : x[i])) return false;
      return put(']');
    }
    if (isObj(x)) {
      if (!put('{')) return false;
      let first = true;
      for (const k of Object.keys(x).sort()) {
        if (x[k] === undefined) continue;
        if ((!first && !put(',')) || !put(`${JSON.stringify(k)}:`) || !write(x[k])) return false;
        first = false;
      }
      return put('}');
    }
    return put(JSON.stringify(x) ?? 'null');
  };
  if (write(v)) return out.join('');
  return `${out.join('').slice(0, SHOWN_CHARS)}…`;
}
