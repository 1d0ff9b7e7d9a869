import type { Diagnostic } from '../diagnostics.js';
import type { Bump, Finding, Level } from '../engine/types.js';
import type { InteractionStyle } from '../model/types.js';
import type { Recommendation, Verdict } from '../recommend/index.js';

export interface SourceInfo {
  file: string;
  format: 'openapi' | 'asyncapi';
  specVersion: string;
  title?: string;
  version?: string;
}

/** Counts by level (waived findings included) and how many of them are waived. */
export type Summary = Record<Level, number> & { total: number; waived: number };

/** The result of a comparison; exactly what `--format json` prints (see schema/report.schema.json). */
export interface Report {
  verdict: Verdict;
  bump: Bump;
  currentVersion?: string;
  nextVersion?: string;
  findings: Finding[];
  summary: Summary;
  recommendation: Recommendation;
  /** Interaction style of every operation named by a finding (new contract first, else old). */
  styles?: Record<string, InteractionStyle>;
  sources: { old: SourceInfo; new: SourceInfo };
  /**
   * What the run found besides changes, e.g. a waiver that matches no finding (`unused-waiver`). Absent when
   * there is none. Never changes verdict, bump or exit code.
   */
  diagnostics?: Diagnostic[];
}

/**
 * A contract of a multi-spec run (`apicompat check`, the Action): `compared` both versions; `added` (absent at
 * the base) compared from an empty contract; `deleted` (gone from the checkout) compared to an empty one, its
 * verdict breaking even when it had no operations.
 */
export interface SpecReport {
  /** Repository path of the contract (or the `head` source when no path was given). */
  spec: string;
  state: 'compared' | 'added' | 'deleted';
  report: Report;
}

/** Several contracts compared in one run: what `apicompat check --format json` prints. */
export interface CombinedReport {
  /** The revision every spec was compared against, when there is one. */
  base?: string;
  verdict: Verdict;
  bump: Bump;
  summary: Summary;
  specs: SpecReport[];
  /** About the run as a whole (a waiver unused in every contract); each spec's own stay in its report. */
  diagnostics?: Diagnostic[];
}
