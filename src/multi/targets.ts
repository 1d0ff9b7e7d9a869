import path from 'node:path';
import { compare, type Report } from '../compare.js';
import type { EngineConfig } from '../engine/evaluate.js';
import { UsageError } from '../errors.js';
import { objectExists } from '../git.js';

/** One comparison of a multi-spec run: two sources as `compare` takes them, relative to the workspace. */
export interface Target {
  /** Repository path of the contract, when known (for messages and the combined summary). */
  spec?: string;
  base: string;
  head: string;
  /** `new`: absent at the base revision, nothing to compare; `deleted`: absent from the checkout, every operation gone. */
  state: 'both' | 'new' | 'deleted';
  /** The base revision, when `base` is the default `REV:./spec`. */
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
  return objectExists(cwd, `${rev}:./${rel}`);
}

/** Both versions of a target compared (a split spec's `$ref`s at the base are read from the same revision). */
export function compareTarget(target: Target, workspace: string, config: EngineConfig): Promise<Report> {
  return compare(target.base, target.head, { cwd: workspace, config });
}
