import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

export const BUNDLE = path.join(ROOT, 'dist-action', 'index.js');

// Every temporary repository and runner folder of a test file goes when the file is done.
const made: string[] = [];
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  isolated = undefined;
});

let isolated: string | undefined;
/**
 * The committed bundle copied into an empty folder, as on a runner: no node_modules anywhere above it,
 * so a dependency esbuild failed to inline would fail here instead of resolving from this repository.
 */
function isolatedBundle(): string {
  if (!isolated) {
    const dir = path.join(tempDir('apicompat-action-dist-'), 'dist-action');
    cpSync(path.dirname(BUNDLE), dir, { recursive: true });
    isolated = path.join(dir, 'index.js');
  }
  return isolated;
}

/** A throwaway git repository standing in for a checked-out pull request. */
export class Repo {
  readonly dir: string;
  constructor(dir?: string) {
    this.dir = dir ?? tempDir('apicompat-action-');
    if (!dir) this.git('init', '-q', '-b', 'main');
  }
  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: this.dir, encoding: 'utf8', env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }
  write(file: string, text: string): this {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), text);
    return this;
  }
  copy(from: string, to: string): this {
    return this.write(to, readFileSync(path.join(ROOT, from), 'utf8'));
  }
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }
}

/** A repository with `base` files committed on main and `head` files committed on a PR branch. */
export function pullRequest(base: Record<string, string>, head: Record<string, string>): { repo: Repo; baseSha: string; headSha: string } {
  const repo = new Repo();
  for (const [to, from] of Object.entries(base)) repo.copy(from, to);
  const baseSha = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const [to, from] of Object.entries(head)) repo.copy(from, to);
  const headSha = repo.commit('pr');
  return { repo, baseSha, headSha };
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Raw GITHUB_OUTPUT file, to check the delimiter protocol itself. */
  outputFile: string;
  summary: string;
  commands: WorkflowCommand[];
}

export interface RunOptions {
  event?: object;
  baseRef?: string;
  eventName?: string;
  /** More runner variables (GITHUB_REPOSITORY, GITHUB_API_URL...). */
  env?: Record<string, string>;
}

/** Runs the bundled action as the runner does: `node dist-action/index.js` with the runner's environment. */
export function runAction(workspace: string, inputs: Record<string, string>, opts: RunOptions = {}): ActionRun {
  const run = prepareRun(workspace, inputs, opts);
  const res = spawnSync(process.execPath, [isolatedBundle()], { cwd: workspace, env: run.env, encoding: 'utf8', timeout: 60_000 });
  return run.result(res.status, res.stdout, res.stderr);
}

/** runAction without blocking the test's event loop, so a server the test runs (a fake GitHub API) can answer. */
export function runActionAsync(workspace: string, inputs: Record<string, string>, opts: RunOptions = {}): Promise<ActionRun> {
  const run = prepareRun(workspace, inputs, opts);
  const child = spawn(process.execPath, [isolatedBundle()], { cwd: workspace, env: run.env, timeout: 60_000 });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(run.result(status, Buffer.concat(out).toString('utf8'), Buffer.concat(err).toString('utf8'))));
  });
}

function prepareRun(workspace: string, inputs: Record<string, string>, opts: RunOptions): { env: NodeJS.ProcessEnv; result: (status: number | null, stdout: string, stderr: string) => ActionRun } {
  const tmp = tempDir('apicompat-runner-');
  const eventPath = path.join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}));
  const outputPath = path.join(tmp, 'output');
  const summaryPath = path.join(tmp, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    ...gitEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: tmp,
    ...opts.env,
  };
  if (opts.baseRef !== undefined) env.GITHUB_BASE_REF = opts.baseRef;
  // The runner sets every declared input, with its default when the workflow gives none.
  const defaults = Object.fromEntries(Object.entries(actionYml().inputs).map(([name, def]) => [name, def.default ?? '']));
  for (const [name, value] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = (status: number | null, stdout: string, stderr: string): ActionRun => {
    const outputFile = readFileSync(outputPath, 'utf8');
    return {
      status,
      stdout,
      stderr,
      outputs: parseOutputFile(outputFile),
      outputFile,
      summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
      commands: parseCommands(stdout),
    };
  };
  return { env, result };
}

export interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

export function actionYml(): ActionYml {
  return yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

/** A clean environment: no GITHUB_* or INPUT_* leaking in from wherever the tests run. */
function gitEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME ?? tmpdir(), LANG: 'C.UTF-8', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
}

/** Reads GITHUB_OUTPUT the way the runner does: `name=value` lines and `name<<DELIM` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated output ${name}`);
      out[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * The commands the runner would execute from a step's stdout: lines that start with `::` after leading
 * whitespace, minus those between `::stop-commands::TOKEN` and `::TOKEN::`; properties end at the first `::`.
 */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z][\w-]*)(?: (.*?))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props = '', data = ''] = m;
    if (command === 'stop-commands') {
      stopToken = data;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const p of props.split(',').filter(Boolean)) {
      const eq = p.indexOf('=');
      properties[p.slice(0, eq)] = unescapeProperty(p.slice(eq + 1));
    }
    out.push({ command: command!, properties, message: unescapeData(data) });
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
