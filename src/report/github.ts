import type { Report } from '../compare.js';
import type { Diagnostic, DiagnosticLevel } from '../diagnostics.js';
import { operationsOf, type Finding, type Level } from '../engine/types.js';
import { workflowData, workflowProperty } from './escape.js';
import { placeOf, repoPath } from './location.js';

const COMMAND: Record<Level, 'error' | 'warning' | 'notice'> = { breaking: 'error', warning: 'warning', compatible: 'notice', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding: `::error file=…,line=…,title=…::message`.
 * Spec text only ever lands in escaped properties and data, so it cannot end the command or start another.
 */
export function github(report: Report): string {
  return report.findings.map((f) => annotation(f)).join('') + diagnosticAnnotations(report.diagnostics ?? []);
}

const DIAGNOSTIC_COMMAND: Record<DiagnosticLevel, 'error' | 'warning' | 'notice'> = { warning: 'warning' };

/** One `::warning` per diagnostic, on the file (and line) it names when there is one. */
export function diagnosticAnnotations(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const file = d.file !== undefined ? repoPath(d.file) : undefined;
      const props: string[] = [];
      if (file) props.push(`file=${workflowProperty(file)}`);
      if (file && d.line) props.push(`line=${d.line}`);
      props.push(`title=${workflowProperty(`apicompat ${d.level}: ${d.code}`)}`);
      const at = !file && d.pointer ? ` [${d.pointer}]` : '';
      return `::${DIAGNOSTIC_COMMAND[d.level]} ${props.join(',')}::${workflowData(`${d.message}${at}`)}\n`;
    })
    .join('');
}

function annotation(f: Finding): string {
  const place = placeOf(f);
  const props: string[] = [];
  if (place.file) props.push(`file=${workflowProperty(place.file)}`);
  if (place.file && place.line) props.push(`line=${place.line}`);
  props.push(`title=${workflowProperty(`apicompat ${f.level}: ${f.rule}`)}`);
  const command = f.waived ? 'notice' : COMMAND[f.level];
  return `::${command} ${props.join(',')}::${workflowData(messageOf(f, place.line !== undefined))}\n`;
}

function messageOf(f: Finding, hasLine: boolean): string {
  const parts = [f.message];
  const ops = operationsOf(f);
  if (ops.length === 1 && !f.message.includes(ops[0]!)) parts.push(`(${ops[0]})`);
  else if (ops.length > 1) parts.push(`(${ops.length} operations: ${ops.slice(0, 5).join(', ')}${ops.length > 5 ? ', …' : ''})`);
  if (!f.new && f.old && !hasLine) parts.push(`[was at ${f.old.file}${f.old.line ? `:${f.old.line}` : ''} ${f.old.pointer}]`);
  if (f.waived) parts.push(`[waived: ${f.waived.reason}${f.waived.until ? ` until ${f.waived.until}` : ''}]`);
  return parts.join(' ');
}
