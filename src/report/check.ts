import { describeValue } from '../arguments.js';
import { UsageError } from '../errors.js';
import { LEVELS, type Bump, type Finding } from '../engine/types.js';
import type { Verdict } from '../recommend/index.js';
import type { CombinedReport, Report, SpecReport } from './types.js';

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

/** A report argument: what compare() or compareContracts() returned (or its JSON, parsed). */
export function checkReport(fn: string, report: unknown): asserts report is Report {
  const r = report as Partial<Report> | null;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.findings) || typeof r.summary !== 'object' || typeof r.sources !== 'object') {
    throw new UsageError(`${fn}: report must be a Report (from compare() or compareContracts()), got ${describeValue(report)}`);
  }
  // The fields reporters print without escaping (they are ours): a report parsed from JSON must hold ours.
  const bad = (field: string, value: unknown, wanted: string): never => {
    throw new UsageError(`${fn}: report.${field} must be ${wanted}, got ${describeValue(value)}`);
  };
  if (!VERDICTS.has(r.verdict)) bad('verdict', r.verdict, [...VERDICTS].join(' | '));
  if (!BUMPS.has(r.bump)) bad('bump', r.bump, [...BUMPS].join(' | '));
  for (const key of LEVELS) if (!Number.isInteger(r.summary![key])) bad(`summary.${key}`, r.summary![key], 'a whole number');
  r.findings.forEach((f: Partial<Finding> | null, i) => {
    if (typeof f !== 'object' || f === null || !(LEVELS as readonly unknown[]).includes(f.level)) bad(`findings[${i}].level`, f?.level, LEVELS.join(' | '));
    const line = [f!.old?.line, f!.new?.line].find((l) => l !== undefined && !Number.isInteger(l));
    if (line !== undefined) bad(`findings[${i}] line`, line, 'a whole number');
  });
}

const VERDICTS: ReadonlySet<unknown> = new Set<Verdict>(['breaking', 'warning', 'compatible', 'unchanged']);
const BUMPS: ReadonlySet<unknown> = new Set<Bump>(['major', 'minor', 'patch', 'none']);
