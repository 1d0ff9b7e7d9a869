import type { Change } from '../diff/change.js';
import type { ChangeKind } from '../diff/kinds.js';
import { ConfigError } from '../errors.js';
import { renderMessage } from './message.js';
import type { Finding, Level, Rule } from './types.js';

export interface EngineConfig {
  /** Per-rule level override, or `off`. */
  rules?: Record<string, Level | 'off'>;
}

/** The pseudo-rule for changes no rule claims: surfaced as a warning, never dropped. */
export const UNCLASSIFIED = 'unclassified';

const UNCLASSIFIED_DOCS = {
  why: 'No rule classifies this change yet, so apicompat cannot tell which clients it affects.',
  fix: 'Review the change by hand; if it can break clients, treat it as breaking.',
};

export function indexRules(rules: readonly Rule[]): Map<ChangeKind, Rule[]> {
  const byKind = new Map<ChangeKind, Rule[]>();
  for (const rule of rules) {
    for (const kind of rule.matches.kinds) {
      const list = byKind.get(kind) ?? [];
      list.push(rule);
      byKind.set(kind, list);
    }
  }
  // The more specific rule (one with a refinement) gets the first look.
  for (const list of byKind.values()) list.sort((x, y) => Number(!x.applies) - Number(!y.applies));
  return byKind;
}

export function matchRule(byKind: Map<ChangeKind, Rule[]>, change: Change): Rule | undefined {
  for (const rule of byKind.get(change.kind) ?? []) {
    if (rule.matches.flow && rule.matches.flow !== change.flow) continue;
    if (rule.applies && !rule.applies(change)) continue;
    return rule;
  }
  return undefined;
}

/** Classifies changes. Identical findings reached through several operations become one with all of them. */
export function evaluate(changes: readonly Change[], rules: readonly Rule[], config: EngineConfig = {}): Finding[] {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config.rules ?? {})) if (!known.has(id)) throw new ConfigError(`unknown rule id "${id}" in configuration`);
  const byKind = indexRules(rules);
  const grouped = new Map<string, Finding>();
  const findings: Finding[] = [];
  for (const change of changes) {
    const rule = matchRule(byKind, change);
    const configured = rule ? config.rules?.[rule.id] : undefined;
    if (configured === 'off') continue;
    const level: Level = configured ?? rule?.level ?? 'warning';
    const message = rule ? renderMessage(rule.message, change) : `unclassified change ${change.kind}${change.subject.where ? ` in ${change.subject.where}` : ''}`;
    const key = `${rule?.id ?? UNCLASSIFIED}\u0000${message}\u0000${change.old?.pointer ?? ''}\u0000${change.new?.pointer ?? ''}`;
    const same = grouped.get(key);
    if (same) {
      if (change.operation && same.operation !== change.operation) (same.operations ??= [same.operation!]).push(change.operation);
      continue;
    }
    const f: Finding = { rule: rule?.id ?? UNCLASSIFIED, level, kind: change.kind, message, flow: change.flow, subject: change.subject };
    if (change.operation) f.operation = change.operation;
    f.why = rule?.docs.why ?? UNCLASSIFIED_DOCS.why;
    f.fix = rule?.docs.fix ?? UNCLASSIFIED_DOCS.fix;
    if (change.before !== undefined) f.before = change.before;
    if (change.after !== undefined) f.after = change.after;
    if (change.old) f.old = { ...change.old };
    if (change.new) f.new = { ...change.new };
    grouped.set(key, f);
    findings.push(f);
  }
  return sortFindings(findings);
}

const LEVEL_ORDER: Record<Level, number> = { breaking: 0, warning: 1, compatible: 2, info: 3 };

/** Deterministic order: level, then operation, then rule, then location. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      cmp(a.operation ?? '', b.operation ?? '') ||
      cmp(a.rule, b.rule) ||
      cmp(a.new?.pointer ?? a.old?.pointer ?? '', b.new?.pointer ?? b.old?.pointer ?? '') ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
