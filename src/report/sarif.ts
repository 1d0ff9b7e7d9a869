import { createHash } from 'node:crypto';
import type { Report } from '../compare.js';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import { operationsOf, type Finding, type Level, type Rule } from '../engine/types.js';
import { UNCLASSIFIED } from '../engine/evaluate.js';
import { rules as catalogue } from '../../rules/index.js';
import { sarifText } from './escape.js';
import { placeOf, repoPath } from './location.js';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Level, SarifLevel> = { breaking: 'error', warning: 'warning', compatible: 'note', info: 'note' };
const byId = new Map<string, Rule>(catalogue.map((r) => [r.id, r]));

/** SARIF 2.1.0 for code scanning: one run, the rules the results use (with their docs), one result per finding. */
export function sarif(report: Report): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'apicompat', rules: ruleIds.map(descriptor), ...notificationDescriptors(report.diagnostics ?? []) } },
        ...invocations(report.diagnostics ?? []),
        results: report.findings.map((f) => result(f, index.get(f.rule)!)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

const DIAGNOSTIC_TITLE: Record<DiagnosticCode, string> = {
  'unused-waiver': 'A waiver of the configuration matches no finding',
  'partial-waiver': 'A waiver covers a shared change in only some of the operations it reaches',
  'invalid-document': 'A spec breaks a rule of its format where the comparison does not depend on it',
  'ambiguous-path': 'Two paths differ only in template names',
};

/**
 * Diagnostics are about the run, not the contract, so they are not results (each result is a finding): they
 * are tool configuration notifications of the invocation (SARIF 2.1.0 §3.20.22), level warning.
 */
function notificationDescriptors(diagnostics: readonly Diagnostic[]) {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  return codes.length ? { notifications: codes.map((id) => ({ id, shortDescription: { text: DIAGNOSTIC_TITLE[id] } })) } : {};
}

function invocations(diagnostics: readonly Diagnostic[]) {
  if (diagnostics.length === 0) return {};
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const notifications = diagnostics.map((d) => {
    const file = d.file !== undefined ? repoPath(d.file) : undefined;
    const location: Record<string, unknown> = {};
    if (file) location.physicalLocation = { artifactLocation: { uri: encodeURI(file) }, ...(d.line ? { region: { startLine: d.line } } : {}) };
    if (d.pointer !== undefined) location.logicalLocations = [{ fullyQualifiedName: d.pointer, kind: 'value' }];
    return {
      level: d.level,
      message: { text: sarifText(d.message) },
      descriptor: { id: d.code, index: codes.indexOf(d.code) },
      ...(Object.keys(location).length ? { locations: [location] } : {}),
    };
  });
  return { invocations: [{ executionSuccessful: true, toolConfigurationNotifications: notifications }] };
}

function descriptor(id: string) {
  const rule = byId.get(id);
  if (!rule) {
    return {
      id,
      shortDescription: { text: id === UNCLASSIFIED ? 'Change no rule classifies' : id },
      fullDescription: { text: 'apicompat found a change that no rule in its catalogue claims; review it by hand.' },
      defaultConfiguration: { level: 'warning' },
    };
  }
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.docs.why },
    help: { text: `${rule.docs.why}\n\nFix: ${rule.docs.fix}`, markdown: `${rule.docs.why}\n\n**Fix:** ${rule.docs.fix}` },
    defaultConfiguration: { level: LEVEL[rule.level] },
    properties: { tags: ['api-compatibility', rule.area, rule.level], 'apicompat-level': rule.level },
  };
}

function result(f: Finding, ruleIndex: number) {
  const place = placeOf(f);
  const location: Record<string, unknown> = {};
  if (place.file) {
    location.physicalLocation = {
      artifactLocation: { uri: encodeURI(place.file) },
      ...(place.line ? { region: { startLine: place.line } } : {}),
    };
  }
  if (place.pointer !== undefined) location.logicalLocations = [{ fullyQualifiedName: place.pointer, kind: 'value' }];
  const ops = operationsOf(f);
  const text = ops.length === 0 || (ops.length === 1 && f.message.includes(ops[0]!)) ? f.message : `${f.message} (${ops.length === 1 ? ops[0] : `${ops.length} operations: ${ops.join(', ')}`})`;
  const out: Record<string, unknown> = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.level],
    message: { text: sarifText(text) },
    locations: Object.keys(location).length ? [location] : [],
    partialFingerprints: { 'apicompatFinding/v1': fingerprint(f) },
    properties: { 'apicompat-level': f.level, flow: f.flow, kind: f.kind, ...(ops.length ? { operations: ops } : {}) },
  };
  if (f.waived) out.suppressions = [{ kind: 'external', justification: sarifText(f.waived.reason) }];
  return out;
}

/** Stable across line moves: what changed and where in the contract, not where in the file. */
function fingerprint(f: Finding): string {
  const key = [f.rule, f.operation ?? '', f.old?.pointer ?? '', f.new?.pointer ?? '', f.message].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
