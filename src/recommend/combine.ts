import { describeValue } from '../arguments.js';
import type { Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { checkSpecReports } from '../report/check.js';
import { LEVELS } from '../engine/types.js';
import type { CombinedReport, Report, SpecReport, Summary } from '../report/types.js';
import type { Verdict } from './index.js';
import { maxBump } from './semver.js';

/** Verdicts from the mildest to the worst. */
export const VERDICT_ORDER: readonly Verdict[] = ['unchanged', 'compatible', 'warning', 'breaking'];

export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return VERDICT_ORDER.indexOf(b) > VERDICT_ORDER.indexOf(a) ? b : a;
}

/** How several contracts of one run add up: the worst verdict, the largest bump, the counts summed. */
export function combineReports(specs: SpecReport[], diagnostics: readonly Diagnostic[] = [], base?: string): CombinedReport {
  checkSpecReports('combineReports()', 'specs', specs);
  if (!Array.isArray(diagnostics)) throw new UsageError(`combineReports(): diagnostics must be an array, got ${describeValue(diagnostics)}`);
  if (base !== undefined && typeof base !== 'string') throw new UsageError(`combineReports(): base must be a string (a revision), got ${describeValue(base)}`);
  const reports = specs.map((s) => s.report);
  return {
    ...(base !== undefined ? { base } : {}),
    verdict: reports.reduce<Verdict>((v, r) => worseVerdict(v, r.verdict), 'unchanged'),
    bump: reports.reduce<Report['bump']>((b, r) => maxBump(b, r.bump), 'none'),
    summary: sumSummaries(reports),
    specs,
    ...(diagnostics.length ? { diagnostics: [...diagnostics] } : {}),
  };
}

function sumSummaries(reports: readonly Report[]): Summary {
  const summary: Summary = { breaking: 0, warning: 0, compatible: 0, info: 0, total: 0, waived: 0 };
  for (const r of reports) {
    for (const level of LEVELS) summary[level] += r.summary[level];
    summary.total += r.summary.total;
    summary.waived += r.summary.waived;
  }
  return summary;
}

/** One report holding every contract's findings (each finding names its own files), for one-document formats (SARIF, JUnit). */
export function mergeReports(combined: CombinedReport): Report {
  const reports = combined.specs.map((s) => s.report);
  const names = (side: 'old' | 'new') => reports.map((r) => r.sources[side].file).join(', ') || '(none)';
  const notes = [...reports.flatMap((r) => r.diagnostics ?? []), ...(combined.diagnostics ?? [])];
  return {
    ...(notes.length ? { diagnostics: notes } : {}),
    verdict: combined.verdict,
    bump: combined.bump,
    summary: combined.summary,
    recommendation: { text: reports.map((r) => r.recommendation.text).join(' ') },
    findings: reports.flatMap((r) => r.findings),
    sources: {
      old: { file: names('old'), format: reports[0]?.sources.old.format ?? 'openapi', specVersion: reports[0]?.sources.old.specVersion ?? '' },
      new: { file: names('new'), format: reports[0]?.sources.new.format ?? 'openapi', specVersion: reports[0]?.sources.new.specVersion ?? '' },
    },
  };
}
