import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Bump } from '../engine/types.js';
import { isApicompatError, UsageError } from '../errors.js';
import type { Verdict } from '../recommend/index.js';
import { maxBump } from '../recommend/semver.js';
import type { Diagnostic } from '../diagnostics.js';
import { workflowData, workflowProperty } from '../report/escape.js';
import { diagnosticAnnotations } from '../report/github.js';
import { formatReport } from '../report/index.js';
import { engineConfig, loadActionConfig, type ActionConfig } from './config.js';
import { reportFails, type FailOn } from '../report/fail-on.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { appendSummary, errorAnnotation, printInert, setOutput, type Runner } from './protocol.js';
import { expandSpecs, filesAt } from '../multi/specs.js';
import { settleDiagnostics } from '../multi/diagnostics.js';
import { combinedFile, summaryMarkdown } from '../multi/summary.js';
import { compareTarget, type Outcome, type Target } from '../multi/targets.js';
import { BaseResolver, targetFor } from './targets.js';
import { syncPullRequestComments } from './comment.js';

const VERDICT_ORDER: Verdict[] = ['unchanged', 'compatible', 'warning', 'breaking'];

/** Every output action.yml declares (a test keeps the two lists equal). */
export const OUTPUT_NAMES = ['verdict', 'bump', 'next-version', 'breaking-count', 'report-file'] as const;

/**
 * The action: compares each contract, prints annotations, writes outputs and the step summary.
 * Returns the exit code: 0 pass, 1 findings at or above `fail-on`, 2 bad input or unreadable contract.
 */
export async function runAction(runner: Runner): Promise<number> {
  const { env } = runner;
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  try {
    const inputs = readInputs(env);
    const config = await loadActionConfig(inputs.config, workspace);
    const targets = await resolveTargets(inputs, config, workspace, env);
    const compared: Outcome[] = [];
    for (const target of targets) {
      if (target.state !== 'both') compared.push({ target });
      else compared.push({ target, report: await compareTarget(target, workspace, engineConfig(config.config)) });
    }
    const { outcomes, diagnostics } = settleDiagnostics(compared, config.file && path.relative(workspace, config.file).split(path.sep).join('/'));
    await publish(runner, inputs, outcomes, workspace, diagnostics);
    await syncPullRequestComments(runner, inputs, outcomes);
    const code = exitCode(outcomes, inputs.failOn, inputs.allowMajor);
    const out = verdictOutputs(outcomes);
    runner.stdout(`apicompat: verdict ${out.verdict}, ${out['breaking-count']} breaking; fail-on ${inputs.failOn}: ${code === 0 ? 'pass' : 'fail'}\n`);
    return code;
  } catch (e) {
    const msg = isApicompatError(e) ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    runner.stdout(errorAnnotation(msg));
    // A stack trace only when the workflow is re-run with debug logging.
    if (env.RUNNER_DEBUG === '1' && e instanceof Error && e.stack) printInert(runner, e.stack);
    return 2;
  }
}

/** One contract from the inputs, or every contract of the config's `specs` list. */
async function resolveTargets(inputs: ActionInputs, { config, file }: ActionConfig, workspace: string, env: NodeJS.ProcessEnv): Promise<Target[]> {
  const base = new BaseResolver(env, workspace);
  if (inputs.spec || inputs.base || inputs.head || !config.specs) return [await targetFor(inputs.spec, inputs, workspace, base)];
  const specs = await expandSpecs(config.specs, path.dirname(file!), workspace, async () => filesAt(workspace, (await base.get()).rev));
  if (specs.length === 0) throw new UsageError('the specs list of the config names no contract');
  return Promise.all(specs.map((spec) => targetFor(spec, {}, workspace, base)));
}

async function publish(runner: Runner, inputs: ActionInputs, outcomes: Outcome[], workspace: string, diagnostics: Diagnostic[]): Promise<void> {
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  // Annotations on the changed lines: everything but documentation-only changes; then the run's diagnostics.
  runner.stdout(outcomes.map((o) => (o.report ? formatReport({ ...o.report, findings: o.report.findings.filter((f) => f.level !== 'info') }, 'github') : deletedAnnotation(o.target))).join('') + diagnosticAnnotations(diagnostics));

  const log: string[] = outcomes.map((o) => `apicompat: ${o.target.base} -> ${o.target.head}${o.target.state === 'new' ? ' (new contract, nothing to compare)' : o.target.state === 'deleted' ? ' (contract deleted)' : ''}`);
  if (inputs.reportFile) {
    const file = path.resolve(workspace, inputs.reportFile);
    await writeFile(file, combinedFile(reports, inputs.format, diagnostics), 'utf8');
    setOutput(runner.env, 'report-file', file);
    log.push(`report (${inputs.format}) written to ${file}`);
  } else if (inputs.format !== 'github') {
    log.push(combinedFile(reports, inputs.format, diagnostics));
  }
  printInert(runner, log.join('\n'));

  for (const [name, value] of Object.entries(verdictOutputs(outcomes))) setOutput(runner.env, name, value);
  appendSummary(runner.env, summaryMarkdown(outcomes, undefined, diagnostics));
}

function deletedAnnotation(t: Target): string {
  if (t.state !== 'deleted') return '';
  return `::error file=${workflowProperty(t.spec ?? t.head)},title=${workflowProperty('apicompat breaking: contract deleted')}::${workflowData(`${t.spec ?? t.head} was deleted: every operation it described is gone for existing clients`)}\n`;
}

export function verdictOutputs(outcomes: Outcome[]): Record<'verdict' | 'bump' | 'next-version' | 'breaking-count', string> {
  let verdict: Verdict = 'unchanged';
  let bump: Bump = 'none';
  let breaking = 0;
  for (const o of outcomes) {
    const r = o.report;
    if (o.target.state === 'deleted') [verdict, bump, breaking] = ['breaking', 'major', breaking + 1];
    if (!r) continue;
    if (VERDICT_ORDER.indexOf(r.verdict) > VERDICT_ORDER.indexOf(verdict)) verdict = r.verdict;
    bump = maxBump(bump, r.bump);
    breaking += r.findings.filter((f) => f.level === 'breaking' && !f.waived).length;
  }
  // One next version only makes sense for one contract; several contracts have several versions.
  const next = outcomes.length === 1 ? (outcomes[0]!.report?.nextVersion ?? '') : '';
  return { verdict, bump, 'next-version': next, 'breaking-count': String(breaking) };
}

export function exitCode(outcomes: Outcome[], failOn: FailOn, allowMajor = false): number {
  if (failOn === 'never') return 0;
  const fails = (o: Outcome) => o.target.state === 'deleted' || (o.report ? reportFails(o.report, failOn, allowMajor) : false);
  return outcomes.some(fails) ? 1 : 0;
}
