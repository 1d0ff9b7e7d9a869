import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';

/** The revision a pull request is compared against, and how it was found (for the log). */
export interface BaseRevision {
  rev: string;
  from: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ZERO = /^0+$/;

/**
 * The PR's base commit (`pull_request.base.sha` in the event), else `origin/$GITHUB_BASE_REF`, else the
 * commit before a push. A shallow checkout (the default `fetch-depth: 1`) lacks it, so it is fetched once.
 */
export async function resolveBase(env: NodeJS.ProcessEnv, cwd: string): Promise<BaseRevision> {
  const event = await readEvent(env.GITHUB_EVENT_PATH);
  const pr = (event?.pull_request ?? event?.pull_request_target) as { base?: { sha?: unknown } } | undefined;
  const sha = typeof pr?.base?.sha === 'string' ? pr.base.sha : undefined;
  if (sha && SHA.test(sha)) {
    if ((await hasCommit(cwd, sha)) || (await fetch(cwd, [sha]))) return { rev: sha, from: `pull_request.base.sha` };
  }
  const ref = env.GITHUB_BASE_REF?.trim();
  if (ref) {
    if (ref.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{/.test(ref)) throw new UsageError(`GITHUB_BASE_REF ${JSON.stringify(ref)} is not a branch name`);
    const remote = `refs/remotes/origin/${ref}`;
    if ((await hasCommit(cwd, remote)) || (await fetch(cwd, [`+refs/heads/${ref}:${remote}`]))) return { rev: `origin/${ref}`, from: 'GITHUB_BASE_REF' };
    throw new UsageError(`cannot find the base branch origin/${ref}: check out with \`fetch-depth: 0\` (actions/checkout) or set the \`base\` input${gitHint()}`);
  }
  const before = typeof event?.before === 'string' ? event.before : undefined;
  if (before && SHA.test(before) && !ZERO.test(before)) {
    if ((await hasCommit(cwd, before)) || (await fetch(cwd, [before]))) return { rev: before, from: 'push event (before)' };
  }
  if (sha) throw new UsageError(`cannot find the pull request's base commit ${sha}: check out with \`fetch-depth: 0\` (actions/checkout) or set the \`base\` input${gitHint()}`);
  throw new UsageError('no base to compare against: this is not a pull_request event, so set the `base` input (e.g. `origin/main:openapi.yaml`)');
}

/** The event payload at GITHUB_EVENT_PATH, or undefined when it is missing or not a JSON object. */
export async function readEvent(file: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (!file) return undefined;
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function hasCommit(cwd: string, rev: string): Promise<boolean> {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
}

function fetch(cwd: string, refspecs: string[]): Promise<boolean> {
  return git(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ...refspecs]);
}

/** Why the last git command failed (e.g. "detected dubious ownership"), to make the final error actionable. */
let lastGitError = '';

function git(cwd: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 120_000 }, (err, _stdout, stderr) => {
      if (err) lastGitError = String(stderr).trim().split('\n').find((l) => l.startsWith('fatal:') || l.startsWith('error:')) ?? '';
      resolve(!err);
    });
  });
}

function gitHint(): string {
  return lastGitError ? ` (git said: ${lastGitError.slice(0, 200)})` : '';
}
