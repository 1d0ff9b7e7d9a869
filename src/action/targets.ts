import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { parseGitSource } from '../load/source.js';
import { resolveBase, type BaseRevision } from './base.js';
import type { ActionInputs } from './inputs.js';

/** One comparison the action runs: two sources as `compare` takes them, relative to the workspace. */
export interface Target {
  /** Repository path of the contract, when known (for messages and the combined summary). */
  spec?: string;
  base: string;
  head: string;
  /** `new`: absent at the base revision, nothing to compare; `deleted`: absent from the checkout, every operation gone. */
  state: 'both' | 'new' | 'deleted';
  /** The base revision, when `base` is the default `REV:./spec` (a split spec may need its folder from it). */
  rev?: string;
}

/** Lazily resolved, so runs with explicit `base` inputs never touch git. */
export class BaseResolver {
  private found?: Promise<BaseRevision>;
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly workspace: string,
  ) {}
  get(): Promise<BaseRevision> {
    return (this.found ??= resolveBase(this.env, this.workspace));
  }
}

/** The comparison for one spec path: `base` and `head` inputs win; the defaults are the PR's base commit and the checkout. */
export async function targetFor(spec: string | undefined, inputs: Pick<ActionInputs, 'base' | 'head'>, workspace: string, base: BaseResolver): Promise<Target> {
  if (inputs.base && inputs.head) return { ...(spec ? { spec: repoRelative(workspace, spec) } : {}), base: inputs.base, head: inputs.head, state: 'both' };
  const path0 = spec ?? (inputs.head && !parseGitSource(inputs.head) ? inputs.head : undefined);
  if (!path0) throw new UsageError('set the `spec` input to the contract\'s path in the repository (or both `base` and `head`)');
  const rel = repoRelative(workspace, path0);
  const head = inputs.head ?? rel;
  if (inputs.base) return { spec: rel, base: inputs.base, head, state: 'both' };
  const { rev } = await base.get();
  const target: Target = { spec: rel, base: `${rev}:./${rel}`, head, state: 'both', rev };
  const before = await existsAt(workspace, rev, rel);
  const now = inputs.head !== undefined || existsSync(path.join(workspace, rel));
  if (!before && !now) throw new UsageError(`spec ${rel} exists neither in the checkout nor at the base revision ${rev}`);
  if (!before) target.state = 'new';
  else if (!now) target.state = 'deleted';
  return target;
}

/** A path inside the workspace, with `/` separators; refuses paths that leave it. */
export function repoRelative(workspace: string, p: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, p));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`spec ${JSON.stringify(p)} is not a file inside the workspace (${workspace})`);
  return rel.split(path.sep).join('/');
}

function existsAt(cwd: string, rev: string, rel: string): Promise<boolean> {
  return new Promise((resolve) => execFile('git', ['cat-file', '-e', `${rev}:./${rel}`], { cwd }, (err) => resolve(!err)));
}
