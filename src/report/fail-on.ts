import type { Finding, Level } from '../engine/types.js';

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
