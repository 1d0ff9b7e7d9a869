import type { Report } from '../compare.js';
import type { Finding, Level } from '../engine/types.js';
import { markdown as md, markdownCode, ruleDocMarkdown } from './escape.js';

const BADGE: Record<Level, string> = { breaking: '🔴 breaking', warning: '🟠 warning', compatible: '🟢 compatible', info: '⚪ info' };

/** PR-comment-ready markdown, grouped by operation, details collapsed. */
export function markdown(report: Report): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(`## apicompat: ${report.verdict}`, '');
  out.push(`| breaking | warning | compatible | info | bump | next version |`, `|---:|---:|---:|---:|---|---|`);
  out.push(`| ${s.breaking} | ${s.warning} | ${s.compatible} | ${s.info} | ${report.bump} | ${report.nextVersion ? md(report.nextVersion) : '—'} |`, '');
  out.push(md(report.recommendation.text), '');
  const plan = report.recommendation.urlVersioning;
  if (plan && plan.operations.length) {
    out.push('<details><summary>URL versioning plan</summary>', '');
    for (const o of plan.operations) out.push(`- ${markdownCode(o.operation)} → ${markdownCode(o.path)}`);
    for (const sv of plan.servers) out.push(`- server ${markdownCode(sv.from)} → ${markdownCode(sv.to)}`);
    out.push('', '</details>', '');
  }
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.operation ?? '(document)';
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  for (const [op, list] of groups) {
    const worst = list[0]!.level;
    out.push(`<details${worst === 'breaking' ? ' open' : ''}><summary>${markdownCode(op)} — ${list.length} change${list.length === 1 ? '' : 's'} (${BADGE[worst]})</summary>`, '');
    out.push('| level | change | rule | where |', '|---|---|---|---|');
    for (const f of list) {
      const at = f.new ?? f.old;
      const where = at ? markdownCode(`${at.file}${at.line ? `:${at.line}` : ''}`) : '';
      const more = f.operations && f.operations.length > 1 ? ` (+${f.operations.length - 1} more operations)` : '';
      out.push(`| ${BADGE[f.level]} | ${md(f.message)}${more} | ${markdownCode(f.rule)} | ${where} |`);
    }
    out.push('', '</details>', '');
  }
  out.push(...whyAndFix(report.findings));
  if (report.findings.length === 0) out.push('No changes found.', '');
  return `${out.join('\n')}`;
}

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
