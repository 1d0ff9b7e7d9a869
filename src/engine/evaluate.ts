import type { Change } from '../diff/change.js';
import type { ChangeKind } from '../diff/kinds.js';
import { describeValue } from '../arguments.js';
import { checkEngineConfig } from '../config/validate.js';
import type { Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { renderMessage } from './message.js';
import { profileLevel, type Profile } from './profiles.js';
import { LEVEL_RANK, type Finding, type Level, type Rule, type RuleContext } from './types.js';
import type { OperationFilter } from '../model/filter.js';
import { applyWaivers, type Waiver } from './waivers.js';

/**
 * The engine's part of the configuration: the keys of a config file (schema/config.schema.json) but `specs`,
 * plus the clock. Every public entry point validates it the way config files are validated
 * (src/config/validate.ts), so a typo or a bad level is an error, never a silently dropped setting.
 */
export interface EngineConfig {
  /** Named profile: how catalogue levels are read (see profiles.ts). */
  profile?: Profile;
  /** Per-rule level override, or `off`; wins over the profile. */
  rules?: Record<string, Level | 'off'>;
  /** Accepted findings: kept in the report, not counted. */
  ignore?: readonly Waiver[];
  deprecation?: { minDays?: number };
  /** Which operations are compared; compare() and compareContracts() apply it to both contracts before the diff. */
  filter?: OperationFilter;
  /** The clock for sunsets and waiver expiry; tests inject it. */
  now?: Date;
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

export function ruleContext(config: EngineConfig = {}): RuleContext {
  return { today: (config.now ?? new Date()).toISOString().slice(0, 10), deprecation: { ...config.deprecation } };
}

export function matchRule(byKind: Map<ChangeKind, Rule[]>, change: Change, ctx: RuleContext = ruleContext()): Rule | undefined {
  for (const rule of byKind.get(change.kind) ?? []) {
    if (rule.matches.flow && rule.matches.flow !== change.flow) continue;
    if (rule.applies && !rule.applies(change, ctx)) continue;
    return rule;
  }
  return undefined;
}

/**
 * Classifies changes. Identical findings reached through several operations become one with all of them.
 * The config is validated first (ConfigError); unused waivers are reported by compare() and compareContracts(), not here.
 */
export function evaluate(changes: readonly Change[], rules: readonly Rule[], config: EngineConfig = {}): Finding[] {
  if (!Array.isArray(changes)) throw new UsageError(`evaluate(): changes must be an array of changes (from the diff stage), got ${describeValue(changes)}`);
  checkRules('evaluate()', 'rules', rules);
  // Dropping it without a word would look like a filter that matched nothing.
  if (config?.filter !== undefined) throw new UsageError('evaluate(): config.filter chooses the operations compared, before the diff; pass it to compare() or compareContracts()');
  const e = new Evaluator(rules, checkEngineConfig(config, 'evaluate() config', rules.map((r) => r.id)));
  for (const change of changes) e.add(change);
  return e.finish();
}

/** A rule catalogue argument: an array of rules (such as the exported `rules`). */
export function checkRules(fn: string, name: string, rules: unknown): asserts rules is readonly Rule[] {
  const bad = Array.isArray(rules) ? rules.findIndex((r) => typeof r !== 'object' || r === null || typeof (r as Rule).id !== 'string' || !Array.isArray((r as Rule).matches?.kinds)) : -1;
  if (!Array.isArray(rules)) throw new UsageError(`${fn}: ${name} must be an array of rules (such as the exported \`rules\`), got ${describeValue(rules)}`);
  if (bad >= 0) throw new UsageError(`${fn}: ${name}[${bad}] must be a rule (with an id and matches.kinds, see defineRule), got ${describeValue(rules[bad])}`);
}

/**
 * evaluate() one change at a time, for changes handed over as the diff finds them. Internal: it trusts its
 * config, which the public entry points have validated.
 */
export class Evaluator {
  private readonly ctx: RuleContext;
  private readonly byKind: Map<ChangeKind, Rule[]>;
  // By the place in the old document (else the new one, else the message), then sameChange(): a joined key
  // string per change cost more to build and hash than the lookup.
  private readonly grouped = new Map<string, Finding[]>();
  private readonly findings: Finding[] = [];
  /** Filled by finish(): an `unused-waiver` warning per waiver that covers no finding. */
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly rules: readonly Rule[],
    private readonly config: EngineConfig = {},
  ) {
    this.ctx = ruleContext(config);
    this.byKind = indexRules(rules);
  }

  add(change: Change): void {
    const { config } = this;
    const rule = matchRule(this.byKind, change, this.ctx);
    const configured = rule ? config.rules?.[rule.id] : undefined;
    if (configured === 'off') return;
    const catalogued: Level = rule?.level ?? 'warning';
    let level: Level = configured ?? profileLevel(config.profile, rule?.id ?? UNCLASSIFIED, catalogued);
    // A `draft` or `alpha` operation promises nothing yet (x-stability-level): its breaks are reported, as warnings.
    const free = change.stability !== undefined && level === 'breaking';
    if (free) level = 'warning';
    // Rendered only when needed: most changes reach a finding already made (a shared schema's change, once
    // per operation using it) and are told apart by their places, not their text.
    let message: string | undefined;
    const render = () => (message ??= messageOf(rule, change, free));
    const id = rule?.id ?? UNCLASSIFIED;
    const oldPtr = change.old?.pointer ?? '';
    const newPtr = change.new?.pointer ?? '';
    const place = oldPtr || newPtr || render();
    let candidates = this.grouped.get(place);
    if (!candidates) this.grouped.set(place, (candidates = []));
    const stability = free ? change.stability : undefined;
    const op = change.operation;
    // A break in a draft operation is a warning; the same break in a stable operation sharing the schema is not.
    // A document-wide change (a root server added) is not one operation's (an operation's own servers replaced by the root's).
    const same = candidates.find(
      (f) => f.rule === id && f.level === level && f.stability === stability && (f.operation === undefined) === (op === undefined) && (f.old?.pointer ?? '') === oldPtr && (f.new?.pointer ?? '') === newPtr && sameChange(f, change, render),
    );
    if (same) {
      if (op && same.operation !== op && !same.operations?.includes(op)) (same.operations ??= [same.operation!]).push(op);
      return;
    }
    const f: Finding = { rule: rule?.id ?? UNCLASSIFIED, level, kind: change.kind, message: render(), flow: change.flow, subject: change.subject };
    if (level !== catalogued) f.defaultLevel = catalogued;
    if (stability) f.stability = stability;
    if (change.operation) f.operation = change.operation;
    f.why = rule?.docs.why ?? UNCLASSIFIED_DOCS.why;
    f.fix = rule?.docs.fix ?? UNCLASSIFIED_DOCS.fix;
    if (change.before !== undefined) f.before = change.before;
    if (change.after !== undefined) f.after = change.after;
    if (change.old) f.old = { ...change.old };
    if (change.new) f.new = { ...change.new };
    candidates.push(f);
    this.findings.push(f);
  }

  /** The findings, sorted, with the waivers applied; waivers that cover none become diagnostics. */
  finish(): Finding[] {
    const { config, findings } = this;
    const waivers = config.ignore ?? [];
    if (waivers.length) {
      const use = applyWaivers(findings, waivers);
      for (const i of use.unused) this.diagnostics.push(unusedWaiver(waivers[i]!, i));
      for (const { index, uncovered } of use.partial) this.diagnostics.push(partialWaiver(waivers[index]!, index, uncovered));
    }
    return sortFindings(findings);
  }
}

/** A finding's text: the rule's message filled from the change, with the note a draft or alpha operation's break gets. */
function messageOf(rule: Rule | undefined, change: Change, free: boolean): string {
  const message = rule ? renderMessage(rule.message, change) : `unclassified change ${change.kind}${change.subject.where ? ` in ${change.subject.where}` : ''}`;
  return free ? `${message} (x-stability-level ${change.stability}: may change without notice)` : message;
}

/**
 * Whether a change found at a finding's places, under the same rule, is that finding reached again through
 * another operation: one property of a shared schema removed reaches every operation using the schema, and is
 * one change (the summary and the recommendation count it once). What the operation adds to the message (the
 * property's path from the operation's root, the response status, the media type) does not make it another
 * change; the value, keyword or field named, and scalar before/after values do. The property's own name is
 * not compared: property changes point at the property, and a change to a whole shared schema (nullable,
 * a variant added, an annotation) is one change whatever name a parent gives the schema (`parent`, `source`).
 */
function sameChange(f: Finding, change: Change, message: () => string): boolean {
  if (!f.old && !f.new) return f.message === message();
  const a = f.subject;
  const b = change.subject;
  return (
    f.flow === change.flow &&
    a.parameter === b.parameter &&
    a.keyword === b.keyword &&
    a.value === b.value &&
    a.field === b.field &&
    a.scheme === b.scheme &&
    a.scope === b.scope &&
    sameScalar(f.before, change.before) &&
    sameScalar(f.after, change.after)
  );
}

/** Lists and objects were compared at the same places already; scalars are the values the message names. */
function sameScalar(x: unknown, y: unknown): boolean {
  return x === y || (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null);
}

function unusedWaiver(w: Waiver, i: number): Diagnostic {
  return {
    level: 'warning',
    code: 'unused-waiver',
    message: `waiver ${waiverName(w, i)} matches no finding: remove it, or correct its rule, operation or pointer`,
    pointer: `/ignore/${i}`,
    waiver: { ...w },
  };
}

function partialWaiver(w: Waiver, i: number, uncovered: readonly string[]): Diagnostic {
  const more = uncovered.length > 3 ? `, ... (${uncovered.length} in all)` : '';
  return {
    level: 'warning',
    code: 'partial-waiver',
    message: `waiver ${waiverName(w, i)} covers a change that also reaches ${uncovered.slice(0, 3).join(', ')}${more}, which no waiver covers: the change stays unwaived; waive those operations too, or waive it by pointer`,
    pointer: `/ignore/${i}`,
    waiver: { ...w },
  };
}

/** `ignore[2] (operation-removed for GET /x at /paths/...)`. */
function waiverName(w: Waiver, i: number): string {
  const op = w.operation !== undefined ? ` for ${w.operation}` : '';
  const at = w.pointer !== undefined ? ` at ${w.pointer === '' ? '(document root)' : w.pointer}` : '';
  return `ignore[${i}] (${w.rule}${op}${at})`;
}


/** Deterministic order: level, then operation, then rule, then location. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      cmp(a.operation ?? '', b.operation ?? '') ||
      cmp(a.rule, b.rule) ||
      cmp(a.new?.pointer ?? a.old?.pointer ?? '', b.new?.pointer ?? b.old?.pointer ?? '') ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
