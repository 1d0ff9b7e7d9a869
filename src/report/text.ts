import { Chalk } from 'chalk';
import type { Report } from '../compare.js';
import { diagnosticPlace, type Diagnostic } from '../diagnostics.js';
import type { Finding, Level } from '../engine/types.js';
import { alsoAffects } from './changelog-groups.js';
import { terminal } from './escape.js';
import type { ReportOptions } from './index.js';

const ICON: Record<Level, string> = { breaking: 'x', warning: '!', compatible: '+', info: 'i' };

export function text(report: Report, opts: ReportOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const paint: Record<Level, (s: string) => string> = { breaking: c.red.bold, warning: c.yellow, compatible: c.green, info: c.gray };
  const lines: string[] = [];
  const { old: o, new: n } = report.sources;
  lines.push(c.bold(`apicompat: ${terminal(o.file)} -> ${terminal(n.file)}`));
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.operation ?? '(document)';
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  for (const [op, list] of groups) {
    lines.push('', c.bold(terminal(op)));
    for (const f of list) {
      const loc = location(f);
      lines.push(`  ${paint[f.level](`${ICON[f.level]} ${f.level.padEnd(10)}`)} ${terminal(f.message)} ${c.dim(`[${f.rule}]`)}`);
      if (loc) lines.push(`      ${c.dim(terminal(loc))}`);
      if (f.waived) lines.push(`      ${c.dim(`waived${f.waived.until ? ` until ${terminal(f.waived.until)}` : ''}: ${terminal(f.waived.reason)}`)}`);
      if (f.level === 'breaking' && f.why) lines.push(`      why: ${terminal(f.why)}`);
      if (f.level === 'breaking' && f.fix) lines.push(`      fix: ${terminal(f.fix)}`);
      const others = alsoAffects(f);
      if (others.length) lines.push(`      ${c.dim(`also affects ${others.length} more operation${others.length > 1 ? 's' : ''}: ${terminal(others.slice(0, 3).join(', '))}${others.length > 3 ? ', ...' : ''}`)}`);
    }
  }
  const s = report.summary;
  lines.push('');
  if (report.findings.length === 0) lines.push(opts.hiddenCount ? `No findings at this level (${opts.hiddenCount} lower-level change${opts.hiddenCount === 1 ? '' : 's'} hidden; see \`apicompat changelog\`).` : 'No changes.');
  else lines.push(`${paint.breaking(`${s.breaking} breaking`)}, ${paint.warning(`${s.warning} warning`)}, ${paint.compatible(`${s.compatible} compatible`)}, ${paint.info(`${s.info} info`)}${s.waived ? ` (${s.waived} waived)` : ''}`);
  lines.push(c.bold(`Verdict: ${report.verdict}; bump: ${report.bump}${report.nextVersion ? ` (${terminal(report.currentVersion ?? '?')} -> ${terminal(report.nextVersion)})` : ''}`));
  lines.push(terminal(report.recommendation.text));
  const plan = report.recommendation.urlVersioning;
  if (plan && plan.operations.length && plan.scope !== 'servers') {
    for (const op of plan.operations.slice(0, 20)) lines.push(`  ${terminal(op.operation)}  ->  ${terminal(op.path)}`);
    if (plan.operations.length > 20) lines.push(`  ... and ${plan.operations.length - 20} more`);
  }
  lines.push(...diagnosticsText(report.diagnostics ?? [], opts.color));
  return `${lines.join('\n')}\n`;
}

/** The run's diagnostics (stale waivers, ...): after the verdict, which they never change. */
export function diagnosticsText(diagnostics: readonly Diagnostic[], color: boolean): string[] {
  if (diagnostics.length === 0) return [];
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = ['', c.bold(`Diagnostics (${diagnostics.length}; they do not change the verdict):`)];
  for (const d of diagnostics) {
    lines.push(`  ${c.yellow(`! ${d.level.padEnd(10)}`)} ${terminal(d.message)} ${c.dim(`[${d.code}]`)}`);
    const place = diagnosticPlace(d);
    if (place) lines.push(`      ${c.dim(terminal(place))}`);
  }
  return lines;
}

function location(f: Finding): string {
  const at = f.new ?? f.old;
  if (!at) return '';
  return `${at.file}${at.line ? `:${at.line}` : ''} ${at.pointer}`;
}
