import type { Report } from '../compare.js';
import type { Level } from '../engine/types.js';
import type { CheckResult } from '../multi/check.js';
import { mergeReports, summaryMarkdown, VERDICT_ORDER } from '../multi/summary.js';
import { diagnosticAnnotations } from '../report/github.js';
import { htmlCombined } from '../report/html.js';
import { formatReport, type ReporterName } from '../report/index.js';
import { diagnosticsText } from '../report/text.js';
import { terminal } from '../report/escape.js';
import type { Verdict } from '../recommend/index.js';
import { maxBump } from '../recommend/semver.js';
import type { Target } from '../multi/targets.js';

/** What the combined report says of a contract that exists on one side only. */
const NOTE: Record<'compared' | 'added' | 'deleted', string> = { compared: '', added: 'is new: compared with an empty contract', deleted: 'was deleted: breaking for every client of it' };
const STATE: Record<Target['state'], 'compared' | 'added' | 'deleted'> = { both: 'compared', new: 'added', deleted: 'deleted' };

/** The combined report of `apicompat check` in one format; findings below `shown` levels are left out (counts keep them). */
export function renderCheck(result: CheckResult, format: ReporterName, shown: Level[], color: boolean): string {
  const specs = result.outcomes.map(({ target, report }) => ({ spec: target.spec!, state: STATE[target.state], report: visible(report, shown) }));
  const verdict = specs.reduce<Verdict>((v, s) => (VERDICT_ORDER.indexOf(s.report.verdict) > VERDICT_ORDER.indexOf(v) ? s.report.verdict : v), 'unchanged');
  const bump = specs.reduce<Report['bump']>((b, s) => maxBump(b, s.report.bump), 'none');
  const reports = specs.map((s) => s.report);
  const diagnostics = result.diagnostics ?? [];
  const hiddenAt = (i: number) => result.outcomes[i]!.report.findings.length - specs[i]!.report.findings.length;
  switch (format) {
    case 'json':
      return `${JSON.stringify({ base: result.base, verdict, bump, summary: mergeReports(reports).summary, specs, ...(diagnostics.length ? { diagnostics } : {}) }, null, 2)}\n`;
    case 'markdown':
      return `${summaryMarkdown(result.outcomes.map((o, i) => ({ target: o.target, report: reports[i]! })), Infinity, diagnostics)}\n`;
    case 'sarif':
    case 'junit':
      return formatReport(mergeReports(reports, diagnostics), format);
    case 'github':
      return reports.map((r) => formatReport(r, 'github')).join('') + diagnosticAnnotations(diagnostics);
    case 'html':
      return htmlCombined({ verdict, bump, diagnostics, sections: specs.map((s, i) => ({ name: s.spec, report: s.report, hiddenCount: hiddenAt(i), ...(NOTE[s.state] ? { note: `${s.spec} ${NOTE[s.state]}` } : {}) })) });
    default: {
      const parts = specs.map((s, i) => {
        const note = NOTE[s.state] ? `${s.spec} ${NOTE[s.state]}` : '';
        return `${note ? `apicompat: ${terminal(note)}\n` : ''}${formatReport(s.report, 'text', { color, hiddenCount: hiddenAt(i) })}`;
      });
      if (diagnostics.length) parts.push(`${diagnosticsText(diagnostics, color).slice(1).join('\n')}\n`);
      const broken = specs.filter((s) => s.report.verdict === 'breaking').length;
      parts.push(`apicompat check: ${specs.length} spec${specs.length === 1 ? '' : 's'} against ${terminal(result.base)}: verdict ${verdict}, bump ${bump}${broken ? ` (${broken} with breaking changes)` : ''}\n`);
      return parts.join('\n');
    }
  }
}

function visible(r: Report, shown: Level[]): Report {
  return { ...r, findings: r.findings.filter((f) => shown.includes(f.level)) };
}
