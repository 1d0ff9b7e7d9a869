/**
 * apicompat's programmatic API: typed, no printing, no process.exit. Every entry point checks its arguments:
 * a wrong one is a UsageError, bad config a ConfigError (one line each, see errors.ts).
 *
 *   import { compare, formatReport } from 'apicompat';
 *   const report = await compare('old.yaml', 'new.yaml');
 *   if (report.verdict === 'breaking') console.log(formatReport(report, 'markdown'));
 */
export { compare, compareContracts, loadContract, toContract, type CompareContractsOptions, type CompareOptions, type Report, type SourceInfo } from './compare.js';
export type { Diagnostic, DiagnosticCode, DiagnosticLevel } from './diagnostics.js';
export type { Waiver } from './engine/waivers.js';
export type { OperationFilter } from './model/filter.js';
export { recommend, type Alternative, type Recommendation, type RecommendInput, type RecommendOutput, type UrlVersioningPlan, type Verdict } from './recommend/index.js';
export { nextVersion, bumpBetween } from './recommend/semver.js';
export { formatReport, reporters, type ReporterName, type ReportOptions } from './report/index.js';
export { formatCombined, type CombinedOptions } from './report/combined.js';
export { exitCode, reportFails, FAIL_ON, type FailOn } from './report/fail-on.js';
export { combineReports } from './recommend/combine.js';
export type { CombinedReport, SpecReport, Summary } from './report/types.js';
export { formatChangelog, changelogGroups, changelogFormats, type ChangelogFormat, type ChangelogGroup } from './report/changelog.js';
export { evaluate, type EngineConfig } from './engine/evaluate.js';
export { rules } from '../rules/index.js';
export type { Finding, Level, Bump, Rule, RuleDefinition } from './engine/types.js';
export type { Change, Location, Subject } from './diff/change.js';
export type { ChangeFacts } from './diff/facts.js';
export type { ChangeKind } from './diff/kinds.js';
export type { Contract, Operation, Flow, InteractionStyle } from './model/types.js';
export type { LoadOptions } from './load/index.js';
export { ApicompatError, LoadError, UsageError, ConfigError, isApicompatError } from './errors.js';
