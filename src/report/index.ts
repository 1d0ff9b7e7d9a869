import type { Report } from './types.js';
import { LEVELS, type Bump, type Finding } from '../engine/types.js';
import type { Verdict } from '../recommend/index.js';
import { checkOptions, describeValue, is, type OptionChecks } from '../arguments.js';
import { UsageError } from '../errors.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export interface ReportOptions {
  color: boolean;
  /** Findings left out by the caller's level filter (shown as a hint by text output). */
  hiddenCount?: number;
  /** Markdown: render as one section of a combined report (a `###` heading naming the spec). */
  section?: boolean;
}

export type Reporter = (report: Report, opts: ReportOptions) => string;

export const reporters = { text, json, markdown, github, sarif, junit, html } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof reporters;

const REPORT_OPTIONS: OptionChecks<ReportOptions> = {
  color: is.boolean,
  hiddenCount: (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : 'a whole number >= 0'),
  section: is.boolean,
};

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

/** Pure: the report rendered in one format. */
export function formatReport(report: Report, format: ReporterName = 'text', opts: Partial<ReportOptions> = {}): string {
  checkReport('formatReport()', report);
  checkOptions<Partial<ReportOptions>>('formatReport()', 'options', opts, REPORT_OPTIONS);
  const reporter = (reporters as Record<string, Reporter>)[format];
  if (!reporter) throw new UsageError(`unknown format "${format}" (expected one of: ${Object.keys(reporters).join(', ')})`);
  return reporter(report, { color: false, ...opts });
}
