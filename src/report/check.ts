import { describeValue } from '../arguments.js';
import { UsageError } from '../errors.js';
import { checkReport } from './index.js';
import type { CombinedReport, SpecReport } from './types.js';

const STATES: ReadonlySet<unknown> = new Set<SpecReport['state']>(['compared', 'added', 'deleted']);

/** A `specs` argument: SpecReports, each `{ spec, state, report }`. */
export function checkSpecReports(fn: string, name: string, specs: unknown): asserts specs is SpecReport[] {
  if (!Array.isArray(specs)) throw new UsageError(`${fn}: ${name} must be an array of { spec, state, report }, got ${describeValue(specs)}`);
  specs.forEach((s: Partial<SpecReport> | null, i) => {
    if (typeof s !== 'object' || s === null || typeof s.spec !== 'string' || !STATES.has(s.state)) {
      throw new UsageError(`${fn}: ${name}[${i}] must be { spec: string, state: 'compared' | 'added' | 'deleted', report }, got ${describeValue(s)}`);
    }
    checkReport(fn, s.report);
  });
}

/** A combined report argument: what combineReports() returned (or its JSON, parsed). */
export function checkCombinedReport(fn: string, combined: unknown): asserts combined is CombinedReport {
  const c = combined as Partial<CombinedReport> | null;
  if (typeof c !== 'object' || c === null || !Array.isArray(c.specs) || typeof c.summary !== 'object') {
    throw new UsageError(`${fn}: report must be a CombinedReport (from combineReports()), got ${describeValue(combined)}`);
  }
  checkSpecReports(fn, 'report.specs', c.specs);
}
