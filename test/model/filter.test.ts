import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareContracts, loadContract, type Report } from '../../src/compare.js';
import type { EngineConfig } from '../../src/engine/evaluate.js';
import { ConfigError } from '../../src/errors.js';
import { parseConfig } from '../../src/config/index.js';
import { pathMatcher } from '../../src/model/filter.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';
import { repo } from '../helpers/git-repo.js';

const OLD = 'fixtures/filters/old.yaml';
const NEW = 'fixtures/filters/new.yaml';
const run = (filter?: EngineConfig['filter']) => compare(OLD, NEW, { cwd: ROOT, config: filter ? { filter } : {} });
const found = (r: Report) => r.findings.map((f) => `${f.rule} ${f.operation ?? '-'}`).sort();

describe('path patterns', () => {
  it('a pattern without wildcards is a prefix ending at a segment boundary', () => {
    const m = pathMatcher('/internal');
    expect(['/internal', '/internal/keys', '/internal/{id}/x'].map(m)).toEqual([true, true, true]);
    expect(['/internals', '/v1/internal', '/'].map(m)).toEqual([false, false, false]);
    expect(pathMatcher('/internal/')('/internal/keys')).toBe(true);
  });

  it('globs: * within a segment, ** any depth (a trailing /** matches the base too), ? one character, braces literal', () => {
    expect(['/admin', '/admin/users', '/admin/a/b'].map(pathMatcher('/admin/**'))).toEqual([true, true, true]);
    expect(pathMatcher('/admin/**')('/administrators')).toBe(false);
    expect(['/repos/{owner}/{repo}', '/repos/{owner}/{repo}/pulls'].map(pathMatcher('/repos/*/*'))).toEqual([true, false]);
    expect(pathMatcher('/repos/{owner}/*')('/repos/{owner}/{repo}')).toBe(true);
    expect(pathMatcher('/repos/{owner}/*')('/repos/o/{repo}')).toBe(false);
    expect(pathMatcher('/**/keys')('/a/b/keys')).toBe(true);
    expect(pathMatcher('/v?/x')('/v2/x')).toBe(true);
    expect(pathMatcher('/v?/x')('/v10/x')).toBe(false);
    expect(pathMatcher('/a.b/*')('/aXb/c')).toBe(false);
  });
});

describe('operation filters', () => {
  it('without a filter every operation counts', async () => {
    const r = await run();
    expect(r.findings.find((f) => f.rule === 'output-optional-property-removed')!.operations).toEqual(['GET /repos/{owner}/{repo}', 'GET /admin/users']);
    expect(found(r)).toEqual([
      'field-annotation-changed GET /reports',
      'info-changed -',
      'operation-added POST /beta',
      'operation-removed DELETE /internal/keys',
      'operation-removed GET /beta',
      'output-optional-property-removed GET /repos/{owner}/{repo}',
    ]);
  });

  it('excludePath leaves operations out of both sides; a finding reaching several operations keeps the others', async () => {
    const r = await run({ excludePath: ['/admin/**', '/internal', '/beta'] });
    expect(found(r)).toEqual(['field-annotation-changed GET /reports', 'info-changed -', 'output-optional-property-removed GET /repos/{owner}/{repo}']);
    // Without the filter it names both GET /repos/{owner}/{repo} and GET /admin/users; one operation left needs no list.
    expect(r.findings.find((f) => f.rule === 'output-optional-property-removed')!.operations).toBeUndefined();
    expect(Object.keys(r.styles!)).not.toContain('GET /admin/users');
  });

  it('matchPath keeps only matching operations; findings about no operation (info) stay', async () => {
    const r = await run({ matchPath: ['/admin'] });
    expect(found(r)).toEqual(['info-changed -', 'output-optional-property-removed GET /admin/users']);
    expect(r.findings.find((f) => f.operation === 'GET /admin/users')!.operations).toBeUndefined();
    expect(found(await run({ matchPath: ['/nothing'] }))).toEqual(['info-changed -']);
  });

  it('excludeExtension reads the Operation Object and its Path Item; gaining the extension removes the operation from what is compared', async () => {
    const r = await run({ excludeExtension: ['x-internal'] });
    // /beta is internal on both sides (its Path Item): neither removed nor added. GET /reports became internal: removed.
    expect(found(r)).toEqual(['info-changed -', 'operation-removed DELETE /internal/keys', 'operation-removed GET /reports', 'output-optional-property-removed GET /repos/{owner}/{repo}']);
    expect(r.verdict).toBe('breaking');
    expect(found(await run({ excludeExtension: ['x-private'] }))).toEqual(found(await run()));
  });

  it('compareContracts() filters too and leaves the contracts given unchanged', async () => {
    const a = await loadContract(OLD, { cwd: ROOT });
    const b = await loadContract(NEW, { cwd: ROOT });
    const r = compareContracts(a, b, { config: { filter: { matchPath: ['/repos/**'] } } });
    expect(found(r)).toEqual(['info-changed -', 'output-optional-property-removed GET /repos/{owner}/{repo}']);
    expect(a.operations.size).toBe(5);
    expect(b.operations.size).toBe(4);
  });

  it('the config is checked: unknown keys, empty patterns, extension names without x-', async () => {
    await expect(compare(OLD, NEW, { cwd: ROOT, config: { filter: { exclude: ['/a'] } as never } })).rejects.toThrow('compare() options.config.filter.exclude: unknown key (expected one of matchPath, excludePath, excludeExtension)');
    await expect(run({ excludePath: [''] })).rejects.toThrow('compare() options.config.filter.excludePath[0]: must be a non-empty path glob or prefix');
    await expect(run({ excludeExtension: ['internal'] })).rejects.toThrow(ConfigError);
    await expect(run({ matchPath: '/a' as never })).rejects.toThrow('filter.matchPath: must be a list of path globs or prefixes');
  });

  it('a config file takes the same keys', () => {
    const config = parseConfig('apicompat.yaml', 'filter:\n  matchPath: [/v2/**]\n  excludePath: [/v2/internal]\n  excludeExtension: [x-internal]\n');
    expect(config.filter).toEqual({ matchPath: ['/v2/**'], excludePath: ['/v2/internal'], excludeExtension: ['x-internal'] });
    expect(() => parseConfig('apicompat.yaml', 'filter:\n  excludeExtension: [internal]\n')).toThrow('apicompat.yaml: filter.excludeExtension[0]: must be an extension name starting with x-');
  });
});

describe('filter options of the CLI', () => {
  it('breaking: --exclude-path and --exclude-extension, repeatable', async () => {
    const all = await runCli(['breaking', OLD, NEW, '--format', 'json']);
    expect(JSON.parse(all.stdout).summary.breaking).toBe(2);
    const r = await runCli(['breaking', OLD, NEW, '--exclude-path', '/internal', '--exclude-path', '/beta', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ breaking: 0, warning: 1 });
    const x = await runCli(['breaking', OLD, NEW, '--exclude-extension', 'x-internal', '--match-path', '/reports']);
    expect(x.code).toBe(1);
    expect(x.stdout).toContain('GET /reports');
    expect(x.stdout).not.toContain('/internal/keys');
  });

  it('changelog and version take them too', async () => {
    const c = await runCli(['changelog', OLD, NEW, '--match-path', '/admin/**', '--format', 'json']);
    expect(JSON.parse(c.stdout).findings.map((f: { operation?: string }) => f.operation ?? '-').sort()).toEqual(['-', 'GET /admin/users']);
    const v = await runCli(['version', OLD, NEW, '--match-path', '/admin/**', '--format', 'json']);
    expect(JSON.parse(v.stdout)).toMatchObject({ bump: 'minor' });
    expect(JSON.parse((await runCli(['version', OLD, NEW, '--format', 'json'])).stdout)).toMatchObject({ bump: 'major' });
  });

  it('a bad value is a usage error naming the key', async () => {
    const r = await runCli(['breaking', OLD, NEW, '--exclude-extension', 'internal']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('filter.excludeExtension[0]: must be an extension name starting with x-');
  });

  it('check: the config file filter applies, and each option replaces only its own key of it', async () => {
    const specs = { 'openapi.yaml': readFileSync(path.join(ROOT, OLD), 'utf8') };
    const dir = repo({ 'apicompat.yaml': 'specs: [openapi.yaml]\nfilter:\n  excludePath: [/internal]\n', ...specs }, { 'openapi.yaml': readFileSync(path.join(ROOT, NEW), 'utf8') });
    const json = async (...args: string[]) => JSON.parse((await runCli(['check', '--base', 'HEAD', '--format', 'json', ...args], dir)).stdout);
    const ops = (r: unknown) => JSON.stringify(r);
    const plain = ops(await json());
    expect(plain).not.toContain('DELETE /internal/keys');
    expect(plain).toContain('GET /beta');
    const both = ops(await json('--exclude-extension', 'x-internal'));
    expect(both).not.toContain('DELETE /internal/keys');
    expect(both).not.toContain('GET /beta');
    expect(both).toContain('GET /reports');
  });
});
