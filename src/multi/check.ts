import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { findConfig, loadConfig, type Config } from '../config/index.js';
import type { EngineConfig } from '../engine/evaluate.js';
import { ConfigError, UsageError } from '../errors.js';
import { GitError, isCommit, topLevel } from '../git.js';
import { combineReports } from '../recommend/combine.js';
import type { CombinedReport, SpecReport } from '../report/types.js';
import { settleDiagnostics } from './diagnostics.js';
import { expandSpecs, filesAt } from './specs.js';
import { compareTarget, existsAt, type Target } from './targets.js';

export interface CheckOptions {
  /** Where the command runs; the repository containing it is the workspace. */
  cwd: string;
  /** Revision to compare against; default `origin/main` when it exists, else `HEAD`. */
  base?: string;
  /** Config file; default apicompat.yaml (or .yml, .apicompat.yaml) in `cwd`. */
  config?: string;
  /** Applied on top of the config (e.g. `--profile`). */
  overrides?: Partial<EngineConfig>;
  /** A breaking change on a 0.x version recommends 1.0.0 (see CompareOptions). */
  zeroMajorBreaking?: boolean;
}

export interface CheckResult {
  /** Absolute path of the repository root: every spec path is relative to it. */
  workspace: string;
  configFile: string;
  /** One spec report per spec, sorted by path, and `base`, the revision every spec was compared against, as given or chosen. */
  report: CombinedReport & { base: string };
}

/**
 * `apicompat check`: every spec the config lists (globs expanded in the working tree and at the base
 * revision), each compared as `BASE:path` -> working-tree file. A spec only in the working tree is compared
 * against an empty contract (each operation added, compatible); a deleted spec against an empty one too
 * (each operation removed), and its verdict is breaking even when it had no operations.
 */
export async function checkSpecs(opts: CheckOptions): Promise<CheckResult> {
  const workspace = await topLevel(opts.cwd).catch((e: unknown) => {
    if (e instanceof GitError && e.reason === 'not-a-repository') throw new UsageError(`${opts.cwd} is not inside a git repository: \`apicompat check\` compares against a git revision`);
    throw e;
  });
  const configFile = opts.config ? path.resolve(opts.cwd, opts.config) : await findConfig(opts.cwd);
  if (!configFile) throw new UsageError('no config file: `apicompat check` reads the specs to check from apicompat.yaml in the current folder (or --config FILE)');
  const shown = path.relative(opts.cwd, configFile) || configFile;
  const config = await loadConfig(shown, opts.cwd);
  if (!config.specs) throw new ConfigError(`${shown}: no \`specs\` list; add the paths or globs of the specs to check (e.g. specs: [services/*/openapi.yaml])`);
  const base = opts.base ?? ((await isCommit(workspace, 'origin/main')) ? 'origin/main' : 'HEAD');
  if (base.startsWith('-') || !(await isCommit(workspace, base))) throw new UsageError(`base revision ${JSON.stringify(base)} is not a commit in ${workspace}`);
  // git names the workspace by its real path; the config's folder must be spelled the same way.
  const specs = await expandSpecs(config.specs, path.dirname(await realpath(configFile)), workspace, () => filesAt(workspace, base));
  const engine = { ...engineConfig(config), ...opts.overrides };
  // `--match-path` and the like replace the same key of the config's filter, not the whole filter.
  if (config.filter && opts.overrides?.filter) engine.filter = { ...config.filter, ...opts.overrides.filter };
  const compared: SpecReport[] = [];
  for (const spec of specs) compared.push(await compareTarget(await targetAt(workspace, base, spec), workspace, engine, opts.zeroMajorBreaking));
  const settled = settleDiagnostics(compared, shown);
  return { workspace, configFile, report: { ...combineReports(settled.outcomes, settled.diagnostics), base } };
}

function engineConfig(config: Config): EngineConfig {
  const { specs: _specs, ...engine } = config;
  return engine;
}

async function targetAt(workspace: string, rev: string, spec: string): Promise<Target> {
  const before = await existsAt(workspace, rev, spec);
  const now = existsSync(path.join(workspace, spec));
  if (!before && !now) throw new UsageError(`spec ${spec} exists neither in the working tree nor at ${rev}`);
  return { spec, base: `${rev}:./${spec}`, head: spec, rev, state: before && now ? 'both' : before ? 'deleted' : 'new' };
}

