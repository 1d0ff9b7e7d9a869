import type { Report } from '../compare.js';
import { UsageError } from '../errors.js';
import { github } from './github.js';
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

export const reporters = { text, json, markdown, github, sarif, junit } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof reporters;

/** Pure: the report rendered in one format. */
export function formatReport(report: Report, format: ReporterName = 'text', opts: Partial<ReportOptions> = {}): string {
  const reporter = (reporters as Record<string, Reporter>)[format];
  if (!reporter) throw new UsageError(`unknown format "${format}" (expected one of: ${Object.keys(reporters).join(', ')})`);
  return reporter(report, { color: false, ...opts });
}
