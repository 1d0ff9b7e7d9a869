import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { parseGitSource } from '../load/source.js';
import { resolveBase, type BaseRevision } from './base.js';
import type { ActionInputs } from './inputs.js';
import { existsAt, repoRelative, type Target } from '../multi/targets.js';

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
