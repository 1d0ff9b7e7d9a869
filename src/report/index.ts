import type { Report } from './types.js';
import { checkOptions, is, type OptionChecks } from '../arguments.js';
import { UsageError } from '../errors.js';
import { checkReport } from './check.js';
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

/** Pure: the report rendered in one format. */
export function formatReport(report: Report, format: ReporterName = 'text', opts: Partial<ReportOptions> = {}): string {
  checkReport('formatReport()', report);
  checkOptions<Partial<ReportOptions>>('formatReport()', 'options', opts, REPORT_OPTIONS);
  checkFormat(format);
  return (reporters[format] as Reporter)(report, { color: false, ...opts });
}

/** A format argument: one of the reporters' names (own keys only: `toString` is no format). */
export function checkFormat(format: unknown): asserts format is ReporterName {
  if (typeof format !== 'string' || !Object.hasOwn(reporters, format)) throw new UsageError(`unknown format "${String(format)}" (expected one of: ${Object.keys(reporters).join(', ')})`);
}
