import type { Report } from '../compare.js';
import type { Level } from '../engine/types.js';
import type { Verdict } from '../recommend/index.js';
import { maxBump } from '../recommend/semver.js';
import { markdownCode } from '../report/escape.js';
import type { Diagnostic } from '../diagnostics.js';
import { diagnosticAnnotations } from '../report/github.js';
import { htmlCombined } from '../report/html.js';
import { formatReport, type ReporterName } from '../report/index.js';
import { diagnosticsMarkdown } from '../report/markdown.js';
import { diagnosticsText } from '../report/text.js';
import type { Outcome } from './targets.js';

/** GitHub refuses a step summary over 1 MiB; leave room for the truncation note. */
export const SUMMARY_BUDGET = 1_000_000;
const SHOWN_WHEN_LARGE: Level[] = ['breaking', 'warning'];
export const VERDICT_ORDER: Verdict[] = ['unchanged', 'compatible', 'warning', 'breaking'];
const VERDICT_BADGE: Record<Verdict, string> = { breaking: '🔴 breaking', warning: '🟠 warning', compatible: '🟢 compatible', unchanged: '⚪ unchanged' };

const SUMMARY_CUT_NOTE = '\n\n_The report is too large for a step summary and was cut here; run `apicompat breaking` locally, or set the `report-file` input, for all of it._\n';

/**
 * The step summary: the markdown report (one section per contract when there are several), within GitHub's size
 * limit (`budget`, UTF-8 bytes); a report cut short ends with `cutNote`. The pull-request comment reuses it.
 */
export function summaryMarkdown(outcomes: Outcome[], budget = SUMMARY_BUDGET, diagnostics: readonly Diagnostic[] = [], cutNote = SUMMARY_CUT_NOTE): string {
  const full = render(outcomes, false, diagnostics);
  if (bytes(full) <= budget) return full;
  const reduced = render(outcomes, true, diagnostics);
  if (bytes(reduced) <= budget) return reduced;
  return truncate(reduced, budget, cutNote);
}

function render(outcomes: Outcome[], onlySevere: boolean, diagnostics: readonly Diagnostic[]): string {
  const sections = outcomes.map((o) => section(o, outcomes.length > 1, onlySevere));
  if (outcomes.length === 1) return diagnostics.length ? [sections[0]!, ...diagnosticsMarkdown(diagnostics)].join('\n') : sections[0]!;
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  const verdict = outcomes.some((o) => o.target.state === 'deleted') ? 'breaking' : reports.reduce<Verdict>((v, r) => (VERDICT_ORDER.indexOf(r.verdict) > VERDICT_ORDER.indexOf(v) ? r.verdict : v), 'unchanged');
  const head = [`## apicompat: ${VERDICT_BADGE[verdict]} (${outcomes.length} contracts)`, '', '| contract | verdict | breaking | warning | compatible | info | bump | next version |', '|---|---|---:|---:|---:|---:|---|---|'];
  for (const o of outcomes) {
    const name = markdownCode(o.target.spec ?? o.target.head);
    const r = o.report;
    if (!r) head.push(o.target.state === 'deleted' ? `| ${name} | deleted (breaking) | — | — | — | — | major | — |` : `| ${name} | new | — | — | — | — | — | — |`);
    else head.push(`| ${name} | ${r.verdict} | ${r.summary.breaking} | ${r.summary.warning} | ${r.summary.compatible} | ${r.summary.info} | ${r.bump} | ${r.nextVersion ? markdownCode(r.nextVersion) : '—'} |`);
  }
  return [...head, '', ...diagnosticsMarkdown(diagnostics), ...sections].join('\n');
}

function section(o: Outcome, several: boolean, onlySevere: boolean): string {
  const name = markdownCode(o.target.spec ?? o.target.head);
  if (o.target.state === 'deleted') return `${several ? '###' : '## apicompat: 🔴 breaking:'} ${name} was deleted\n\nEvery operation it described is gone for existing clients: release a major version, or keep serving the old contract.\n`;
  if (!o.report) return `${several ? '###' : '## apicompat:'} ${name} is new\n\nIt does not exist at the base revision, so there is nothing to compare.\n`;
  const r = o.report;
  const shown = onlySevere ? { ...r, findings: r.findings.filter((f) => SHOWN_WHEN_LARGE.includes(f.level)) } : r;
  return formatReport(shown, 'markdown', { section: several, hiddenCount: r.findings.length - shown.findings.length });
}

/**
 * Cut after the last complete `<details>` section; when even the first is too large (a long URL-versioning plan),
 * at a line end, closing the open section so the note is not folded away inside it.
 */
function truncate(md: string, budget: number, note: string): string {
  const close = '\n\n</details>';
  const cut = Buffer.from(md, 'utf8').subarray(0, budget - bytes(note) - bytes(close)).toString('utf8');
  const end = cut.lastIndexOf('</details>');
  if (end > 0) return `${cut.slice(0, end + '</details>'.length)}${note}`;
  const head = cut.slice(0, cut.lastIndexOf('\n'));
  return `${head}${head.includes('<details') ? close : ''}${note}`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The report in one file format, several contracts merged the way each format allows. */
export function combinedFile(reports: Report[], format: ReporterName, diagnostics: readonly Diagnostic[] = []): string {
  if (reports.length === 1) return formatReport(diagnostics.length ? { ...reports[0]!, diagnostics: [...(reports[0]!.diagnostics ?? []), ...diagnostics] } : reports[0]!, format);
  // Several reports as a JSON array: the combined diagnostics have no place of their own, so each report lists them.
  if (format === 'json') return `${JSON.stringify(diagnostics.length ? reports.map((r) => ({ ...r, diagnostics: [...(r.diagnostics ?? []), ...diagnostics] })) : reports, null, 2)}\n`;
  if (format === 'sarif' || format === 'junit') return formatReport(mergeReports(reports, diagnostics), format);
  if (format === 'html') {
    const { verdict, bump } = mergeReports(reports);
    return htmlCombined({ verdict, bump, diagnostics, sections: reports.map((r) => ({ name: r.sources.new.file, report: r })) });
  }
  const parts = reports.map((r) => formatReport(r, format, format === 'markdown' ? { section: true } : {}));
  if (diagnostics.length) parts.push(format === 'markdown' ? diagnosticsMarkdown(diagnostics).join('\n') : format === 'github' ? diagnosticAnnotations(diagnostics) : `${diagnosticsText(diagnostics, false).join('\n')}\n`);
  return parts.join(format === 'github' ? '' : '\n');
}

/** One report holding every contract's findings (each finding names its own files), for one-document formats. */
export function mergeReports(reports: Report[], diagnostics: readonly Diagnostic[] = []): Report {
  const summary = { breaking: 0, warning: 0, compatible: 0, info: 0, total: 0, waived: 0 };
  for (const r of reports) for (const k of Object.keys(summary) as Array<keyof typeof summary>) summary[k] += r.summary[k];
  const verdict = reports.reduce<Verdict>((v, r) => (VERDICT_ORDER.indexOf(r.verdict) > VERDICT_ORDER.indexOf(v) ? r.verdict : v), 'unchanged');
  const names = (side: 'old' | 'new') => reports.map((r) => r.sources[side].file).join(', ') || '(none)';
  const notes = [...reports.flatMap((r) => r.diagnostics ?? []), ...diagnostics];
  return {
    ...(notes.length ? { diagnostics: notes } : {}),
    verdict,
    bump: reports.reduce((b, r) => maxBump(b, r.bump), 'none' as Report['bump']),
    summary,
    recommendation: { text: reports.map((r) => r.recommendation.text).join(' ') },
    findings: reports.flatMap((r) => r.findings),
    sources: {
      old: { file: names('old'), format: reports[0]?.sources.old.format ?? 'openapi', specVersion: reports[0]?.sources.old.specVersion ?? '' },
      new: { file: names('new'), format: reports[0]?.sources.new.format ?? 'openapi', specVersion: reports[0]?.sources.new.specVersion ?? '' },
    },
  };
}
