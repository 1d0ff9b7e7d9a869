import { UsageError } from '../errors.js';
import { reporters, type ReporterName } from '../report/index.js';
import { FAIL_ON, type FailOn } from '../report/fail-on.js';
import { getInput } from './protocol.js';

/** Every input action.yml declares (a test keeps the two lists equal). */
export const INPUT_NAMES = ['spec', 'base', 'head', 'fail-on', 'allow-major', 'format', 'report-file', 'config'] as const;

export interface ActionInputs {
  /** Path of the contract in the repository; the default for both sides. */
  spec?: string;
  /** Old contract: a file or `REF:path`; default: `spec` at the PR's base commit. */
  base?: string;
  /** New contract: a file or `REF:path`; default: `spec` as checked out. */
  head?: string;
  failOn: FailOn;
  /** Breaking changes do not fail the step once NEW's `info.version` declares the breaking release. */
  allowMajor: boolean;
  /** Format of the report printed to the log or written to report-file (annotations are printed in any case); html needs report-file. */
  format: ReporterName;
  /** Write the formatted report to this file instead of the log (e.g. SARIF for upload-sarif). */
  reportFile?: string;
  config?: string;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const failOn = getInput(env, 'fail-on') || 'breaking';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`input fail-on: expected one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`);
  const format = getInput(env, 'format') || 'text';
  if (!(format in reporters)) throw new UsageError(`input format: expected one of ${Object.keys(reporters).join(', ')}, got ${JSON.stringify(format)}`);
  const allowMajor = getInput(env, 'allow-major') || 'false';
  if (allowMajor !== 'true' && allowMajor !== 'false') throw new UsageError(`input allow-major: expected true or false, got ${JSON.stringify(allowMajor)}`);
  const inputs: ActionInputs = { failOn: failOn as FailOn, allowMajor: allowMajor === 'true', format: format as ReporterName };
  for (const [key, name] of [['spec', 'spec'], ['base', 'base'], ['head', 'head'], ['config', 'config'], ['reportFile', 'report-file']] as const) {
    const value = getInput(env, name);
    if (value) inputs[key] = value;
  }
  if (inputs.format === 'html' && !inputs.reportFile) throw new UsageError('input format: html is a page to open in a browser, not a log; set report-file too (e.g. apicompat-report.html)');
  return inputs;
}
