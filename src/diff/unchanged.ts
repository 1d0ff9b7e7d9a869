import type { RefResolver } from '../load/refs.js';

type Obj = Record<string, unknown>;

/**
 * Proves that two raw schemas are the same: deeply equal, with every `$ref` naming the same target
 * on both sides and those targets the same too. Most schemas of two versions of a large spec are
 * unchanged, and this check costs a fraction of building and comparing their views.
 *
 * It only ever answers "same" when that is certain, so a "no" just means "run the real diff".
 * `$ref` cycles are handled co-inductively: a pair under examination counts as the same, and answers
 * that leaned on such an assumption are kept only once the outermost examination confirms them.
 */
export class SameSchemas {
  private settled = new Map<string, boolean>();
  private active = new Set<string>();
  /** "Same" answers that leaned on a pair still under examination: confirmed or dropped at the top. */
  private tentative = new Set<string>();
  private assumed = 0;

  constructor(
    private readonly oldRefs: RefResolver,
    private readonly newRefs: RefResolver,
  ) {}

  same(x: unknown, y: unknown): boolean {
    if (x === y) return true;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!this.same(x[i], y[i])) return false;
      return true;
    }
    if (Array.isArray(y)) return false;
    const a = x as Obj;
    const b = y as Obj;
    let count = 0;
    for (const k in a) {
      count++;
      if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
      if (k === '$ref' && typeof a.$ref === 'string') {
        if (a.$ref !== b.$ref || !this.sameTarget(a.$ref, a, b)) return false;
      } else if (!this.same(a[k], b[k])) {
        return false;
      }
    }
    for (const _ in b) if (--count < 0) return false;
    return count === 0;
  }

  private sameTarget(ref: string, a: Obj, b: Obj): boolean {
    const known = this.settled.get(ref);
    if (known !== undefined) return known;
    if (this.active.has(ref) || this.tentative.has(ref)) {
      this.assumed++;
      return true;
    }
    let ta: unknown;
    let tb: unknown;
    try {
      ta = this.oldRefs.resolve(a, '').value;
      tb = this.newRefs.resolve(b, '').value;
    } catch {
      return false; // let the real diff meet (and report) the broken reference
    }
    const outermost = this.active.size === 0;
    const assumedBefore = this.assumed;
    this.active.add(ref);
    const result = this.same(ta, tb);
    this.active.delete(ref);
    if (!result) {
      this.settled.set(ref, false);
    } else if (outermost) {
      for (const r of this.tentative) this.settled.set(r, true);
      this.settled.set(ref, true);
    } else if (this.assumed === assumedBefore) {
      this.settled.set(ref, true);
    } else {
      this.tentative.add(ref);
    }
    if (outermost) {
      this.tentative.clear();
      this.assumed = 0;
    }
    return result;
  }
}
