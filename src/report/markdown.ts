import type { Report } from '../compare.js';
import { diagnosticPlace, type Diagnostic } from '../diagnostics.js';
import { LEVEL_RANK, type Finding, type Level } from '../engine/types.js';
import { alsoAffects } from './changelog-groups.js';
import { markdownCode, markdownProse, ruleDocMarkdown } from './escape.js';
import type { ReportOptions } from './index.js';

const BADGE: Record<Level, string> = { breaking: '🔴 breaking', warning: '🟠 warning', compatible: '🟢 compatible', info: '⚪ info' };
const VERDICT: Record<Report['verdict'], string> = { breaking: '🔴 breaking', warning: '🟠 warning', compatible: '🟢 compatible', unchanged: '⚪ unchanged' };

/** PR-comment-ready markdown: a summary table, the recommendation, then one collapsible section per operation. */
export function markdown(report: Report, opts?: Partial<ReportOptions>): string {
  const out: string[] = [];
  const s = report.summary;
  const { old: o, new: n } = report.sources;
  if (opts?.section) out.push(`### ${markdownCode(n.file)}: ${VERDICT[report.verdict]}`, '');
  else out.push(`## apicompat: ${VERDICT[report.verdict]}`, '');
  out.push(`${markdownCode(o.file)} → ${markdownCode(n.file)}`, '');
  out.push(`| breaking | warning | compatible | info | bump | next version |`, `|---:|---:|---:|---:|---|---|`);
  out.push(`| ${s.breaking} | ${s.warning} | ${s.compatible} | ${s.info} | ${report.bump} | ${report.nextVersion ? markdownCode(report.nextVersion) : '—'} |`, '');
  out.push(markdownProse(report.recommendation.text), '');
  out.push(...diagnosticsMarkdown(report.diagnostics ?? []));
  const plan = report.recommendation.urlVersioning;
  if (plan && (plan.operations.length || plan.servers.length)) {
    out.push('<details><summary>URL versioning plan</summary>', '');
    if (plan.scope === 'servers') for (const sv of plan.servers) out.push(`- server ${markdownCode(sv.from)} → ${markdownCode(sv.to)}`);
    else for (const op of plan.operations) out.push(`- ${markdownCode(op.operation)} → ${markdownCode(op.path)}`);
    out.push('', '</details>', '');
  }
  for (const [op, list] of groupByOperation(report.findings)) {
    const worst = list[0]!.level;
    const open = worst === 'breaking' && !list[0]!.waived ? ' open' : '';
    out.push(`<details${open}><summary>${markdownCode(op)} — ${list.length} change${list.length === 1 ? '' : 's'} (${BADGE[worst]})</summary>`, '');
    out.push('| level | change | rule | where |', '|---|---|---|---|');
    for (const f of list) out.push(row(f));
    out.push('', '</details>', '');
  }
  out.push(...whyAndFix(report.findings));
  if (report.findings.length === 0) out.push(opts?.hiddenCount ? 'No findings at this level.' : 'No changes found.', '');
  if (opts?.hiddenCount) out.push(`_${opts.hiddenCount} lower-level change${opts.hiddenCount === 1 ? '' : 's'} not shown._`, '');
  return out.join('\n');
}

function row(f: Finding): string {
  const at = f.new ?? f.old;
  const where = at ? markdownCode(`${at.file}${at.line ? `:${at.line}` : ''}`) : '';
  const others = alsoAffects(f);
  const more = others.length ? ` (also ${others.slice(0, 3).map(markdownCode).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''})` : '';
  const waived = f.waived ? ` — waived: ${markdownProse(f.waived.reason)}${f.waived.until ? ` (until ${markdownProse(f.waived.until)})` : ''}` : '';
  const level = f.waived ? `~~${BADGE[f.level]}~~` : BADGE[f.level];
  return `| ${level} | ${markdownProse(f.message)}${more}${waived} | ${markdownCode(f.rule)} | ${where} |`;
}

/** Operations ordered by their worst finding, then name; findings inside by level, in report order otherwise. */
function groupByOperation(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.operation ?? '(document)';
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const weight = (f: Finding) => (f.waived ? 4 : LEVEL_RANK[f.level]);
  for (const list of groups.values()) list.sort((a, b) => weight(a) - weight(b));
  return new Map([...groups].sort(([ka, a], [kb, b]) => weight(a[0]!) - weight(b[0]!) || (ka < kb ? -1 : ka > kb ? 1 : 0)));
}

/** The run's diagnostics (stale waivers, ...) as a list; they never change the verdict. */
export function diagnosticsMarkdown(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  const out = [`**Diagnostics** (${diagnostics.length}; they do not change the verdict):`, ''];
  for (const d of diagnostics) {
    const place = diagnosticPlace(d);
    out.push(`- ${DIAGNOSTIC_BADGE[d.level]}: ${markdownProse(d.message)} (${markdownCode(d.code)}${place ? `, ${markdownCode(place)}` : ''})`);
  }
  out.push('');
  return out;
}

const DIAGNOSTIC_BADGE: Record<Diagnostic['level'], string> = { warning: '🟠 warning' };

/** One entry per breaking rule: which clients break and the compatible alternative. */
function whyAndFix(findings: readonly Finding[]): string[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (f.level === 'breaking' && !f.waived && f.why && !seen.has(f.rule)) seen.set(f.rule, f);
  if (seen.size === 0) return [];
  const out = ['<details open><summary>Why these break and what to do instead</summary>', ''];
  for (const [rule, f] of seen) out.push(`- ${markdownCode(rule)}: ${ruleDocMarkdown(f.why!)} **Instead:** ${ruleDocMarkdown(f.fix ?? '')}`);
  out.push('', '</details>', '');
  return out;
}
