import path from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { compare, type Report } from '../compare.js';
import { findConfig, loadConfig, type Config, type OperationFilter } from '../config/index.js';
import { PROFILES, type Profile } from '../engine/profiles.js';
import type { Finding, Level } from '../engine/types.js';
import { isApicompatError, UsageError } from '../errors.js';
import { formatReport, reporters, type ReporterName } from '../report/index.js';
import { changelogFormats } from '../report/changelog.js';
import { declaresBreakingRelease, FAIL_ON, exitCode, type FailOn } from '../report/fail-on.js';
import { terminal } from '../report/escape.js';
import { rules } from '../../rules/index.js';
import { createProgress, progressWanted } from './progress.js';
import { ruleDoc, ruleTable } from './rules-command.js';
import { MIN_LEVEL_OPTION, renderChangelog } from './changelog-command.js';
import { renderVersionAdvice, versionAdvice } from './version-command.js';
import { formatCombined } from '../report/combined.js';
import { checkSpecs } from '../multi/check.js';
import { packageVersion } from './package-version.js';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../load/limits.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Whether stderr is a terminal: progress is shown there only (unless --progress). */
  stderrIsTTY?: boolean;
  cwd: string;
  /** Reads standard input for the `-` source; defaults to process.stdin. */
  stdin?: () => Promise<string>;
}

const STDIN_TOKEN = '<stdin>-';
/** The formats each command prints: `--help` lists these, and any other is a usage error. */
const REPORT_FORMATS = Object.keys(reporters) as ReporterName[];
const TEXT_OR_JSON = ['text', 'json'] as const;

/** Runs the CLI and returns the exit code: 0 clean, 1 findings at or above --fail-on, 2 usage or load error. */
export async function main(argv: string[], io: Io): Promise<number> {
  let exit = 0;
  let debug = argv.includes('--debug');
  const color = useColor(io);
  // yargs swallows a bare `-`; carry it through as a token of its own.
  const args = argv.map((a) => (a === '-' ? STDIN_TOKEN : a));
  const parser = yargs(args)
    .scriptName('apicompat')
    .usage('$0 <command> [options]')
    .option('fail-on', { choices: FAIL_ON, default: 'breaking' as FailOn, describe: 'Lowest level that makes the exit code 1 (any: every change, even info)' })
    .option('allow-major', { type: 'boolean', default: false, describe: "Breaking changes do not fail the run when NEW's info.version already bumps the major (they are still listed)" })
    .option('validate', { type: 'boolean', default: false, describe: 'Run full schema validation of both documents (slower)' })
    .option('allow-remote-refs', { type: 'boolean', default: false, describe: 'Follow http(s) $refs (off: spec text is untrusted)' })
    .option('allow-private-refs', { type: 'boolean', default: false, describe: 'With --allow-remote-refs, also follow $refs to localhost and private networks' })
    .option('fetch-timeout', { type: 'number', default: DEFAULT_FETCH_TIMEOUT_MS / 1000, describe: 'Seconds a URL source or remote $ref may take to arrive' })
    .option('config', { alias: 'c', type: 'string', describe: 'Configuration file (default: apicompat.yaml, apicompat.yml or .apicompat.yaml in the current folder)' })
    .option('profile', { choices: PROFILES, describe: 'Rule profile; overrides the configuration file' })
    .option('match-path', { type: 'string', array: true, describe: 'Compare only operations whose path matches this glob or prefix (repeatable; replaces the config file\'s filter.matchPath)' })
    .option('exclude-path', { type: 'string', array: true, describe: 'Leave out operations whose path (AsyncAPI: channel address) matches this glob or prefix (repeatable)' })
    .option('exclude-extension', { type: 'string', array: true, describe: 'Leave out operations whose Operation, Path Item or AsyncAPI channel sets this extension, e.g. x-internal (repeatable)' })
    .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of errors' })
    .option('progress', { type: 'boolean', describe: 'Progress on stderr for long runs (default: only when stderr is a terminal, not in CI)' })
    .command(
      'breaking <old> <new>',
      'Report breaking changes and warnings between two contracts',
      (y) => formats(sources(y), REPORT_FORMATS),
      async (args) => {
        exit = await run(args, ['breaking', 'warning'], io, color);
      },
    )
    .command(
      'changelog <old> <new>',
      'List every change between two contracts',
      (y) => formats(sources(y), Object.keys(changelogFormats)).option('min-level', MIN_LEVEL_OPTION),
      async (args) => {
        const report = await compareArgs(args, io);
        io.stdout(renderChangelog(report, args.format, color, args['min-level']));
        exit = exitCode(report, args['fail-on'], args['allow-major']);
      },
    )
    .command(
      'version <old> <new>',
      'Recommend the next version; with --check, exit 1 when info.version in NEW is lower than that',
      (y) => formats(sources(y), TEXT_OR_JSON).option('check', { type: 'boolean', default: false, describe: 'Fail (exit 1) when NEW declares a smaller bump than the changes need' }),
      async (args) => {
        const advice = versionAdvice(await compareArgs(args, io), args.check);
        io.stdout(renderVersionAdvice(advice, args.format));
        exit = advice.ok === false ? 1 : 0;
      },
    )
    .command(
      'check',
      'Check every spec the config lists (paths or globs): BASE:path against the working tree, one combined report',
      (y) => formats(y, REPORT_FORMATS).option('base', { type: 'string', describe: 'Git revision to compare against (default: origin/main if it exists, else HEAD)' }).option('zero-major-breaking', ZERO_MAJOR_OPTION),
      async (args) => {
        const filter = filterArgs(args);
        const result = await checkSpecs({ cwd: io.cwd, zeroMajorBreaking: args['zero-major-breaking'], ...(args.base !== undefined ? { base: args.base } : {}), ...(args.config !== undefined ? { config: args.config } : {}), overrides: { ...(args.profile ? { profile: args.profile } : {}), ...(filter ? { filter } : {}) } });
        io.stdout(formatCombined(result.report, args.format as ReporterName, { color, shown: ['breaking', 'warning'] }));
        exit = exitCode(result.report, args['fail-on'], args['allow-major']);
      },
    )
    .command(
      'rules [id]',
      'List the rule catalogue, or show one rule',
      (y) => formats(y, TEXT_OR_JSON).positional('id', { type: 'string', describe: 'Rule id' }),
      (args) => {
        if (args.id) {
          const rule = rules.find((r) => r.id === args.id);
          if (!rule) throw new UsageError(`unknown rule "${args.id}" (run \`apicompat rules\` for the list)`);
          io.stdout(args.format === 'json' ? `${JSON.stringify(ruleJson(rule), null, 2)}\n` : ruleDoc(rule));
        } else {
          io.stdout(args.format === 'json' ? `${JSON.stringify(rules.map(ruleJson), null, 2)}\n` : ruleTable(rules));
        }
      },
    )
    .demandCommand(1, 'Give a command: breaking, changelog, version, check or rules')
    .strict()
    .help()
    .version(packageVersion())
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  try {
    // With a callback yargs hands over what it would print (--help, --version) instead of writing to the console.
    await parser.parseAsync(args, {}, (_err, _argv, output) => {
      if (output) io.stdout(`${output}\n`);
    });
  } catch (e) {
    debug ||= io.env.APICOMPAT_DEBUG === '1';
    const msg = isApicompatError(e) ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    io.stderr(`apicompat: ${terminal(msg)}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 2;
  }
  return exit;
}

function formats<T>(y: import('yargs').Argv<T>, choices: readonly string[]) {
  return y.option('format', { alias: 'f', choices, default: 'text', describe: 'Output format' });
}

const ZERO_MAJOR_OPTION = { type: 'boolean', default: false, describe: 'A breaking change on a 0.x version recommends 1.0.0 (default: the next minor, the breaking position in 0.x)' } as const;

function sources<T>(y: import('yargs').Argv<T>) {
  return y
    .positional('old', { type: 'string', demandOption: true, describe: 'Old contract: file, `-` for stdin, http(s) URL, or REF:path from git' })
    .positional('new', { type: 'string', demandOption: true, describe: 'New contract: file, `-` for stdin, http(s) URL, or REF:path from git' })
    .option('zero-major-breaking', ZERO_MAJOR_OPTION);
}

interface RunArgs {
  old?: string;
  new?: string;
  format: string;
  'fail-on': FailOn;
  'allow-major': boolean;
  validate: boolean;
  'allow-remote-refs': boolean;
  'allow-private-refs': boolean;
  'fetch-timeout': number;
  'zero-major-breaking': boolean;
  progress?: boolean;
  config?: string;
  profile?: Profile;
  'match-path'?: string[];
  'exclude-path'?: string[];
  'exclude-extension'?: string[];
}

async function compareArgs(args: RunArgs, io: Io, linesFor?: (f: Finding) => boolean): Promise<Report> {
  const oldSource = args.old === STDIN_TOKEN ? '-' : args.old!;
  const newSource = args.new === STDIN_TOKEN ? '-' : args.new!;
  if (oldSource === '-' && newSource === '-') throw new UsageError('only one of the two sources can be stdin (-)');
  const { config, file: configFile } = await configFor(args, io.cwd);
  const progress = createProgress({ enabled: progressWanted(args.progress, io.stderrIsTTY ?? false, io.env), write: io.stderr });
  try {
    return await compare(oldSource, newSource, { config, ...(configFile ? { configFile } : {}), cwd: io.cwd, validate: args.validate, allowRemoteRefs: args['allow-remote-refs'], allowPrivateRefs: args['allow-private-refs'], fetchTimeout: fetchTimeoutMs(args['fetch-timeout']), zeroMajorBreaking: args['zero-major-breaking'], onStage: progress.stage, ...(linesFor ? { linesFor } : {}), ...(io.stdin ? { stdin: io.stdin } : {}) });
  } finally {
    progress.done();
  }
}

/** `--fetch-timeout` in seconds, as the milliseconds the loader takes. */
function fetchTimeoutMs(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--fetch-timeout must be a number of seconds > 0, got ${JSON.stringify(String(seconds))}`);
  return Math.max(1, Math.round(seconds * 1000));
}

async function run(args: RunArgs, shown: Level[], io: Io, color: boolean): Promise<number> {
  const isShown = (f: Finding) => shown.includes(f.level);
  const report = await compareArgs(args, io, isShown);
  const visible: Report = { ...report, findings: report.findings.filter(isShown) };
  io.stdout(formatReport(visible, args.format as ReporterName, { color, hiddenCount: report.findings.length - visible.findings.length }));
  const code = exitCode(report, args['fail-on'], args['allow-major']);
  if (args.format === 'text' && args['allow-major'] && report.verdict === 'breaking' && declaresBreakingRelease(report)) io.stdout(`${terminal(`--allow-major: breaking changes listed but not failing: info.version ${report.sources.new.version} is already a breaking release over ${report.sources.old.version}`)}\n`);
  return code;
}

/** `--config FILE`, else the config file found in the working folder, else none; `--profile` wins over both. */
async function configFor(args: RunArgs, cwd: string): Promise<{ config: Config; file?: string }> {
  const found = args.config === undefined ? await findConfig(cwd) : undefined;
  const file = args.config ?? (found && path.relative(cwd, found));
  const config = file ? await loadConfig(file, cwd) : {};
  if (args.profile) config.profile = args.profile;
  const filter = filterArgs(args);
  if (filter) config.filter = { ...config.filter, ...filter };
  return file ? { config, file } : { config };
}

/** The filter options given on the command line; each replaces the same key of the config file's `filter`. */
function filterArgs(args: Pick<RunArgs, 'match-path' | 'exclude-path' | 'exclude-extension'>): OperationFilter | undefined {
  const filter: OperationFilter = {};
  if (args['match-path']) filter.matchPath = args['match-path'];
  if (args['exclude-path']) filter.excludePath = args['exclude-path'];
  if (args['exclude-extension']) filter.excludeExtension = args['exclude-extension'];
  return Object.keys(filter).length ? filter : undefined;
}

function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return io.isTTY;
}

function ruleJson(r: (typeof rules)[number]) {
  return { id: r.id, level: r.level, area: r.area, kinds: r.matches.kinds, flow: r.matches.flow ?? 'any', title: r.title, why: r.docs.why, fix: r.docs.fix };
}
