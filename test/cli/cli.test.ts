import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/fixtures.js';

const V1 = 'fixtures/example/trips-v1.yaml';
const V2 = 'fixtures/example/trips-v2.yaml';

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { NO_COLOR: '1', ...env }, isTTY: false, cwd: ROOT });
  return { code, stdout, stderr };
}

describe('apicompat CLI', () => {
  it('exits 1 on breaking changes and names them', async () => {
    const r = await run(['breaking', V1, V2]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('operation DELETE /trips/{id} removed');
    expect(r.stdout).toContain('Verdict: breaking; bump: major (1.4.0 -> 2.0.0)');
    expect(r.stderr).toBe('');
  });

  it('exits 0 when the same spec is compared with itself', async () => {
    const r = await run(['breaking', V1, V1]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
  });

  it('honours --fail-on never and --fail-on warning', async () => {
    expect((await run(['breaking', V1, V2, '--fail-on', 'never'])).code).toBe(0);
    expect((await run(['breaking', 'fixtures/operation-removed/quiet/old.yaml', 'fixtures/operation-removed/quiet/new.yaml', '--fail-on', 'warning'])).code).toBe(0);
  });

  it('--fail-on any fails on every change, compatible and info too, but not on no change', async () => {
    const [old, neu] = ['fixtures/operation-removed/quiet/old.yaml', 'fixtures/operation-removed/quiet/new.yaml'];
    const changelog = JSON.parse((await run(['changelog', old, neu, '--format', 'json'])).stdout) as { summary: { breaking: number; warning: number; total: number } };
    expect(changelog.summary).toMatchObject({ breaking: 0, warning: 0 });
    expect(changelog.summary.total).toBeGreaterThan(0);
    expect((await run(['breaking', old, neu, '--fail-on', 'any'])).code).toBe(1);
    expect((await run(['changelog', old, neu, '--fail-on', 'any'])).code).toBe(1);
    expect((await run(['breaking', old, old, '--fail-on', 'any'])).code).toBe(0);
  });

  it('prints JSON that matches the documented schema', async () => {
    const r = await run(['changelog', V1, V2, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ verdict: 'breaking', bump: 'major', currentVersion: '1.4.0', nextVersion: '2.0.0' });
    expect(report.summary.total).toBe(report.findings.length);
    const removed = report.findings.find((f: { rule: string }) => f.rule === 'operation-removed');
    expect(removed.old).toEqual({ file: 'fixtures/example/trips-v1.yaml', pointer: '/paths/~1trips~1{id}/delete', line: 47 });
  });

  it('lists only warning and breaking findings for `breaking`, all for `changelog`', async () => {
    const b = JSON.parse((await run(['breaking', V1, V2, '--format', 'json'])).stdout);
    const c = JSON.parse((await run(['changelog', V1, V2, '--format', 'json'])).stdout);
    expect(b.findings.every((f: { level: string }) => f.level === 'breaking' || f.level === 'warning')).toBe(true);
    expect(c.findings.length).toBeGreaterThan(b.findings.length);
    expect(c.findings.some((f: { rule: string }) => f.rule === 'operation-added' || f.rule === 'parameter-added-optional')).toBe(true);
  });

  it('exits 2 with one line naming the file for a missing file', async () => {
    const r = await run(['breaking', 'nope.yaml', V2]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('apicompat: nope.yaml: file not found\n');
  });

  it('exits 2 on a usage error', async () => {
    const r = await run(['breaking', V1]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('documents rules', async () => {
    const list = await run(['rules']);
    expect(list.stdout).toMatch(/operation-removed\s+breaking/);
    const one = await run(['rules', 'input-required-property-added']);
    expect(one.stdout).toContain('Why: ');
    expect(one.stdout).toContain('Fix: ');
    expect((await run(['rules', 'no-such-rule'])).code).toBe(2);
  });

  it('reads a source from stdin', async () => {
    let stdout = '';
    const text = readFileSync(path.join(ROOT, V2), 'utf8');
    const code = await main(['breaking', V1, '-', '--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => {}, env: {}, isTTY: false, cwd: ROOT, stdin: async () => text });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.sources.new.file).toBe('<stdin>');
    expect(report.verdict).toBe('breaking');
  });

  it('refuses two stdin sources', async () => {
    const r = await run(['breaking', '-', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('only one of the two sources can be stdin');
  });
});
