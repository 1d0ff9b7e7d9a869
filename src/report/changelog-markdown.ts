import type { Report } from '../compare.js';
import type { Finding, Level } from '../engine/types.js';
import { styleName } from '../model/types.js';
import { alsoAffects, changelogGroups, DOCUMENT_GROUP, flowLabel, LEVEL_HEADINGS } from './changelog-groups.js';
import { markdownCode, markdownProse as md, ruleDocMarkdown as docs } from './escape.js';

/** Release-notes markdown: one section per operation, breaking first, each breaking change explained. */
export function changelogMarkdown(report: Report, opts: { hidden: number }): string {
  const out: string[] = [];
  const { old: o, new: n } = report.sources;
  const title = n.title ?? o.title;
  const versions = o.version || n.version ? ` ${md(o.version ?? '?')} → ${md(n.version ?? '?')}` : '';
  out.push(`## ${title ? md(title) : 'API'}${versions}: changelog`, '');
  const s = report.summary;
  const next = report.nextVersion ? ` → ${md(report.nextVersion)}` : '';
  out.push(`**Recommended release: ${report.bump}**${report.currentVersion ? ` (${md(report.currentVersion)}${next})` : ''} · ${s.breaking} breaking, ${s.warning} warning, ${s.compatible} compatible, ${s.info} documentation-only`, '');
  out.push(md(report.recommendation.text), '');
  const hidden = opts.hidden ? `${opts.hidden} lower-level change${opts.hidden === 1 ? ' is' : 's are'} not listed.` : '';
  if (report.findings.length === 0) {
    out.push(hidden || 'No changes.', '');
    return out.join('\n');
  }
  for (const g of changelogGroups(report)) {
    const name = g.operation === DOCUMENT_GROUP ? 'Whole API' : markdownCode(g.operation);
    out.push(`### ${name}${g.style ? ` · ${styleName(g.style, report.sources.new.format)}` : ''}`, '');
    for (const i of g.findings) out.push(...item(report.findings[i]!, report.sources.new.format));
    out.push('');
  }
  if (hidden) out.push(`_${hidden}_`, '');
  return out.join('\n');
}

function item(f: Finding, format: 'openapi' | 'asyncapi'): string[] {
  const flow = flowLabel(f, format);
  const also = alsoAffects(f);
  const lines = [`- ${badge(f.level)}${flow ? ` (${flow})` : ''}: ${md(f.message)}${f.waived ? ` — waived: ${md(f.waived.reason)}` : ''}`];
  if (also.length) lines.push(`  - also in ${also.slice(0, 5).map(markdownCode).join(', ')}${also.length > 5 ? ` and ${also.length - 5} more` : ''}`);
  if (f.level === 'breaking') {
    if (f.why) lines.push(`  - Who breaks: ${docs(f.why)}`);
    if (f.fix) lines.push(`  - Compatible alternative: ${docs(f.fix)}`);
  }
  return lines;
}

function badge(level: Level): string {
  return level === 'breaking' || level === 'warning' ? `**${LEVEL_HEADINGS[level]}**` : LEVEL_HEADINGS[level];
}
