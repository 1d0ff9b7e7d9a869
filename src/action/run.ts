import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compare, type Report } from '../compare.js';
import type { Bump, Level } from '../engine/types.js';
import { isApicompatError } from '../errors.js';
import type { Verdict } from '../recommend/index.js';
import { maxBump } from '../recommend/semver.js';
import { formatReport } from '../report/index.js';
import { readInputs, type ActionInputs, type FailOn } from './inputs.js';
import { appendSummary, errorAnnotation, printInert, setOutput, type Runner } from './protocol.js';
import { combinedFile, summaryMarkdown } from './summary.js';
import { BaseResolver, targetFor, type Target } from './targets.js';

/** A target and what came of it: a report, or the reason there is none (a contract new in this PR). */
export interface Outcome {
  target: Target;
  report?: Report;
}

const VERDICT_ORDER: Verdict[] = ['unchanged', 'compatible', 'warning', 'breaking'];

/**
 * The action: compares each contract, prints annotations, writes outputs and the step summary.
 * Returns the exit code: 0 pass, 1 findings at or above `fail-on`, 2 bad input or unreadable contract.
 */
export async function runAction(runner: Runner): Promise<number> {
  const { env } = runner;
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  try {
    const inputs = readInputs(env);
    const targets = await resolveTargets(inputs, workspace, env);
    const outcomes: Outcome[] = [];
    for (const target of targets) {
      if (target.newAtHead) outcomes.push({ target });
      else outcomes.push({ target, report: await compare(target.base, target.head, { cwd: workspace }) });
    }
    await publish(runner, inputs, outcomes, workspace);
    return exitCode(outcomes, inputs.failOn);
  } catch (e) {
    const msg = isApicompatError(e) ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    runner.stdout(errorAnnotation(msg));
    if (!isApicompatError(e) && e instanceof Error && e.stack) printInert(runner, e.stack);
    return 2;
  }
}

async function resolveTargets(inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv): Promise<Target[]> {
  const base = new BaseResolver(env, workspace);
  return [await targetFor(inputs.spec, inputs, workspace, base)];
}

async function publish(runner: Runner, inputs: ActionInputs, outcomes: Outcome[], workspace: string): Promise<void> {
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  // Annotations on the changed lines: everything but documentation-only changes.
  const annotated = reports.map((r) => formatReport({ ...r, findings: r.findings.filter((f) => f.level !== 'info') }, 'github')).join('');
  runner.stdout(annotated);

  const log: string[] = outcomes.map((o) => `apicompat: ${o.target.base} -> ${o.target.head}${o.report ? '' : ' (new contract, nothing to compare)'}`);
  if (inputs.reportFile) {
    const file = path.resolve(workspace, inputs.reportFile);
    await writeFile(file, combinedFile(reports, inputs.format), 'utf8');
    setOutput(runner.env, 'report-file', file);
    log.push(`report (${inputs.format}) written to ${file}`);
  } else if (inputs.format !== 'github') {
    log.push(combinedFile(reports, inputs.format));
  }
  printInert(runner, log.join('\n'));

  const outputs = verdictOutputs(outcomes);
  for (const [name, value] of Object.entries(outputs)) setOutput(runner.env, name, value);
  appendSummary(runner.env, summaryMarkdown(outcomes));
}

/** Every output action.yml declares (a test keeps the two lists equal). */
export const OUTPUT_NAMES = ['verdict', 'bump', 'next-version', 'breaking-count', 'report-file'] as const;

export function verdictOutputs(outcomes: Outcome[]): Record<'verdict' | 'bump' | 'next-version' | 'breaking-count', string> {
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  const verdict = reports.reduce<Verdict>((v, r) => (VERDICT_ORDER.indexOf(r.verdict) > VERDICT_ORDER.indexOf(v) ? r.verdict : v), 'unchanged');
  const bump = reports.reduce<Bump>((b, r) => maxBump(b, r.bump), 'none');
  const breaking = reports.reduce((n, r) => n + r.findings.filter((f) => f.level === 'breaking' && !f.waived).length, 0);
  // One next version only makes sense for one contract; several contracts have several versions.
  const next = outcomes.length === 1 ? (reports[0]?.nextVersion ?? '') : '';
  return { verdict, bump, 'next-version': next, 'breaking-count': String(breaking) };
}

export function exitCode(outcomes: Outcome[], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const levels: Level[] = failOn === 'breaking' ? ['breaking'] : ['breaking', 'warning'];
  return outcomes.some((o) => o.report?.findings.some((f) => !f.waived && levels.includes(f.level))) ? 1 : 0;
}
