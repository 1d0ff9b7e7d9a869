import path from 'node:path';
import { compare, compareContracts, loadContract } from '../compare.js';
import type { EngineConfig } from '../engine/evaluate.js';
import { UsageError } from '../errors.js';
import { objectExists } from '../git.js';
import type { Contract } from '../model/types.js';
import type { Report, SpecReport } from '../report/types.js';

/** One comparison of a multi-spec run: two sources as `compare` takes them, relative to the workspace. */
export interface Target {
  /** Repository path of the contract, when known (for messages and the combined summary). */
  spec?: string;
  base: string;
  head: string;
  /** `new`: absent at the base revision; `deleted`: absent from the checkout, every operation gone. */
  state: 'both' | 'new' | 'deleted';
  /** The base revision, when `base` is the default `REV:./spec`. */
  rev?: string;
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

const STATE: Record<Target['state'], SpecReport['state']> = { both: 'compared', new: 'added', deleted: 'deleted' };

/**
 * A target compared: both versions (a split spec's `$ref`s at the base are read from the same revision); an
 * added contract from an empty one (each operation added); a deleted contract to an empty one (each operation
 * removed), and its verdict is breaking even when it had no operations.
 */
export async function compareTarget(target: Target, workspace: string, config: EngineConfig, zeroMajorBreaking = false): Promise<SpecReport> {
  const spec = target.spec ?? target.head;
  return { spec, state: STATE[target.state], report: await reportFor(target, workspace, config, zeroMajorBreaking) };
}

async function reportFor(target: Target, workspace: string, config: EngineConfig, zeroMajorBreaking: boolean): Promise<Report> {
  if (target.state === 'both') return compare(target.base, target.head, { cwd: workspace, config, zeroMajorBreaking });
  // An added contract has no released version to bump from (the empty one has none); a deleted one is not released again.
  if (target.state === 'new') {
    const now = await loadContract(target.head, { cwd: workspace });
    return compareContracts(hollow(now, target.base), now, { config });
  }
  const before = await loadContract(target.base, { cwd: workspace });
  const report = compareContracts(before, hollow(before, target.head), { config });
  delete report.currentVersion;
  delete report.nextVersion;
  // Not "no changes" when it had no operations, nor "publish them under /v2": there is nothing left to publish.
  return { ...report, verdict: 'breaking', bump: 'major', recommendation: { text: DELETED_ADVICE } };
}

const DELETED_ADVICE = 'The contract was deleted: every client of it breaks. Keep serving it until they have moved (deprecate its operations first), or release the removal as a major version.';

/** The same contract with no operations, channels or version: what an added spec is compared from and a deleted one to. */
function hollow(c: Contract, name: string): Contract {
  const empty: Contract = { ...c, source: { ...c.source, name }, operations: new Map() };
  delete empty.version;
  if (c.channels) empty.channels = new Map();
  return empty;
}
