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
  if (writeStable(v, out, { left: SHOWN_CHARS })) return out.join('');
  return `${out.join('').slice(0, SHOWN_CHARS)}…`;
}

/** Stable JSON of `x` into `out`, stopping once `budget.left` characters are spent (then false). */
function writeStable(x: unknown, out: string[], budget: { left: number }): boolean {
  if (Array.isArray(x)) {
    out.push('[');
    for (let i = 0; i < x.length; i++) {
      if (i > 0) out.push(',');
      if (!writeStable(x[i] === undefined ? null : x[i], out, budget)) return false;
    }
    out.push(']');
    return (budget.left -= 2) >= 0;
  }
  if (isObj(x)) {
    out.push('{');
    let first = true;
    for (const k of Object.keys(x).sort()) {
      if (x[k] === undefined) continue;
      const key = `${first ? '' : ','}${JSON.stringify(k)}:`;
      out.push(key);
      first = false;
      if ((budget.left -= key.length) < 0 || !writeStable(x[k], out, budget)) return false;
    }
    out.push('}');
    return (budget.left -= 2) >= 0;
  }
  const text = JSON.stringify(x) ?? 'null';
  out.push(text);
  return (budget.left -= text.length) >= 0;
}
