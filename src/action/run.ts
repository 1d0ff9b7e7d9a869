import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isApicompatError, UsageError } from '../errors.js';
import { combineReports } from '../recommend/combine.js';
import { combinedMarkdown, SUMMARY_BUDGET } from '../report/combined-markdown.js';
import { formatCombined } from '../report/combined.js';
import { exitCode } from '../report/fail-on.js';
import { formatReport, type ReporterName } from '../report/index.js';
import type { CombinedReport, SpecReport } from '../report/types.js';
import { engineConfig, loadActionConfig, type ActionConfig } from './config.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { appendSummary, errorAnnotation, printInert, setOutput, type Runner } from './protocol.js';
import { expandSpecs, filesAt } from '../multi/specs.js';
import { settleDiagnostics } from '../multi/diagnostics.js';
import { compareTarget, type Target } from '../multi/targets.js';
import { BaseResolver, targetFor } from './targets.js';
import { syncPullRequestComments } from './comment.js';

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
    const compared: SpecReport[] = [];
    for (const target of targets) compared.push(await compareTarget(target, workspace, engineConfig(config.config), inputs.zeroMajorBreaking));
    const settled = settleDiagnostics(compared, config.file && path.relative(workspace, config.file).split(path.sep).join('/'));
    const combined = combineReports(settled.outcomes, settled.diagnostics);
    await publish(runner, inputs, combined, workspace);
    await syncPullRequestComments(runner, inputs, combined.specs);
    const code = exitCode(combined, inputs.failOn, inputs.allowMajor);
    const out = verdictOutputs(combined);
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

async function publish(runner: Runner, inputs: ActionInputs, combined: CombinedReport, workspace: string): Promise<void> {
  // Annotations on the changed lines: everything but documentation-only changes; then the run's diagnostics.
  runner.stdout(formatCombined(combined, 'github', { shown: ['breaking', 'warning', 'compatible'] }));

  const log: string[] = combined.specs.map(({ state, report }) => `apicompat: ${report.sources.old.file} -> ${report.sources.new.file}${state === 'added' ? ' (new contract, compared with an empty one)' : state === 'deleted' ? ' (contract deleted)' : ''}`);
  if (inputs.reportFile) {
    const file = path.resolve(workspace, inputs.reportFile);
    await writeFile(file, reportFile(combined, inputs.format), 'utf8');
    setOutput(runner.env, 'report-file', file);
    log.push(`report (${inputs.format}) written to ${file}`);
  } else if (inputs.format !== 'github') {
    log.push(reportFile(combined, inputs.format));
  }
  printInert(runner, log.join('\n'));

  for (const [name, value] of Object.entries(verdictOutputs(combined))) setOutput(runner.env, name, value);
  appendSummary(runner.env, combinedMarkdown(combined, SUMMARY_BUDGET));
}

/** One contract is its plain report in the format (what `apicompat breaking` prints); several are the combined report. */
function reportFile(combined: CombinedReport, format: ReporterName): string {
  const [only, ...more] = combined.specs;
  if (only && more.length === 0) {
    const diagnostics = [...(only.report.diagnostics ?? []), ...(combined.diagnostics ?? [])];
    return formatReport(diagnostics.length ? { ...only.report, diagnostics } : only.report, format);
  }
  return formatCombined(combined, format);
}

export function verdictOutputs(combined: CombinedReport): Record<'verdict' | 'bump' | 'next-version' | 'breaking-count', string> {
  const breaking = combined.specs.reduce((n, s) => n + s.report.findings.filter((f) => f.level === 'breaking' && !f.waived).length, 0);
  // One next version only makes sense for one contract; several contracts have several versions.
  const next = combined.specs.length === 1 ? (combined.specs[0]!.report.nextVersion ?? '') : '';
  return { verdict: combined.verdict, bump: combined.bump, 'next-version': next, 'breaking-count': String(breaking) };
}
