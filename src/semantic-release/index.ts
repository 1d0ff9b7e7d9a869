/**
 * semantic-release plugin: the release type comes from the API contract, not only from commit messages.
 *
 *   plugins: ['@semantic-release/commit-analyzer', ['apicompat/semantic-release', { spec: 'openapi.yaml' }], ...]
 *
 * semantic-release takes the highest release type any analyzeCommits plugin returns, so a breaking
 * contract change forces a major release even when the commits only say `feat:`.
 */
import { execFile } from 'node:child_process';
import { compare, loadContract, type Report } from '../compare.js';
import { LEVELS, type Level } from '../engine/types.js';
import { ConfigError, LoadError } from '../errors.js';
import { formatChangelog } from '../report/changelog.js';

export type ReleaseType = 'major' | 'minor' | 'patch';

export interface PluginConfig {
  /** Path of the contract, relative to the repository's working directory (`context.cwd`). Required. */
  spec?: string;
  /** Per-rule level overrides, as in `EngineConfig.rules`. */
  rules?: Record<string, Level | 'off'>;
  /** Release type when the last release had no contract (or there is no last release). Default `minor`. */
  firstRelease?: ReleaseType | null;
  /** Lowest level listed in the release notes. Default `info` (everything). */
  notesMinLevel?: Level;
  /** Longest release notes to produce (GitHub caps a release body at 125,000 characters); lower levels are dropped to fit. Default 60,000. */
  maxNotesLength?: number;
}

/** The part of semantic-release's context this plugin reads. */
export interface Context {
  cwd?: string;
  env?: Record<string, string | undefined>;
  logger: { log: (...args: unknown[]) => void; error?: (...args: unknown[]) => void };
  lastRelease?: { version?: string; gitTag?: string; gitHead?: string };
  nextRelease?: { type?: string; version?: string; gitTag?: string };
  commits?: unknown[];
}

/** Fails early, before any release step, when the plugin is misconfigured or the contract does not load. */
export async function verifyConditions(pluginConfig: PluginConfig, context: Context): Promise<void> {
  const spec = specOf(pluginConfig);
  await loadContract(spec, { cwd: context.cwd ?? process.cwd() });
}

/** Compares the contract at the last release with the working copy; `null` when the contract did not change. */
export async function analyzeCommits(pluginConfig: PluginConfig, context: Context): Promise<ReleaseType | null> {
  const report = await sinceLastRelease(pluginConfig, context);
  if (report === undefined) {
    const type = pluginConfig.firstRelease === undefined ? 'minor' : pluginConfig.firstRelease;
    context.logger.log(`apicompat: no contract at the last release; release type ${type ?? 'none'}`);
    return type;
  }
  const s = report.summary;
  context.logger.log(`apicompat: ${s.breaking} breaking, ${s.warning} warning, ${s.compatible} compatible, ${s.info} info change(s) in ${specOf(pluginConfig)}; release type ${report.bump === 'none' ? 'none' : report.bump}`);
  return report.bump === 'none' ? null : report.bump;
}

/** Release notes for the contract: every change grouped by operation, breaking first (markdown). */
export async function generateNotes(pluginConfig: PluginConfig, context: Context): Promise<string> {
  const report = await sinceLastRelease(pluginConfig, context);
  if (report === undefined || report.findings.length === 0) return '';
  const max = pluginConfig.maxNotesLength ?? 60_000;
  const levels = LEVELS.slice(0, LEVELS.indexOf(pluginConfig.notesMinLevel ?? 'info') + 1).reverse();
  let notes = '';
  for (const minLevel of levels) {
    notes = formatChangelog(report, 'markdown', { minLevel });
    if (notes.length <= max) return notes;
    context.logger.log(`apicompat: contract release notes at level ${minLevel} are ${notes.length} characters (max ${max}); leaving out ${minLevel} changes`);
  }
  return notes;
}

/** The comparison between the last release and now; undefined when there is no earlier contract to compare. */
async function sinceLastRelease(pluginConfig: PluginConfig, context: Context): Promise<Report | undefined> {
  const spec = specOf(pluginConfig);
  const cwd = context.cwd ?? process.cwd();
  const ref = context.lastRelease?.gitTag || context.lastRelease?.gitHead;
  if (!ref) return undefined;
  // `./` makes git read the path relative to cwd, like the working-copy path.
  const old = `${ref}:./${spec.replace(/^\.\//, '')}`;
  if (!(await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, context.env))) {
    // Never guess "no change" when the history is missing (a shallow clone without tags).
    throw new LoadError(old, `the last release ${ref} is not in the git history here; fetch it (e.g. actions/checkout with fetch-depth: 0)`);
  }
  if (!(await git(['cat-file', '-e', old], cwd, context.env))) return undefined;
  return compare(old, spec, { cwd, ...(pluginConfig.rules ? { config: { rules: pluginConfig.rules } } : {}) });
}

function specOf(pluginConfig: PluginConfig): string {
  const spec = pluginConfig?.spec;
  if (typeof spec !== 'string' || spec === '') throw new ConfigError('apicompat/semantic-release: set the `spec` option to the path of your OpenAPI/AsyncAPI file, e.g. ["apicompat/semantic-release", { "spec": "openapi.yaml" }]');
  return spec;
}

/** True when the git command succeeds. */
function git(args: string[], cwd: string, env: Context['env']): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: { ...process.env, ...env } }, (err) => resolve(!err));
  });
}

export default { verifyConditions, analyzeCommits, generateNotes };
