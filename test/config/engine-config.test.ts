import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/compare.js';
import type { EngineConfig } from '../../src/engine/evaluate.js';
import { LENIENT } from '../../src/engine/profiles.js';
import { rules } from '../../rules/index.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';

const OLD = 'fixtures/config/old.yaml';
const NEW = 'fixtures/config/new.yaml';
// After the /legacy sunset (2026-03-01); fixed so the tests do not depend on the real date.
const now = new Date('2026-06-01T00:00:00Z');

const run = (config: EngineConfig = {}) => compare(OLD, NEW, { cwd: ROOT, config: { now, ...config } });
const levels = (r: Report) => Object.fromEntries(r.findings.map((f) => [f.rule, f.level]));

describe('profiles', () => {
  it('default keeps the catalogue levels', async () => {
    const r = await run();
    expect(levels(r)).toEqual({
      'operation-removed': 'breaking',
      'operation-id-changed': 'warning',
      'output-enum-value-added': 'warning',
      'operation-removed-after-sunset': 'compatible',
      'operation-documentation-changed': 'info',
    });
    expect(r.findings.every((f) => f.defaultLevel === undefined)).toBe(true);
  });

  it('strict counts every warning as breaking', async () => {
    const r = await run({ profile: 'strict' });
    expect(levels(r)).toMatchObject({ 'operation-id-changed': 'breaking', 'output-enum-value-added': 'breaking', 'operation-documentation-changed': 'info' });
    expect(r.findings.find((f) => f.rule === 'output-enum-value-added')?.defaultLevel).toBe('warning');
  });

  it('lenient relaxes tolerant-reader warnings and keeps breaking changes breaking', async () => {
    const r = await run({ profile: 'lenient' });
    expect(levels(r)).toMatchObject({ 'operation-removed': 'breaking', 'operation-id-changed': 'info', 'output-enum-value-added': 'compatible' });
  });

  it('lenient only names warning rules that exist', () => {
    for (const id of Object.keys(LENIENT)) expect(rules.find((r) => r.id === id)?.level, id).toBe('warning');
  });
});

describe('per-rule overrides', () => {
  it('sets a level, wins over the profile, and drives verdict and bump', async () => {
    const r = await run({ profile: 'strict', rules: { 'operation-removed': 'warning', 'output-enum-value-added': 'compatible', 'operation-id-changed': 'info' } });
    expect(levels(r)).toMatchObject({ 'operation-removed': 'warning', 'output-enum-value-added': 'compatible', 'operation-id-changed': 'info' });
    expect(r.verdict).toBe('warning');
    expect(r.bump).toBe('minor');
  });

  it('`off` drops the rule’s findings', async () => {
    const r = await run({ rules: { 'operation-documentation-changed': 'off' } });
    expect(r.findings.map((f) => f.rule)).not.toContain('operation-documentation-changed');
    expect(r.findings).toHaveLength(4);
  });

  it('an unknown rule id is an error', async () => {
    await expect(run({ rules: { 'no-such-rule': 'off' } })).rejects.toThrow('compare() options.config.rules.no-such-rule: unknown rule id (see `apicompat rules`)');
  });
});

describe('waivers', () => {
  it('by operation: the finding stays, marked waived, and no longer counts', async () => {
    const r = await run({ ignore: [{ rule: 'operation-removed', operation: 'delete /trips/{id}', reason: 'no traffic for 90 days', until: '2026-06-01' }] });
    const f = r.findings.find((x) => x.rule === 'operation-removed')!;
    expect(f.level).toBe('breaking');
    expect(f.waived).toEqual({ reason: 'no traffic for 90 days', until: '2026-06-01' });
    expect(r.verdict).toBe('warning');
    expect(r.bump).toBe('minor');
    expect(r.summary).toMatchObject({ breaking: 1, waived: 1 });
  });

  it('by pointer: covers the node and everything below it, nothing else', async () => {
    const r = await run({ ignore: [{ rule: 'output-enum-value-added', pointer: '/paths/~1trips/get/responses', reason: 'clients use a fallback' }] });
    expect(r.findings.find((x) => x.rule === 'output-enum-value-added')?.waived).toEqual({ reason: 'clients use a fallback' });
    expect(r.findings.filter((x) => x.waived)).toHaveLength(1);
    const miss = await run({ ignore: [{ rule: 'output-enum-value-added', pointer: '/paths/~1trips/get/resp', reason: 'prefix of a segment is not a match' }] });
    expect(miss.findings.filter((x) => x.waived)).toEqual([]);
  });

  it('needs the rule to match as well as the place', async () => {
    const r = await run({ ignore: [{ rule: 'operation-id-changed', operation: 'DELETE /trips/{id}', reason: 'wrong rule' }] });
    expect(r.findings.filter((x) => x.waived)).toEqual([]);
    expect(r.verdict).toBe('breaking');
  });

  it('an expired waiver is an error, not silently ignored', async () => {
    await expect(run({ ignore: [{ rule: 'operation-removed', operation: 'DELETE /trips/{id}', reason: 'x', until: '2026-05-31' }] })).rejects.toThrow('compare() options.config.ignore[0].until: waiver for operation-removed expired on 2026-05-31; remove it or extend it');
  });

  it('a waiver for an unknown rule is an error', async () => {
    await expect(run({ ignore: [{ rule: 'operation-gone', operation: 'DELETE /trips/{id}', reason: 'x' }] })).rejects.toThrow('compare() options.config.ignore[0].rule: unknown rule id "operation-gone" (see `apicompat rules`)');
  });
});

describe('deprecation policy', () => {
  it('removing an operation after its x-sunset is compatible; before it, breaking', async () => {
    expect(levels(await run())['operation-removed-after-sunset']).toBe('compatible');
    const before = await compare(OLD, NEW, { cwd: ROOT, config: { now: new Date('2026-02-28T23:59:59Z') } });
    const legacy = before.findings.filter((f) => f.operation === 'GET /legacy');
    expect(legacy.map((f) => [f.rule, f.level])).toEqual([['operation-removed', 'breaking']]);
    const onTheDay = await compare(OLD, NEW, { cwd: ROOT, config: { now: new Date('2026-03-01T00:00:00Z') } });
    expect(onTheDay.findings.find((f) => f.operation === 'GET /legacy')?.rule).toBe('operation-removed-after-sunset');
  });

  describe('without x-sunset', () => {
    let dir: string;
    const spec = (extra: string) => `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
paths:
  /keep:
    get:
      responses: { '200': { description: ok } }
  /old:
    get:
${extra}      responses: { '200': { description: ok } }
`;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'apicompat-deprecation-'));
      writeFileSync(path.join(dir, 'deprecated.yaml'), spec('      deprecated: true\n'));
      writeFileSync(path.join(dir, 'since.yaml'), spec("      deprecated: true\n      x-deprecated-since: '2026-04-01'\n"));
      writeFileSync(path.join(dir, 'plain.yaml'), spec(''));
      writeFileSync(path.join(dir, 'new.yaml'), spec('').replace(/  \/old:[\s\S]*$/, ''));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const rule = async (old: string, config: EngineConfig) => (await compare(old, 'new.yaml', { cwd: dir, config: { now, ...config } })).findings.find((f) => f.operation === 'GET /old')?.rule;

    it('deprecated without dates: breaking unless deprecation.minDays is 0', async () => {
      expect(await rule('deprecated.yaml', {})).toBe('operation-removed');
      expect(await rule('deprecated.yaml', { deprecation: { minDays: 30 } })).toBe('operation-removed');
      expect(await rule('deprecated.yaml', { deprecation: { minDays: 0 } })).toBe('operation-removed-after-sunset');
    });

    it('x-deprecated-since plus minDays: allowed once the days have passed', async () => {
      // since 2026-04-01, today 2026-06-01: 61 days.
      expect(await rule('since.yaml', { deprecation: { minDays: 61 } })).toBe('operation-removed-after-sunset');
      expect(await rule('since.yaml', { deprecation: { minDays: 62 } })).toBe('operation-removed');
      expect(await rule('since.yaml', {})).toBe('operation-removed');
    });

    it('never deprecated: always breaking, even with minDays 0', async () => {
      expect(await rule('plain.yaml', { deprecation: { minDays: 0 } })).toBe('operation-removed');
    });
  });
});

describe('CLI configuration', () => {
  let dir: string;
  const args = (...extra: string[]) => ['breaking', '--format', 'json', ...extra, path.join(ROOT, OLD), path.join(ROOT, NEW)];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'apicompat-cli-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('discovers apicompat.yaml in the working folder', async () => {
    writeFileSync(path.join(dir, 'apicompat.yaml'), 'profile: strict\nrules:\n  operation-removed: warning\n');
    const r = await runCli(args(), dir);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(levels(report)).toMatchObject({ 'operation-removed': 'warning', 'output-enum-value-added': 'breaking' });
    expect(r.code).toBe(1);
  });

  it('--config names another file; --profile overrides its profile', async () => {
    writeFileSync(path.join(dir, 'ci.yaml'), `ignore:\n  - rule: operation-removed\n    operation: DELETE /trips/{id}\n    reason: agreed with the two known clients\n    until: 2999-01-01\n`);
    const r = await runCli(['changelog', ...args('--config', 'ci.yaml', '--profile', 'lenient').slice(1)], dir);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.find((f) => f.rule === 'operation-removed')?.waived?.reason).toBe('agreed with the two known clients');
    expect(levels(report)['output-enum-value-added']).toBe('compatible');
    expect(r.code).toBe(0);
  });

  it('documents waived and defaultLevel in schema/report.schema.json', async () => {
    const r = await runCli(['changelog', ...args('--config', 'ci.yaml', '--profile', 'strict').slice(1)], dir);
    const report = JSON.parse(r.stdout) as Report;
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary.waived).toBe(1);
    expect(report.findings.some((f) => f.defaultLevel === 'warning' && f.level === 'breaking')).toBe(true);
    const documented = new Set(Object.keys(schema.definitions.finding.properties));
    for (const f of report.findings) for (const k of Object.keys(f)) expect(documented.has(k), k).toBe(true);
    expect(Object.keys(schema.definitions.summary?.properties ?? schema.properties.summary.properties)).toContain('waived');
  });

  it('shows waived findings in the text report', async () => {
    const r = await runCli(['breaking', '--config', 'ci.yaml', path.join(ROOT, OLD), path.join(ROOT, NEW)], dir);
    expect(r.stdout).toContain('waived until 2999-01-01: agreed with the two known clients');
    expect(r.stdout).toMatch(/\(1 waived\)/);
  });

  it.each([
    ['bad-rule.yaml', 'rules:\n  nope: off\n', /^apicompat: bad-rule\.yaml: rules\.nope: unknown rule id/],
    ['expired.yaml', 'ignore:\n  - rule: operation-removed\n    operation: DELETE /trips/{id}\n    reason: x\n    until: 2020-01-01\n', /^apicompat: expired\.yaml: ignore\[0\]\.until: waiver for operation-removed expired on 2020-01-01/],
    ['missing.yaml', null, /^apicompat: missing\.yaml: config file not found/],
  ])('a bad config (%s) is exit 2 with one line', async (file, text, message) => {
    if (text !== null) writeFileSync(path.join(dir, file), text);
    const r = await runCli(args('--config', file), dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
