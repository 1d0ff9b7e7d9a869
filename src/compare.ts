import { checkOptions, checkSource, describeValue, is, type OptionChecks } from './arguments.js';
import { checkEngineConfig } from './config/validate.js';
import type { Diagnostic } from './diagnostics.js';
import { diffContracts } from './diff/contract.js';
import { checkRules, Evaluator, type EngineConfig } from './engine/evaluate.js';
import type { Finding, Level, Rule } from './engine/types.js';
import { LoadError, UsageError } from './errors.js';
import { loadDocument, loadDocuments, withLine, type LoadedDocument, type LoadOptions } from './load/index.js';
import { withAncestors } from './load/pointer.js';
import { nearestLine } from './load/positions.js';
import { asyncapiToContract } from './model/asyncapi.js';
import { filterContract } from './model/filter.js';
import { openapiToContract } from './model/openapi.js';
import { operationName, type Contract, type InteractionStyle } from './model/types.js';
import { recommend } from './recommend/index.js';
import type { Report, SourceInfo } from './report/types.js';
import { rules as allRules } from '../rules/index.js';

export type { Report, SourceInfo } from './report/types.js';

export interface CompareOptions extends LoadOptions {
  config?: EngineConfig;
  /** The rule catalogue; defaults to all built-in rules. */
  rules?: readonly Rule[];
  /** Called as each stage starts (`loading`, `comparing`, ...): for progress display. */
  onStage?: (stage: string) => void;
  /**
   * Which findings get source lines (default: all). Finding lines means walking both documents to the
   * places named, so a caller that prints only some findings (the CLI hides compatible and info ones by
   * default) says which, and the others keep their pointers without a line.
   */
  linesFor?: (finding: Finding) => boolean;
  /** The file `config` was loaded from: diagnostics about the config (an unused waiver) name it. */
  configFile?: string;
  /**
   * A breaking change on a 0.x version moves to 1.0.0. Off by default: in 0.x the minor number is the breaking
   * position (semver's initial development, the convention of npm's `^0.y` and Cargo), so 0.30.0 -> 0.31.0.
   */
  zeroMajorBreaking?: boolean;
}

/** What compareContracts() takes of CompareOptions: the options that do not load anything. */
export type CompareContractsOptions = Pick<CompareOptions, 'config' | 'rules' | 'onStage' | 'linesFor' | 'configFile' | 'zeroMajorBreaking'>;

// Every option has a check (the compiler insists), and a key without one is refused: a typo such as `confg`
// would otherwise drop the whole config without a word. `config` and `rules` get their deep checks after.
const LOAD_OPTIONS: OptionChecks<LoadOptions> = { cwd: is.string, allowRemoteRefs: is.boolean, allowPrivateRefs: is.boolean, validate: is.boolean, stdin: is.function, fetchTimeout: is.positiveNumber };
const COMPARE_CONTRACTS_OPTIONS: OptionChecks<CompareContractsOptions> = { config: () => undefined, rules: () => undefined, onStage: is.function, linesFor: is.function, configFile: is.string, zeroMajorBreaking: is.boolean };
const COMPARE_OPTIONS: OptionChecks<CompareOptions> = { ...LOAD_OPTIONS, ...COMPARE_CONTRACTS_OPTIONS };

export async function loadContract(source: string, opts: LoadOptions = {}): Promise<Contract> {
  checkSource('loadContract()', 'source', source);
  checkOptions('loadContract()', 'options', opts, LOAD_OPTIONS);
  return toContract(await loadDocument(source, opts ?? {}));
}

export function toContract(doc: LoadedDocument): Contract {
  const d = doc as Partial<LoadedDocument> | null;
  if (!isObject(d) || (d.format !== 'openapi' && d.format !== 'asyncapi') || !isObject(d.doc) || typeof d.name !== 'string') {
    throw new UsageError(`toContract(): doc must be a loaded document, got ${describeValue(doc)}`);
  }
  try {
    return doc.format === 'openapi' ? openapiToContract(doc) : asyncapiToContract(doc);
  } catch (e) {
    throw e instanceof LoadError && e.file === doc.name ? withLine(e, doc.locate) : e;
  }
}

/** Loads both sources, diffs them, classifies every change and recommends the release. Never prints. */
export async function compare(oldSource: string, newSource: string, opts: CompareOptions = {}): Promise<Report> {
  opts = checkCompareOptions('compare()', oldSource, newSource, opts);
  opts.onStage?.('loading');
  const [a, b] = await loadDocuments([oldSource, newSource], opts);
  return compareContracts(toContract(a!), toContract(b!), contractsOptions(opts));
}

/** compare()'s arguments, checked; the options with the config validated (UsageError, ConfigError). */
function checkCompareOptions(fn: string, oldSource: unknown, newSource: unknown, opts: unknown): CompareOptions {
  checkSource(fn, 'oldSource', oldSource);
  checkSource(fn, 'newSource', newSource);
  checkOptions<CompareOptions>(fn, 'options', opts, COMPARE_OPTIONS);
  return withCheckedConfig(fn, opts ?? {});
}

function withCheckedConfig<T extends CompareContractsOptions>(fn: string, opts: T): T {
  if (opts.rules !== undefined) checkRules(fn, 'options.rules', opts.rules);
  if (opts.config === undefined) return opts;
  return { ...opts, config: checkEngineConfig(opts.config, `${fn} options.config`, (opts.rules ?? allRules).map((r) => r.id)) };
}

function contractsOptions(opts: CompareOptions): CompareContractsOptions {
  const out: CompareContractsOptions = {};
  for (const k of Object.keys(COMPARE_CONTRACTS_OPTIONS) as Array<keyof CompareContractsOptions>) if (opts[k] !== undefined) (out as Record<string, unknown>)[k] = opts[k];
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkContract(name: string, c: unknown): asserts c is Contract {
  const x = c as Partial<Contract> | null;
  if (!isObject(x) || (x.format !== 'openapi' && x.format !== 'asyncapi') || !(x.operations instanceof Map) || !isObject(x.source)) {
    throw new UsageError(`compareContracts(): ${name} must be a Contract (from loadContract() or toContract()), got ${describeValue(c)}`);
  }
}

export function compareContracts(a: Contract, b: Contract, opts: CompareContractsOptions = {}): Report {
  checkContract('oldContract', a);
  checkContract('newContract', b);
  checkOptions<CompareContractsOptions>('compareContracts()', 'options', opts, COMPARE_CONTRACTS_OPTIONS);
  opts = withCheckedConfig('compareContracts()', opts ?? {});
  if (a.format !== b.format) {
    throw new UsageError(`cannot compare ${a.source.name} (${a.format}) with ${b.source.name} (${b.format}): both must be OpenAPI/Swagger or both AsyncAPI`);
  }
  const rules = opts.rules ?? allRules;
  a = filterContract(a, opts.config?.filter);
  b = filterContract(b, opts.config?.filter);
  opts.onStage?.('comparing');
  const evaluator = new Evaluator(rules, opts.config);
  try {
    diffContracts(a, b, (change) => evaluator.add(change));
  } catch (e) {
    throw e instanceof LoadError && e.file === b.source.name ? withLine(e, b.source.locate) : e;
  }
  const findings = evaluator.finish();
  opts.onStage?.('locating source lines');
  addLines(opts.linesFor ? findings.filter(opts.linesFor) : findings, a, b);
  const rec = recommend({ findings, rules: new Map(rules.map((r) => [r.id, r])), currentVersion: a.version, servers: a.servers.map((s) => s.url), format: a.format, zeroMajorBreaking: opts.zeroMajorBreaking ?? false });
  const summary = { breaking: 0, warning: 0, compatible: 0, info: 0, total: findings.length, waived: 0 };
  for (const f of findings) {
    summary[f.level]++;
    if (f.waived) summary.waived++;
  }
  const report: Report = {
    verdict: rec.verdict,
    bump: rec.bump,
    findings,
    summary,
    recommendation: rec.recommendation,
    styles: stylesOf(findings, a, b),
    sources: { old: sourceInfo(a), new: sourceInfo(b) },
  };
  if (a.version !== undefined) report.currentVersion = a.version;
  if (rec.nextVersion !== undefined) report.nextVersion = rec.nextVersion;
  // A problem both versions have is named once, in the new document (the one to fix).
  const inNew = [...(b.source.diagnostics ?? []), ...documentDiagnostics(b)];
  const inOld = [...(a.source.diagnostics ?? []), ...documentDiagnostics(a)].filter((d) => !inNew.some((n) => n.code === d.code && n.message === d.message));
  const diagnostics = [...inOld, ...inNew, ...evaluator.diagnostics.map((d) => (opts.configFile ? { ...d, file: opts.configFile } : d))];
  if (diagnostics.length) report.diagnostics = diagnostics;
  return reorder(report);
}

/** Stable key order for the JSON contract; absent optional fields are left out, not set to undefined. */
function reorder(r: Report): Report {
  const out: Partial<Report> = { verdict: r.verdict, bump: r.bump };
  if (r.currentVersion !== undefined) out.currentVersion = r.currentVersion;
  if (r.nextVersion !== undefined) out.nextVersion = r.nextVersion;
  out.summary = r.summary;
  out.recommendation = r.recommendation;
  out.findings = r.findings.map(withoutUndefined);
  out.styles = r.styles;
  out.sources = r.sources;
  if (r.diagnostics) out.diagnostics = r.diagnostics;
  return out as Report;
}

function withoutUndefined<T extends object>(x: T): T {
  if (!hasUndefined(x)) return x;
  const out = {} as T;
  for (const k in x) {
    const v = x[k];
    if (v === undefined) continue;
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? (withoutUndefined(v as object) as T[typeof k]) : v;
  }
  return out;
}

function hasUndefined(x: object): boolean {
  for (const k in x) {
    const v = (x as Record<string, unknown>)[k];
    if (v === undefined) return true;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && hasUndefined(v)) return true;
  }
  return false;
}

/** Operations are named `METHOD /raw/path` in findings; look each one up in the new contract, then the old. */
function stylesOf(findings: readonly Finding[], a: Contract, b: Contract): Record<string, InteractionStyle> {
  const wanted = new Set<string>();
  for (const f of findings) {
    if (f.operations) for (const op of f.operations) wanted.add(op);
    else if (f.operation) wanted.add(f.operation);
  }
  const found = new Map<string, InteractionStyle>();
  for (const c of [a, b]) {
    for (const op of c.operations.values()) {
      const name = operationName(op);
      if (wanted.has(name)) found.set(name, op.style);
    }
  }
  // Keys written in sorted order: the JSON report lists them so.
  const styles: Record<string, InteractionStyle> = {};
  for (const name of [...found.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) styles[name] = found.get(name)!;
  return styles;
}

function sourceInfo(c: Contract): SourceInfo {
  const s: SourceInfo = { file: c.source.name, format: c.format, specVersion: c.specVersion };
  if (c.title !== undefined) s.title = c.title;
  if (c.version !== undefined) s.version = c.version;
  return s;
}

/** Source lines only for the findings being reported: one pass per document. */
/** A contract's notes about its document (src/model), each with the line its pointer is on. */
function documentDiagnostics(c: Contract): Diagnostic[] {
  if (!c.diagnostics?.length) return [];
  const lines = c.source.locate(withAncestors(c.diagnostics.flatMap((d) => (d.pointer ? [d.pointer] : []))));
  return c.diagnostics.map((d) => {
    const line = d.pointer === undefined ? undefined : nearestLine(lines, d.pointer);
    return line === undefined ? d : { ...d, line };
  });
}

function addLines(findings: Finding[], a: Contract, b: Contract): void {
  const oldLines = a.source.locate(withAncestors(findings.flatMap((f) => (f.old ? [f.old.pointer] : []))));
  const newLines = b.source.locate(withAncestors(findings.flatMap((f) => (f.new ? [f.new.pointer] : []))));
  for (const f of findings) {
    const o = f.old && nearestLine(oldLines, f.old.pointer);
    const n = f.new && nearestLine(newLines, f.new.pointer);
    if (o !== undefined) f.old!.line = o;
    if (n !== undefined) f.new!.line = n;
  }
}
