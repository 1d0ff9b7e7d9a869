import { execFile } from 'node:child_process';
import path from 'node:path';
import { compare, type Report } from '../compare.js';
import type { EngineConfig } from '../engine/evaluate.js';
import { LoadError, UsageError } from '../errors.js';
import { materializeAt } from './base-tree.js';

/** One comparison of a multi-spec run: two sources as `compare` takes them, relative to the workspace. */
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

/** A target and what came of it: a report when both versions exist. */
export interface Outcome {
  target: Target;
  report?: Report;
}

/** A path inside the workspace, with `/` separators; refuses paths that leave it. */
export function repoRelative(workspace: string, p: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, p));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`spec ${JSON.stringify(p)} is not a file inside the workspace (${workspace})`);
  return rel.split(path.sep).join('/');
}

/** Whether `rel` (relative to `cwd`) exists at revision `rev`. */
export function existsAt(cwd: string, rev: string, rel: string): Promise<boolean> {
  return new Promise((resolve) => execFile('git', ['cat-file', '-e', `${rev}:./${rel}`], { cwd }, (err) => resolve(!err)));
}

/**
 * `git show` gives the base version as text only, without the sibling files a split contract `$ref`s;
 * when that is the problem, the contract's folder at the base revision is written out and loaded from disk,
 * and the report names it `REV:./path` again.
 */
export async function compareTarget(target: Target, workspace: string, config: EngineConfig, tempRoot?: string): Promise<Report> {
  try {
    return await compare(target.base, target.head, { cwd: workspace, config });
  } catch (e) {
    if (!needsBaseTree(e, target)) throw e;
  }
  const dir = await materializeAt(workspace, target.rev!, path.posix.dirname(target.spec!), tempRoot || undefined);
  const oldFile = path.join(dir, target.spec!);
  const report = await compare(oldFile, target.head, { cwd: workspace, config });
  report.sources.old.file = target.base;
  for (const f of report.findings) if (f.old?.file === oldFile) f.old.file = target.base;
  return report;
}

/** A split contract read with `git show`: its external `$ref`s need the folder at the base revision. */
export function needsBaseTree(e: unknown, target: Target): boolean {
  return e instanceof LoadError && e.file === target.base && /external \$ref .* cannot be resolved from this source/.test(e.detail) && !!target.rev && !!target.spec;
}
