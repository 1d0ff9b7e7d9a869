import type { Change, Location, Subject } from '../diff/change.js';
import type { ChangeKind } from '../diff/kinds.js';
import type { Flow } from '../model/types.js';

export const LEVELS = ['breaking', 'warning', 'compatible', 'info'] as const;
export type Level = (typeof LEVELS)[number];
/** A level's place in LEVELS, worst first: sorts findings and groups (breaking 0 ... info 3). */
export const LEVEL_RANK = Object.fromEntries(LEVELS.map((l, i) => [l, i])) as Record<Level, number>;
export type Bump = 'major' | 'minor' | 'patch' | 'none';
export type Area = 'operation' | 'parameter' | 'body' | 'response' | 'schema' | 'security' | 'server' | 'info' | 'channel' | 'message';

/** What a refinement may know besides the change: the clock and the policy, both from the engine config. */
export interface RuleContext {
  /** Today in UTC, `YYYY-MM-DD`. */
  today: string;
  deprecation: { minDays?: number };
}

/**
 * A rule as written: `K` is inferred from `matches.kinds`, and `applies` receives `Change<K>`, whose
 * `facts` are typed by the facts table (src/diff/facts.ts): `applies: (c) => c.facts.required` compiles
 * for `schema.property.added`, and a fact the kind does not carry is a compile error.
 */
export interface RuleDefinition<K extends ChangeKind = ChangeKind> {
  /** Stable kebab-case id; equals the file name; never reused. */
  id: string;
  level: Level;
  area: Area;
  matches: {
    kinds: readonly K[];
    /** Only changes of this flow; omitted = any flow. */
    flow?: Flow | 'none';
  };
  /** Sentence case, no final period. */
  title: string;
  /** Message template; `{{operation}}`, `{{where}}`, `{{property}}`, `{{before}}`, ... come from the change. */
  message: string;
  docs: {
    /** Which client breaks and how, or why none does. */
    why: string;
    /** The compatible alternative. */
    fix: string;
  };
  /** Release bump this finding asks for; defaults from the level (breaking: major, warning/compatible: minor, info: patch). */
  bump?: Bump;
  /** Refinement on the change's facts; rules with `applies` are tried before those without. */
  applies?: (change: Change<NoInfer<K>>, ctx: RuleContext) => boolean;
}

/** A rule in the catalogue: one type for every kind, so the engine holds all rules in one array (see defineRule). */
export type Rule = Readonly<RuleDefinition>;

export interface Finding {
  rule: string;
  level: Level;
  kind: ChangeKind;
  message: string;
  /** First affected operation, e.g. `POST /trips`. */
  operation?: string;
  /** Every affected operation when one schema change reaches several. */
  operations?: string[];
  flow: Flow | 'none';
  subject: Subject;
  before?: unknown;
  after?: unknown;
  old?: Location;
  new?: Location;
  /** Which client breaks and how, or why none does (the rule's docs.why). */
  why?: string;
  /** The compatible alternative (the rule's docs.fix). */
  fix?: string;
  /** The level the catalogue gives, when config, profile or the operation's stability changed it. */
  defaultLevel?: Level;
  /** The old contract's `x-stability-level` of the operation, when it is `draft` or `alpha`: a breaking change there is reported as a warning. */
  stability?: 'draft' | 'alpha';
  /** Present when a configured waiver covers this finding: it stays in the report but does not count. */
  waived?: { reason: string; until?: string };
}

/** Every operation a finding reaches: `operations` when one change reaches several, else its `operation`. */
export function operationsOf(f: Pick<Finding, 'operation' | 'operations'>): string[] {
  return f.operations ?? (f.operation ? [f.operation] : []);
}
