import type { Contract, Operation } from '../model/types.js';

/**
 * `x-stability-level` on an operation (oasdiff's extension): `draft` and `alpha` operations may change
 * freely (their breaking findings are reported as warnings), `beta` and `stable` may not; the level may
 * not go backwards. An operation without it is read as `stable`: marking a published operation `alpha`
 * is itself a lowering, not a way to break it quietly.
 */
export const STABILITY_LEVELS = ['draft', 'alpha', 'beta', 'stable'] as const;
export type StabilityLevel = (typeof STABILITY_LEVELS)[number];

/** The levels at which an operation promises nothing yet. */
export type FreeLevel = 'draft' | 'alpha';

function stabilityOf(op: Operation): unknown {
  return op.raw?.op['x-stability-level'];
}

function rank(value: unknown): number | undefined {
  if (value === undefined) return STABILITY_LEVELS.indexOf('stable');
  const i = STABILITY_LEVELS.indexOf(value as StabilityLevel);
  return i === -1 ? undefined : i;
}

/** The change of level between two versions of one operation, or undefined when it did not change. */
export function stabilityChange(a: Operation, b: Operation): { before: unknown; after: unknown; facts: { decreased: boolean; unknown: boolean } } | undefined {
  const before = stabilityOf(a);
  const after = stabilityOf(b);
  if (before === after) return undefined;
  const x = rank(before);
  const y = rank(after);
  const unknown = x === undefined || y === undefined;
  return { before, after, facts: { decreased: !unknown && y! < x!, unknown } };
}

/**
 * The operations the old contract marks `draft` or `alpha`, by the name their changes carry (the new
 * document's method and path when the operation is still there). Empty for most contracts.
 */
export function freeOperations(a: Contract, b: Contract): Map<string, FreeLevel> {
  const out = new Map<string, FreeLevel>();
  if (a.format !== 'openapi') return out;
  for (const [key, op] of a.operations) {
    const level = stabilityOf(op);
    if (level !== 'draft' && level !== 'alpha') continue;
    const next = b.operations.get(key);
    out.set(next ? `${next.method} ${next.path}` : `${op.method} ${op.path}`, level);
  }
  return out;
}
