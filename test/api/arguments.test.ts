// The public API checks what JavaScript callers (and `any`) hand it: a UsageError with one line naming the
import { changelogGroups, combineReports, compare, compareContracts, evaluate, exitCode, formatChangelog, formatCombined, formatReport, loadContract, reportFails, rules, toContract } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { changelogGroups, compare, compareContracts, evaluate, formatChangelog, formatReport, loadContract, rules, toContract } from '../../src/index.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { analyzeCommits, generateNotes, verifyConditions } from '../../src/semantic-release/index.js';
import { ROOT } from '../helpers/fixtures.js';

const OLD = 'fixtures/config/old.yaml';
const NEW = 'fixtures/config/new.yaml';
const SOURCE = 'must be a non-empty string (a file path, "-" for stdin, an http(s) URL, or REF:path)';
// Calls the way a JavaScript caller can make them: the types do not stop it.
const loose = <F extends (...args: never[]) => unknown>(f: F) => f as unknown as (...args: unknown[]) => ReturnType<F>;

/** The error a call throws or rejects with: its class and its one-line message. */
async function failure(call: () => unknown): Promise<{ type: string; message: string }> {
  try {
    await call();
  } catch (e) {
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return { type: (e as Error).constructor.name, message };
  }
  throw new Error('expected the call to fail');
}

describe('compare() arguments', () => {
  it.each<[string, unknown[], string]>([
    ['null', [null, NEW], `compare(): oldSource ${SOURCE}, got null`],
    ['{}', [{}, NEW], `compare(): oldSource ${SOURCE}, got {}`],
    ["''", ['', NEW], `compare(): oldSource ${SOURCE}, got ""`],
    ['a number', [42, NEW], `compare(): oldSource ${SOURCE}, got 42`],
    ['no new source', [OLD], `compare(): newSource ${SOURCE}, got undefined`],
    ['an empty new source', [OLD, ''], `compare(): newSource ${SOURCE}, got ""`],
    ['a new source array', [OLD, ['a.yaml']], `compare(): newSource ${SOURCE}, got an array`],
    ['options not an object', [OLD, NEW, 'strict'], 'compare(): options must be an object, got "strict"'],
    ['options an array', [OLD, NEW, []], 'compare(): options must be an object, got []'],
    ['cwd a number', [OLD, NEW, { cwd: 5 }], 'compare(): options.cwd must be a non-empty string, got 5'],
    ['validate a string', [OLD, NEW, { cwd: ROOT, validate: 'yes' }], 'compare(): options.validate must be true or false, got "yes"'],
    ['onStage not a function', [OLD, NEW, { cwd: ROOT, onStage: 'log' }], 'compare(): options.onStage must be a function, got "log"'],
    ['rules not a list', [OLD, NEW, { cwd: ROOT, rules: 'all' }], 'compare(): options.rules must be an array of rules (such as the exported `rules`), got "all"'],
    ['rules with a non-rule', [OLD, NEW, { cwd: ROOT, rules: [rules[0], { id: 'x' }] }], 'compare(): options.rules[1] must be a rule (with an id and matches.kinds, see defineRule), got {"id":"x"}'],
  ])('refuses %s', async (_, args, message) => {
    expect(await failure(() => loose(compare)(...args))).toEqual({ type: 'UsageError', message });
  });

  it('refuses an unknown option key and names the one probably meant', async () => {
    const { type, message } = await failure(() => loose(compare)(OLD, NEW, { cwd: ROOT, confg: { profile: 'strict' } }));
    expect(type).toBe('UsageError');
    expect(message).toBe(
      'compare(): unknown option "confg" in options (did you mean "config"?); known options: allowPrivateRefs, allowRemoteRefs, config, configFile, cwd, fetchTimeout, linesFor, onStage, rules, stdin, validate, zeroMajorBreaking',
    );
  });

  it('refuses an unknown option without a near name, and before reading any file', async () => {
    const { message } = await failure(() => loose(compare)('does-not-exist.yaml', NEW, { outputFormat: 'json' }));
    expect(message).toMatch(/^compare\(\): unknown option "outputFormat" in options; known options: allowPrivateRefs, /);
  });

  it('takes undefined option values as absent (spread defaults)', async () => {
    const r = await compare(OLD, NEW, { cwd: ROOT, config: undefined, validate: undefined, onStage: undefined });
    expect(r.summary.breaking).toBe(1);
  });
});

describe('other entry points', () => {
  it('loadContract(): source and options', async () => {
    expect(await failure(() => loose(loadContract)(null))).toEqual({ type: 'UsageError', message: `loadContract(): source ${SOURCE}, got null` });
    expect(await failure(() => loose(loadContract)(''))).toEqual({ type: 'UsageError', message: `loadContract(): source ${SOURCE}, got ""` });
    expect((await failure(() => loose(loadContract)(OLD, { cwd: ROOT, validat: true }))).message).toMatch(/^loadContract\(\): unknown option "validat" in options \(did you mean "validate"\?\); known options: allowPrivateRefs, allowRemoteRefs, cwd, fetchTimeout, stdin, validate$/);
  });

  it('compareContracts(): contracts and options', async () => {
    const c = await loadContract(OLD, { cwd: ROOT });
    expect(await failure(() => loose(compareContracts)(null, c))).toEqual({ type: 'UsageError', message: 'compareContracts(): oldContract must be a Contract (from loadContract() or toContract()), got null' });
    expect(await failure(() => loose(compareContracts)(c, { format: 'openapi' }))).toEqual({ type: 'UsageError', message: 'compareContracts(): newContract must be a Contract (from loadContract() or toContract()), got {"format":"openapi"}' });
    // Options that load are compare()'s: compareContracts() does not read files.
    expect((await failure(() => loose(compareContracts)(c, c, { cwd: ROOT }))).message).toBe('compareContracts(): unknown option "cwd" in options; known options: config, configFile, linesFor, onStage, rules, zeroMajorBreaking');
    expect(await failure(() => compareContracts(c, c, { config: { profile: 'bogus' as never } }))).toEqual({ type: 'ConfigError', message: 'compareContracts() options.config.profile: must be one of strict, default, lenient, got "bogus"' });
  });

  it('toContract(), evaluate(), formatReport(), formatChangelog(), changelogGroups()', async () => {
    expect(await failure(() => loose(toContract)({}))).toEqual({ type: 'UsageError', message: 'toContract(): doc must be a loaded document, got {}' });
    expect(await failure(() => loose(evaluate)('changes', rules))).toEqual({ type: 'UsageError', message: 'evaluate(): changes must be an array of changes (from the diff stage), got "changes"' });
    expect(await failure(() => loose(evaluate)([], null))).toEqual({ type: 'UsageError', message: 'evaluate(): rules must be an array of rules (such as the exported `rules`), got null' });
    expect(await failure(() => evaluate([], rules, { rules: { 'operation-removed': 'fatal' as never } }))).toEqual({
      type: 'ConfigError',
      message: 'evaluate() config.rules.operation-removed: must be one of breaking, warning, compatible, info, off, got "fatal"',
    });
    expect(await failure(() => evaluate([], rules, { filter: { excludeExtension: ['x-internal'] } }))).toEqual({
      type: 'UsageError',
      message: 'evaluate(): config.filter chooses the operations compared, before the diff; pass it to compare() or compareContracts()',
    });
    expect(evaluate([], rules, {})).toEqual([]);
    expect(await failure(() => loose(formatReport)(null))).toEqual({ type: 'UsageError', message: 'formatReport(): report must be a Report (from compare() or compareContracts()), got null' });
    const report = await compare(OLD, NEW, { cwd: ROOT });
    expect(await failure(() => loose(formatCombined)(report, 'text'))).toMatchObject({ type: 'UsageError', message: expect.stringMatching(/^formatCombined\(\): report must be a CombinedReport \(from combineReports\(\)\), got \{"verdict":"breaking"/) });
    expect(await failure(() => loose(formatCombined)(combineReports([]), 'xml'))).toEqual({ type: 'UsageError', message: 'unknown format "xml" (expected one of: text, json, markdown, github, sarif, junit, html)' });
    expect(formatCombined(combineReports([{ spec: 'a.yaml', state: 'compared', report }]), 'json')).toContain('"specs"');
    expect(exitCode(combineReports([{ spec: 'a.yaml', state: 'deleted', report: { ...report, findings: [] } }]), 'breaking')).toBe(1);
    expect(exitCode(combineReports([{ spec: 'a.yaml', state: 'deleted', report: { ...report, findings: [] } }]), 'never')).toBe(0);
    expect(exitCode(report, 'breaking')).toBe(1);
    expect(exitCode(report, 'never')).toBe(0);
    expect(exitCode(report, 'breaking', true)).toBe(1);
    expect(reportFails(report, 'warning')).toBe(true);
    expect(await failure(() => loose(exitCode)(report, 'Breaking'))).toEqual({ type: 'UsageError', message: 'exitCode(): failOn must be one of breaking, warning, any, never, got "Breaking"' });
    expect(await failure(() => loose(exitCode)(report, 'breaking', 'yes'))).toEqual({ type: 'UsageError', message: 'exitCode(): allowMajor must be true or false, got "yes"' });
    expect(await failure(() => loose(exitCode)(null, 'breaking'))).toEqual({ type: 'UsageError', message: 'exitCode(): report must be a Report (from compare() or compareContracts()), got null' });
    expect(await failure(() => loose(exitCode)({ specs: [{ spec: 'a.yaml', state: 'gone', report }], summary: {} }, 'breaking'))).toMatchObject({ type: 'UsageError', message: expect.stringMatching(/^exitCode\(\): report\.specs\[0\] must be \{ spec: string, state: 'compared' \| 'added' \| 'deleted', report \}, got /) });
    expect(await failure(() => loose(reportFails)(report, undefined))).toEqual({ type: 'UsageError', message: 'reportFails(): failOn must be one of breaking, warning, any, never, got undefined' });
    expect(await failure(() => loose(combineReports)(null))).toEqual({ type: 'UsageError', message: 'combineReports(): specs must be an array of { spec, state, report }, got null' });
    expect(await failure(() => loose(combineReports)([{ spec: 'a.yaml', state: 'compared' }]))).toEqual({ type: 'UsageError', message: 'combineReports(): report must be a Report (from compare() or compareContracts()), got undefined' });
    expect(await failure(() => loose(combineReports)([], {}))).toEqual({ type: 'UsageError', message: 'combineReports(): diagnostics must be an array, got {}' });
    expect(await failure(() => loose(combineReports)([], [], 7))).toEqual({ type: 'UsageError', message: 'combineReports(): base must be a string (a revision), got 7' });
    expect(combineReports([], [], 'HEAD').base).toBe('HEAD');
    expect(await failure(() => loose(formatReport)(report, 'text', { colour: true }))).toEqual({ type: 'UsageError', message: 'formatReport(): unknown option "colour" in options (did you mean "color"?); known options: color, hiddenCount, section' });
    expect(await failure(() => loose(formatReport)(report, 'xml'))).toEqual({ type: 'UsageError', message: 'unknown format "xml" (expected one of: text, json, markdown, github, sarif, junit, html)' });
    expect(await failure(() => loose(formatReport)(report, 'toString'))).toEqual({ type: 'UsageError', message: 'unknown format "toString" (expected one of: text, json, markdown, github, sarif, junit, html)' });
    expect(await failure(() => loose(formatChangelog)(report, 'markdown', { minLevel: 'error' }))).toEqual({ type: 'UsageError', message: 'formatChangelog(): options.minLevel must be one of breaking, warning, compatible, info, got "error"' });
    expect(await failure(() => loose(changelogGroups)({ findings: 'x' }))).toEqual({ type: 'UsageError', message: 'changelogGroups(): report must be a Report (from compare() or compareContracts()), got {"findings":"x"}' });
  });
});

describe('semantic-release plugin options', () => {
  const context = { cwd: ROOT, logger: { log: () => {} } };

  it.each<[string, unknown, string]>([
    ['no spec', {}, 'apicompat/semantic-release: set the `spec` option to the path of your OpenAPI/AsyncAPI file, e.g. ["apicompat/semantic-release", { "spec": "openapi.yaml" }]'],
    ['options not an object', 'openapi.yaml', 'apicompat/semantic-release: the plugin options must be an object, got "openapi.yaml"'],
    ['a bad rule level', { spec: OLD, rules: { 'operation-removed': 'bogus' } }, 'apicompat/semantic-release options.rules.operation-removed: must be one of breaking, warning, compatible, info, off, got "bogus"'],
    ['an unknown rule id', { spec: OLD, rules: { 'operation-gone': 'off' } }, 'apicompat/semantic-release options.rules.operation-gone: unknown rule id (see `apicompat rules`)'],
    ['a bad firstRelease', { spec: OLD, firstRelease: 'huge' }, 'apicompat/semantic-release options.firstRelease: must be one of major, minor, patch or null, got "huge"'],
    ['a bad notesMinLevel', { spec: OLD, notesMinLevel: 'all' }, 'apicompat/semantic-release options.notesMinLevel: must be one of breaking, warning, compatible, info, got "all"'],
    ['a bad maxNotesLength', { spec: OLD, maxNotesLength: -5 }, 'apicompat/semantic-release options.maxNotesLength: must be a whole number of characters > 0, got -5'],
  ])('verifyConditions refuses %s (ConfigError)', async (_, options, message) => {
    expect(await failure(() => loose(verifyConditions)(options, context))).toEqual({ type: 'ConfigError', message });
  });

  it('lets keys it does not know through: semantic-release hands plugins the global options too', async () => {
    await expect(loose(verifyConditions)({ spec: OLD, branches: ['main'], tagFormat: 'v${version}' }, context)).resolves.toBeUndefined();
  });

  it('every step checks its arguments (each one can run alone)', async () => {
    const bad = { spec: OLD, rules: { 'operation-removed': 'bogus' } };
    for (const step of [analyzeCommits, generateNotes]) expect((await failure(() => loose(step)(bad, context))).type).toBe('ConfigError');
    expect(await failure(() => loose(analyzeCommits)({ spec: OLD }, null))).toEqual({ type: 'UsageError', message: "apicompat/semantic-release analyzeCommits(): context must be semantic-release's context (with a logger), got null" });
  });

  it('uses the typed error classes', () => {
    expect(new UsageError('x')).toBeInstanceOf(Error);
    expect(new ConfigError('x').code).toBe('CONFIG');
  });
});
