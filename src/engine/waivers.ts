import { ConfigError } from '../errors.js';
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

/** Marks the findings a waiver covers. Waived findings stay in the report; verdict and exit code skip them. */
export function applyWaivers(findings: Finding[], waivers: readonly Waiver[], today: string): void {
  for (const w of waivers) {
    if (w.until !== undefined && w.until < today) throw new ConfigError(`waiver for ${w.rule} expired on ${w.until}; remove it or extend it`);
    if (w.operation === undefined && w.pointer === undefined) throw new ConfigError(`waiver for ${w.rule} needs an operation or a pointer`);
  }
  for (const f of findings) {
    const w = waivers.find((x) => covers(x, f));
    if (w) f.waived = w.until !== undefined ? { reason: w.reason, until: w.until } : { reason: w.reason };
  }
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
