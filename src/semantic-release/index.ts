/**
 * semantic-release plugin: the release type comes from the API contract, not only from commit messages.
 *
 *   plugins: ['@semantic-release/commit-analyzer', ['apicompat/semantic-release', { spec: 'openapi.yaml' }], ...]
 *
 * semantic-release takes the highest release type any analyzeCommits plugin returns, so a breaking
 * contract change forces a major release even when the commits only say `feat:`.
 */
import { compare, loadContract, type Report } from '../compare.js';
import { LEVELS, type Level } from '../engine/types.js';
import { describeValue } from '../arguments.js';
import { checkEngineConfig } from '../config/validate.js';
import { ConfigError, LoadError, UsageError } from '../errors.js';
import { isCommit, objectExists } from '../git.js';
import { rules as allRules } from '../../rules/index.js';
import { formatChangelog } from '../report/changelog.js';
import { releasePosition } from '../recommend/semver.js';

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
  /**
   * A breaking change on a 0.x release asks for 1.0.0. Default false: in 0.x the minor is the breaking position
   * (0.30.0 -> 0.31.0), so the plugin answers `minor` where it would answer `major`.
   */
  zeroMajorBreaking?: boolean;
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
  const spec = checkPlugin('verifyConditions', pluginConfig, context);
  await loadContract(spec, { cwd: context.cwd ?? process.cwd() });
}

/** Compares the contract at the last release with the working copy; `null` when the contract did not change. */
export async function analyzeCommits(pluginConfig: PluginConfig, context: Context): Promise<ReleaseType | null> {
  checkPlugin('analyzeCommits', pluginConfig, context);
  const report = await sinceLastRelease(pluginConfig, context);
  if (report === undefined) {
    const type = pluginConfig.firstRelease === undefined ? 'minor' : pluginConfig.firstRelease;
    context.logger.log(`apicompat: no contract at the last release; release type ${type ?? 'none'}`);
    return type;
  }
  const s = report.summary;
  const last = context.lastRelease?.version;
  const type = releasePosition(last, report.bump, pluginConfig.zeroMajorBreaking);
  const why = type !== report.bump ? ` (breaking, but ${last} is 0.x: the minor is the breaking position; zeroMajorBreaking asks for major)` : '';
  context.logger.log(`apicompat: ${s.breaking} breaking, ${s.warning} warning, ${s.compatible} compatible, ${s.info} info change(s) in ${specOf(pluginConfig)}; release type ${type}${why}`);
  return type === 'none' ? null : type;
}

/** Release notes for the contract: every change grouped by operation, breaking first (markdown). */
export async function generateNotes(pluginConfig: PluginConfig, context: Context): Promise<string> {
  checkPlugin('generateNotes', pluginConfig, context);
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
  const env = { ...process.env, ...context.env };
  if (!(await isCommit(cwd, ref, env))) {
    // Never guess "no change" when the history is missing (a shallow clone without tags).
    throw new LoadError(old, `the last release ${ref} is not in the git history here; fetch it (e.g. actions/checkout with fetch-depth: 0)`);
  }
  if (!(await objectExists(cwd, old, env))) return undefined;
  return compare(old, spec, { cwd, ...(pluginConfig.rules ? { config: { rules: pluginConfig.rules } } : {}) });
}

const PLUGIN = 'apicompat/semantic-release';
const RELEASE_TYPES = ['major', 'minor', 'patch'];

/**
 * The plugin's options and semantic-release's context, checked at every step (each one can be called alone).
 * Option values are checked like config (ConfigError, `rules` by the config schema); keys the plugin does not
 * know are let through: semantic-release hands every plugin the release config's global options too.
 */
function checkPlugin(step: string, pluginConfig: unknown, context: unknown): string {
  const ctx = context as Partial<Context> | null;
  if (typeof ctx !== 'object' || ctx === null || typeof ctx.logger?.log !== 'function') {
    throw new UsageError(`${PLUGIN} ${step}(): context must be semantic-release's context (with a logger), got ${describeValue(context)}`);
  }
  if (pluginConfig !== undefined && (typeof pluginConfig !== 'object' || pluginConfig === null || Array.isArray(pluginConfig))) {
    throw new ConfigError(`${PLUGIN}: the plugin options must be an object, got ${describeValue(pluginConfig)}`);
  }
  const opts = (pluginConfig ?? {}) as PluginConfig;
  const spec = specOf(opts);
  const bad = (key: string, wanted: string, got: unknown): never => {
    throw new ConfigError(`${PLUGIN} options.${key}: must be ${wanted}, got ${describeValue(got)}`);
  };
  if (opts.rules !== undefined) checkEngineConfig({ rules: opts.rules }, `${PLUGIN} options`, allRules.map((r) => r.id));
  if (opts.firstRelease !== undefined && opts.firstRelease !== null && !RELEASE_TYPES.includes(opts.firstRelease)) bad('firstRelease', `one of ${RELEASE_TYPES.join(', ')} or null`, opts.firstRelease);
  if (opts.notesMinLevel !== undefined && !(LEVELS as readonly unknown[]).includes(opts.notesMinLevel)) bad('notesMinLevel', `one of ${LEVELS.join(', ')}`, opts.notesMinLevel);
  if (opts.zeroMajorBreaking !== undefined && typeof opts.zeroMajorBreaking !== 'boolean') bad('zeroMajorBreaking', 'true or false', opts.zeroMajorBreaking);
  if (opts.maxNotesLength !== undefined && !(Number.isInteger(opts.maxNotesLength) && opts.maxNotesLength > 0)) bad('maxNotesLength', 'a whole number of characters > 0', opts.maxNotesLength);
  return spec;
}

function specOf(pluginConfig: PluginConfig): string {
  const spec = pluginConfig?.spec;
  if (typeof spec !== 'string' || spec === '') throw new ConfigError('apicompat/semantic-release: set the `spec` option to the path of your OpenAPI/AsyncAPI file, e.g. ["apicompat/semantic-release", { "spec": "openapi.yaml" }]');
  return spec;
}

export default { verifyConditions, analyzeCommits, generateNotes };
