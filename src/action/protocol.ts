import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { workflowData, workflowProperty } from '../report/escape.js';

/**
 * The runner's side of a JavaScript action, without @actions/core: inputs come from `INPUT_<NAME>`,
 * outputs and the step summary go to the files named by `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY`,
 * and everything else is workflow commands on stdout.
 */
export interface Runner {
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
}

/** `INPUT_FAIL-ON` for `fail-on`: the runner upper-cases the name and turns spaces into `_`, nothing else. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * `name<<DELIM` … `DELIM`: a value may hold newlines, and a random delimiter means spec text cannot end the
 * value early and smuggle in another output. Without GITHUB_OUTPUT (an old runner) nothing is written.
 */
export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(file, fileCommand(name, value), 'utf8');
}

export function fileCommand(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: value contains the delimiter`);
  if (/[\r\n]/.test(name)) throw new Error(`output name ${JSON.stringify(name)} contains a newline`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Appends markdown to the job summary; the runner renders it and caps it at 1 MiB per step. */
export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  return true;
}

/**
 * Prints text the runner must not read as workflow commands (a report that quotes spec text) between
 * `::stop-commands::TOKEN` and `::TOKEN::`. The token is random, so the text cannot resume commands itself.
 */
export function printInert(runner: Runner, text: string): void {
  const token = `apicompat-${randomUUID()}`;
  if (text.includes(token)) throw new Error('report contains the stop-commands token');
  runner.stdout(`::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`);
}

export function errorAnnotation(message: string, title = 'apicompat'): string {
  return annotation('error', message, title);
}

/** A workflow command that annotates the run (not a file): `::error|warning|notice title=…::message`. */
export function annotation(level: 'error' | 'warning' | 'notice', message: string, title = 'apicompat'): string {
  return `::${level} title=${workflowProperty(title)}::${workflowData(message)}\n`;
}
