import { operationsOf, type Finding } from './types.js';

export interface Waiver {
  rule: string;
  /** `METHOD /path` as printed in findings; the method is case-insensitive. */
  operation?: string;
  /** JSON pointer in the old or new document; covers that node and everything below it. */
  pointer?: string;
  reason: string;
  /** Last day (YYYY-MM-DD, UTC) the waiver applies. */
  until?: string;
}

/**
 * Marks the findings the waivers cover (the first waiver that covers one names it). Waived findings stay in
 * the report; verdict and exit code skip them. A finding reached through several operations (one change to a
 * shared schema) is waived only when every one of them is covered: a waiver for `GET /a` must not silence
 * the same break in `GET /b`. Says which waivers cover no finding, and which cover a finding only in part.
 * The waivers have been validated (src/config/validate.ts): known rule, operation or pointer, not expired.
 */
export function applyWaivers(findings: Finding[], waivers: readonly Waiver[]): WaiverUse {
  const used = new Set<number>();
  const partial = new Map<number, Set<string>>();
  for (const f of findings) {
    const ops = operationsOf(f);
    // The waivers covering each operation the finding reaches (a finding about no operation is one place);
    // every one of them matches, so none is stale, and the first names the waiver.
    const coverers = (ops.length ? ops : [undefined]).map((op) => waivers.flatMap((w, i) => (covers(w, f, op) ? [i] : [])));
    const matching = new Set(coverers.flat());
    if (matching.size === 0) continue;
    for (const i of matching) used.add(i);
    const uncovered = ops.filter((_, k) => coverers[k]!.length === 0);
    if (uncovered.length) {
      for (const i of matching) for (const op of uncovered) (partial.get(i) ?? partial.set(i, new Set()).get(i)!).add(op);
      continue;
    }
    const w = waivers[Math.min(...matching)]!;
    f.waived = w.until !== undefined ? { reason: w.reason, until: w.until } : { reason: w.reason };
  }
  return {
    unused: waivers.flatMap((_, i) => (used.has(i) ? [] : [i])),
    partial: [...partial].map(([index, ops]) => ({ index, uncovered: [...ops] })),
  };
}

/** What applyWaivers found about the waivers themselves: indexes into the waiver list. */
export interface WaiverUse {
  /** Waivers that cover no finding (stale). */
  unused: number[];
  /** Waivers whose finding also reaches operations no waiver covers: that finding stays unwaived. */
  partial: Array<{ index: number; uncovered: string[] }>;
}

/** Whether `w` covers finding `f` where it reaches operation `op` (undefined: a finding about no operation). */
function covers(w: Waiver, f: Finding, op: string | undefined): boolean {
  if (w.rule !== f.rule) return false;
  if (w.operation !== undefined && (op === undefined || normaliseOperation(op) !== normaliseOperation(w.operation))) return false;
  if (w.pointer !== undefined) {
    const p = w.pointer;
    const under = (q: string | undefined) => q !== undefined && (q === p || q.startsWith(`${p}/`) || p === '');
    if (!under(f.old?.pointer) && !under(f.new?.pointer)) return false;
  }
  return true;
}

function normaliseOperation(op: string): string {
  const [method = '', ...rest] = op.trim().split(/\s+/);
  return `${method.toUpperCase()} ${rest.join(' ')}`;
}
