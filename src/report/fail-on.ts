import type { CombinedReport, Report, SpecReport } from './types.js';
import { describeValue } from '../arguments.js';
import { UsageError } from '../errors.js';
import { checkCombinedReport } from './check.js';
import { checkReport } from './check.js';
import type { Finding, Level } from '../engine/types.js';
import { bumpBetween, compareBump } from '../recommend/semver.js';

/** `--fail-on` / the Action's `fail-on`: the lowest level that fails the run; `any` fails on every change (lock-file workflows). */
export const FAIL_ON = ['breaking', 'warning', 'any', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const FAILING: Record<FailOn, readonly Level[]> = {
  breaking: ['breaking'],
  warning: ['breaking', 'warning'],
  any: ['breaking', 'warning', 'compatible', 'info'],
  never: [],
};

/** Whether a finding fails the run at this `fail-on`: waived findings never do. */
export function failsOn(finding: Finding, failOn: FailOn): boolean {
  return !finding.waived && FAILING[failOn].includes(finding.level);
}

/**
 * Whether NEW's info.version already makes the release breaking changes need over OLD's: a major bump
 * (`1.4.0 -> 2.0.0`), or the minor one in 0.x (`0.30.0 -> 0.31.0`, see releasePosition). `--allow-major` then
 * lets breaking changes pass.
 */
export function declaresBreakingRelease(report: Report): boolean {
  const { old: o, new: n } = report.sources;
  const declared = bumpBetween(o.version, n.version);
  const needed = bumpBetween(report.currentVersion, report.nextVersion);
  return declared !== undefined && compareBump(declared, needed === undefined || needed === 'none' ? 'major' : needed) >= 0;
}

/**
 * Whether a report fails the run: an unwaived finding at or above `failOn`; with `allowMajor`, breaking
 * ones do not count once NEW declares the breaking release. The CLI and the Action both decide with this.
 */
export function reportFails(report: Report, failOn: FailOn, allowMajor = false): boolean {
  checkReport('reportFails()', report);
  checkFailOn('reportFails()', failOn, allowMajor);
  return fails(report, failOn, allowMajor);
}

/** Whether one contract of a multi-spec run fails it: a deleted contract fails at every `fail-on` but `never`. */
export function specFails(s: SpecReport, failOn: FailOn, allowMajor = false): boolean {
  return failOn !== 'never' && (s.state === 'deleted' || fails(s.report, failOn, allowMajor));
}

/**
 * The exit code of a comparison that did not fail to run: 1 when the report (or any contract of a combined
 * report) fails `failOn`, else 0. The CLI's commands and the Action all answer with this.
 */
export function exitCode(report: Report | CombinedReport, failOn: FailOn, allowMajor = false): 0 | 1 {
  const combined = typeof report === 'object' && report !== null && 'specs' in report;
  if (combined) checkCombinedReport('exitCode()', report);
  else checkReport('exitCode()', report);
  checkFailOn('exitCode()', failOn, allowMajor);
  return (combined ? report.specs.some((s) => specFails(s, failOn, allowMajor)) : fails(report, failOn, allowMajor)) ? 1 : 0;
}

/** reportFails() on arguments already checked (each check walks every finding). */
function fails(report: Report, failOn: FailOn, allowMajor: boolean): boolean {
  const allowed = allowMajor && report.verdict === 'breaking' && declaresBreakingRelease(report);
  return report.findings.some((f) => failsOn(f, failOn) && !(allowed && f.level === 'breaking'));
}

function checkFailOn(fn: string, failOn: unknown, allowMajor: unknown): void {
  if (!(FAIL_ON as readonly unknown[]).includes(failOn)) throw new UsageError(`${fn}: failOn must be one of ${FAIL_ON.join(', ')}, got ${describeValue(failOn)}`);
  if (typeof allowMajor !== 'boolean') throw new UsageError(`${fn}: allowMajor must be true or false, got ${describeValue(allowMajor)}`);
}
