import type { Report } from '../compare.js';
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
}

/** Pure: the report rendered in one format. */
export function formatReport(report: Report, format: ReporterName = 'text', opts: Partial<ReportOptions> = {}): string {
  checkReport('formatReport()', report);
  checkOptions<Partial<ReportOptions>>('formatReport()', 'options', opts, REPORT_OPTIONS);
  const reporter = (reporters as Record<string, Reporter>)[format];
  if (!reporter) throw new UsageError(`unknown format "${format}" (expected one of: ${Object.keys(reporters).join(', ')})`);
  return reporter(report, { color: false, ...opts });
}
