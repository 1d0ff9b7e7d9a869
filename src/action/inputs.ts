import { UsageError } from '../errors.js';
import { reporters, type ReporterName } from '../report/index.js';
import { FAIL_ON, type FailOn } from '../report/fail-on.js';
import { getInput } from './protocol.js';

/** Every input action.yml declares (a test keeps the two lists equal). */
export const INPUT_NAMES = ['spec', 'base', 'head', 'fail-on', 'allow-major', 'zero-major-breaking', 'format', 'report-file', 'config', 'comment', 'github-token'] as const;

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
  /** A breaking change on a 0.x version recommends 1.0.0 instead of the next minor. */
  zeroMajorBreaking: boolean;
  /** Format of the report printed to the log or written to report-file (annotations are printed in any case); html needs report-file. */
  format: ReporterName;
  /** Write the formatted report to this file instead of the log (e.g. SARIF for upload-sarif). */
  reportFile?: string;
  config?: string;
  /** Keep one pull-request comment per contract up to date (src/action/comment.ts). */
  comment: boolean;
  /** Token for the comment's REST calls; never printed. */
  githubToken?: string;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const failOn = getInput(env, 'fail-on') || 'breaking';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`input fail-on: expected one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`);
  const format = getInput(env, 'format') || 'text';
  if (!Object.hasOwn(reporters, format)) throw new UsageError(`input format: expected one of ${Object.keys(reporters).join(', ')}, got ${JSON.stringify(format)}`);
  const inputs: ActionInputs = { failOn: failOn as FailOn, allowMajor: booleanInput(env, 'allow-major'), zeroMajorBreaking: booleanInput(env, 'zero-major-breaking'), format: format as ReporterName, comment: booleanInput(env, 'comment') };
  for (const [key, name] of [['spec', 'spec'], ['base', 'base'], ['head', 'head'], ['config', 'config'], ['reportFile', 'report-file'], ['githubToken', 'github-token']] as const) {
    const value = getInput(env, name);
    if (value) inputs[key] = value;
  }
  if (inputs.format === 'html' && !inputs.reportFile) throw new UsageError('input format: html is a page to open in a browser, not a log; set report-file too (e.g. apicompat-report.html)');
  return inputs;
}

/** `true` or `false` (default `false`); anything else is a usage error. */
function booleanInput(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = getInput(env, name) || 'false';
  if (value !== 'true' && value !== 'false') throw new UsageError(`input ${name}: expected true or false, got ${JSON.stringify(value)}`);
  return value === 'true';
}
