import type { Report } from '../compare.js';
import { diagnosticPlace, type Diagnostic } from '../diagnostics.js';
import { operationsOf, type Finding } from '../engine/types.js';
import { xml } from './escape.js';
import { placeOf } from './location.js';

/**
 * JUnit XML for CI test dashboards: one test suite per comparison, one test case per finding.
 * Breaking findings are failures, waived ones are skipped, the rest pass with their message as output.
 * A comparison without findings still has one passing case, so dashboards never see an empty suite.
 */
export function junit(report: Report): string {
  const { old: o, new: n } = report.sources;
  const cases = report.findings.map((f) => testcase(f));
  if (cases.length === 0) cases.push(`    <testcase classname="apicompat" name="no changes to the contract"/>`);
  const failures = report.findings.filter((f) => f.level === 'breaking' && !f.waived).length;
  const skipped = report.findings.filter((f) => f.waived).length;
  const tests = Math.max(report.findings.length, 1);
  const counts = `tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apicompat" ${counts}>`,
    `  <testsuite name="${xml(`${o.file} -> ${n.file}`)}" ${counts}>`,
    `    <properties>`,
    `      <property name="verdict" value="${report.verdict}"/>`,
    `      <property name="bump" value="${report.bump}"/>`,
    ...(report.nextVersion ? [`      <property name="next-version" value="${xml(report.nextVersion)}"/>`] : []),
    `    </properties>`,
    ...cases,
    ...diagnosticsOutput(report.diagnostics ?? []),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Diagnostics are not tests (they never fail a run): the suite's system-err lists them, one line each. */
function diagnosticsOutput(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  const lines = diagnostics.map((d) => {
    const place = diagnosticPlace(d);
    return `${d.level} ${d.code}: ${d.message}${place ? ` (${place})` : ''}`;
  });
  return [`    <system-err>${xml(lines.join('\n'))}</system-err>`];
}

function testcase(f: Finding): string {
  const place = placeOf(f);
  const where = place.file ? ` file="${xml(place.file)}"${place.line ? ` line="${place.line}"` : ''}` : '';
  const open = `    <testcase classname="${xml(f.operation ?? '(document)')}" name="${xml(`${f.rule}: ${f.message}`)}"${where}>`;
  const detail = details(f);
  if (f.waived) return `${open}<skipped message="${xml(`waived: ${f.waived.reason}`)}"/></testcase>`;
  if (f.level === 'breaking') return `${open}<failure type="breaking" message="${xml(f.message)}">${xml(detail)}</failure></testcase>`;
  return `${open}<system-out>${xml(`${f.level}: ${detail}`)}</system-out></testcase>`;
}

function details(f: Finding): string {
  const lines = [f.message];
  const ops = operationsOf(f);
  if (ops.length) lines.push(`operations: ${ops.join(', ')}`);
  if (f.old) lines.push(`old: ${f.old.file}${f.old.line ? `:${f.old.line}` : ''} ${f.old.pointer}`);
  if (f.new) lines.push(`new: ${f.new.file}${f.new.line ? `:${f.new.line}` : ''} ${f.new.pointer}`);
  return lines.join('\n');
}
