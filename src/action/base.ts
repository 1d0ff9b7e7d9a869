import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { fetchShallow, isCommit, lastFetchError } from '../git.js';

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
    if ((await isCommit(cwd, sha)) || (await fetchShallow(cwd, [sha]))) return { rev: sha, from: `pull_request.base.sha` };
  }
  const ref = env.GITHUB_BASE_REF?.trim();
  if (ref) {
    if (ref.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{/.test(ref)) throw new UsageError(`GITHUB_BASE_REF ${JSON.stringify(ref)} is not a branch name`);
    const remote = `refs/remotes/origin/${ref}`;
    if ((await isCommit(cwd, remote)) || (await fetchShallow(cwd, [`+refs/heads/${ref}:${remote}`]))) return { rev: `origin/${ref}`, from: 'GITHUB_BASE_REF' };
    throw new UsageError(`cannot find the base branch origin/${ref}: check out with \`fetch-depth: 0\` (actions/checkout) or set the \`base\` input${gitHint()}`);
  }
  const before = typeof event?.before === 'string' ? event.before : undefined;
  if (before && SHA.test(before) && !ZERO.test(before)) {
    if ((await isCommit(cwd, before)) || (await fetchShallow(cwd, [before]))) return { rev: before, from: 'push event (before)' };
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

function gitHint(): string {
  const said = lastFetchError();
  return said ? ` (${said.slice(0, 200)})` : '';
}
