import type { Finding } from './types.js';

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
 * Marks the findings a waiver covers (the first waiver that covers one names it). Waived findings stay in
 * the report; verdict and exit code skip them. Returns the indexes of the waivers that cover no finding.
 * The waivers have been validated (src/config/validate.ts): known rule, operation or pointer, not expired.
 */
export function applyWaivers(findings: Finding[], waivers: readonly Waiver[]): number[] {
  const used = new Set<number>();
  for (const f of findings) {
    let first = -1;
    waivers.forEach((w, i) => {
      if (!covers(w, f)) return;
      used.add(i);
      if (first < 0) first = i;
    });
    if (first >= 0) {
      const w = waivers[first]!;
      f.waived = w.until !== undefined ? { reason: w.reason, until: w.until } : { reason: w.reason };
    }
  }
  return waivers.flatMap((_, i) => (used.has(i) ? [] : [i]));
}

function covers(w: Waiver, f: Finding): boolean {
  if (w.rule !== f.rule) return false;
  if (w.operation !== undefined) {
    const want = normaliseOperation(w.operation);
    const ops = f.operations ?? (f.operation ? [f.operation] : []);
    if (!ops.some((op) => normaliseOperation(op) === want)) return false;
  }
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
