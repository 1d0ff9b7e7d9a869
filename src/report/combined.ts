import type { Level } from '../engine/types.js';
import { mergeReports } from '../recommend/combine.js';
import { combinedMarkdown, SPEC_NOTE } from './combined-markdown.js';
import { terminal, workflowData, workflowProperty } from './escape.js';
import { diagnosticAnnotations } from './github.js';
import { htmlCombined } from './html.js';
import { checkCombinedReport } from './check.js';
import { checkFormat, formatReport, type ReporterName } from './index.js';
import { diagnosticsText } from './text.js';
import type { CombinedReport, SpecReport } from './types.js';

export interface CombinedOptions {
  color?: boolean;
  /** Findings of other levels are left out of the listing (the counts keep them); default: all. */
  shown?: readonly Level[];
}

/**
 * Several contracts of one run in one format: `apicompat check` prints this, the Action writes it to its
 * report file and log. JSON is the CombinedReport itself; SARIF and JUnit hold every contract's findings in
 * one document; text, markdown and html show a section per contract after the overall verdict.
 */
export function formatCombined(combined: CombinedReport, format: ReporterName, opts: CombinedOptions = {}): string {
  checkCombinedReport('formatCombined()', combined);
  checkFormat(format);
  const shown = opts.shown ? { ...combined, specs: combined.specs.map((s) => visible(s, opts.shown!)) } : combined;
  const hiddenAt = (i: number) => combined.specs[i]!.report.findings.length - shown.specs[i]!.report.findings.length;
  const diagnostics = combined.diagnostics ?? [];
  switch (format) {
    case 'json':
      return `${JSON.stringify(shown, null, 2)}\n`;
    case 'markdown':
      return `${combinedMarkdown(shown)}\n`;
    case 'sarif':
    case 'junit':
      return formatReport(mergeReports(shown), format);
    case 'github':
      return shown.specs.map(annotations).join('') + diagnosticAnnotations(diagnostics);
    case 'html':
      return htmlCombined({ verdict: combined.verdict, bump: combined.bump, diagnostics, sections: shown.specs.map((s, i) => ({ name: s.spec, report: s.report, hiddenCount: hiddenAt(i), ...(SPEC_NOTE[s.state] ? { note: `${s.spec} ${SPEC_NOTE[s.state]}` } : {}) })) });
    default:
      return text(combined, shown, hiddenAt, opts.color ?? false);
  }
}

function text(combined: CombinedReport, shown: CombinedReport, hiddenAt: (i: number) => number, color: boolean): string {
  const parts = shown.specs.map((s, i) => {
    const note = SPEC_NOTE[s.state] ? `apicompat: ${terminal(`${s.spec} ${SPEC_NOTE[s.state]}`)}\n` : '';
    return `${note}${formatReport(s.report, 'text', { color, hiddenCount: hiddenAt(i) })}`;
  });
  if (combined.diagnostics?.length) parts.push(`${diagnosticsText(combined.diagnostics, color).slice(1).join('\n')}\n`);
  const n = combined.specs.length;
  const broken = combined.specs.filter((s) => s.report.verdict === 'breaking').length;
  const against = combined.base !== undefined ? ` against ${terminal(combined.base)}` : '';
  parts.push(`apicompat: ${n} spec${n === 1 ? '' : 's'}${against}: verdict ${combined.verdict}, bump ${combined.bump}${broken ? ` (${broken} with breaking changes)` : ''}\n`);
  return parts.join('\n');
}

/** A deleted contract is one annotation on its path: its operations' removals would point into a file that no longer exists. */
function annotations(s: SpecReport): string {
  if (s.state !== 'deleted') return formatReport(s.report, 'github');
  const deleted = `::error file=${workflowProperty(s.spec)},title=${workflowProperty('apicompat breaking: contract deleted')}::${workflowData(`${s.spec} was deleted: every operation it described is gone for existing clients`)}\n`;
  return deleted + diagnosticAnnotations(s.report.diagnostics ?? []);
}

function visible(s: SpecReport, levels: readonly Level[]): SpecReport {
  return { ...s, report: { ...s.report, findings: s.report.findings.filter((f) => levels.includes(f.level)) } };
}
