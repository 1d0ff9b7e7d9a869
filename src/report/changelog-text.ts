import { Chalk } from 'chalk';
import type { Report } from '../compare.js';
import type { Level } from '../engine/types.js';
import { styleName } from '../model/types.js';
import { alsoAffects, changelogGroups, DOCUMENT_GROUP, flowLabel } from './changelog-groups.js';
import { terminal } from './escape.js';

const ICON: Record<Level, string> = { breaking: 'x', warning: '!', compatible: '+', info: 'i' };

/** Terminal changelog: operations breaking first, each change with its flow; breaking ones explained. */
export function changelogText(report: Report, opts: { color: boolean; hidden: number }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const paint: Record<Level, (s: string) => string> = { breaking: c.red.bold, warning: c.yellow, compatible: c.green, info: c.gray };
  const { old: o, new: n } = report.sources;
  const lines = [c.bold(`Changelog: ${terminal(n.title ?? o.title ?? 'API')} ${terminal(o.version ?? '?')} -> ${terminal(n.version ?? '?')}`)];
  for (const g of changelogGroups(report)) {
    lines.push('', c.bold(`${g.operation === DOCUMENT_GROUP ? 'Whole API' : terminal(g.operation)}${g.style ? c.dim(`  (${styleName(g.style, n.format)})`) : ''}`));
    for (const i of g.findings) {
      const f = report.findings[i]!;
      const flow = flowLabel(f, n.format);
      lines.push(`  ${paint[f.level](`${ICON[f.level]} ${f.level.padEnd(10)}`)} ${flow ? c.dim(`[${flow}] `) : ''}${terminal(f.message)}${f.waived ? c.dim(` (waived: ${terminal(f.waived.reason)})`) : ''}`);
      const also = alsoAffects(f);
      if (also.length) lines.push(`      ${c.dim(`also in ${terminal(also.slice(0, 3).join(', '))}${also.length > 3 ? ` and ${also.length - 3} more` : ''}`)}`);
      if (f.level === 'breaking') {
        if (f.why) lines.push(`      why: ${terminal(f.why)}`);
        if (f.fix) lines.push(`      fix: ${terminal(f.fix)}`);
      }
    }
  }
  const s = report.summary;
  lines.push('');
  if (opts.hidden) lines.push(c.dim(`${opts.hidden} lower-level change${opts.hidden === 1 ? ' is' : 's are'} not listed.`));
  if (s.total === 0) lines.push('No changes.');
  else lines.push(`${paint.breaking(`${s.breaking} breaking`)}, ${paint.warning(`${s.warning} warning`)}, ${paint.compatible(`${s.compatible} compatible`)}, ${paint.info(`${s.info} info`)}`);
  lines.push(c.bold(`Recommended: ${report.bump}${report.nextVersion ? ` (${terminal(report.currentVersion ?? '?')} -> ${terminal(report.nextVersion)})` : ''}`));
  lines.push(terminal(report.recommendation.text));
  return `${lines.join('\n')}\n`;
}
