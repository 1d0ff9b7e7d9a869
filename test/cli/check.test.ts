import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { GIT_ENV, repo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/cli.js';

const V1 = readFileSync(path.join(ROOT, 'fixtures/example/trips-v1.yaml'), 'utf8');
const V2 = readFileSync(path.join(ROOT, 'fixtures/example/trips-v2.yaml'), 'utf8');
const OTHER = readFileSync(path.join(ROOT, 'fixtures/operation-removed/old.yaml'), 'utf8');

const CONFIG = 'specs:\n  - services/*/openapi.yaml\n';

describe('apicompat check (specs from apicompat.yaml)', () => {
  const monorepo = () =>
    repo(
      { 'apicompat.yaml': CONFIG, 'services/trips/openapi.yaml': V1, 'services/users/openapi.yaml': OTHER },
      { 'services/trips/openapi.yaml': V2, 'services/orders/openapi.yaml': V1 },
    );

  it('compares every spec with HEAD and gives one combined JSON report and exit code', async () => {
    const r = await runCli(['check', '--format', 'json'], monorepo());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { base: string; verdict: string; bump: string; summary: Record<string, number>; specs: Array<{ spec: string; state: string; report: { verdict: string; sources: { old: { file: string }; new: { file: string } }; findings: Array<{ level: string; rule: string; new?: { file: string } }> } }> };
    expect(out.base).toBe('HEAD');
    expect(out.verdict).toBe('breaking');
    expect(out.bump).toBe('major');
    expect(out.specs.map((s) => [s.spec, s.state, s.report.verdict])).toEqual([
      ['services/orders/openapi.yaml', 'added', 'compatible'],
      ['services/trips/openapi.yaml', 'compared', 'breaking'],
      ['services/users/openapi.yaml', 'compared', 'unchanged'],
    ]);
    const trips = out.specs[1]!.report;
    expect(trips.sources.old.file).toBe('HEAD:./services/trips/openapi.yaml');
    expect(trips.sources.new.file).toBe('services/trips/openapi.yaml');
    expect(trips.findings.filter((f) => f.level === 'breaking')).toHaveLength(4);
    expect(new Set(trips.findings.map((f) => f.new?.file).filter(Boolean))).toEqual(new Set(['services/trips/openapi.yaml']));
    expect(out.specs[0]!.report.findings).toEqual([]);
    expect(out.specs[2]!.report.findings).toEqual([]);
    expect(out.summary.breaking).toBe(4);
  });

  it('passes with exit code 0 when nothing breaks, and --fail-on never ignores breaking changes', async () => {
    const clean = repo({ 'apicompat.yaml': CONFIG, 'services/a/openapi.yaml': V1 }, { 'services/b/openapi.yaml': OTHER });
    const ok = await runCli(['check'], clean);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('apicompat: 2 specs against HEAD: verdict compatible, bump minor');
    expect((await runCli(['check', '--fail-on', 'never'], monorepo())).code).toBe(0);
  });

  it('markdown: a table row and a section per spec', async () => {
    const r = await runCli(['check', '--format', 'markdown'], monorepo());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('## apicompat: 🔴 breaking (3 contracts)');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('| <code>')).map((l) => l.split(' | ').slice(0, 2).join(' | '))).toEqual([
      '| <code>services/orders/openapi.yaml</code> | added (compatible)',
      '| <code>services/trips/openapi.yaml</code> | breaking',
      '| <code>services/users/openapi.yaml</code> | unchanged',
    ]);
    for (const spec of ['orders', 'trips', 'users']) expect(r.stdout).toContain(`### <code>services/${spec}/openapi.yaml</code>`);
  });

  it('sarif and junit merge the findings of every spec into one document', async () => {
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif'], monorepo())).stdout) as { runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.runs[0]!.results.filter((x) => x.level === 'error')).toHaveLength(4);
    const junit = await runCli(['check', '--format', 'junit'], monorepo());
    expect(junit.stdout.match(/<failure/g)).toHaveLength(4);
  });

  it('on 0.x a breaking change asks for the next minor; --zero-major-breaking asks for 1.0.0', async () => {
    const zero = (spec: string) => spec.replace('version: 1.4.0', 'version: 0.30.0');
    const dir = repo({ 'apicompat.yaml': CONFIG, 'services/trips/openapi.yaml': zero(V1) }, { 'services/trips/openapi.yaml': zero(V2) });
    const next = async (...args: string[]) => (JSON.parse((await runCli(['check', '--format', 'json', ...args], dir)).stdout) as { specs: Array<{ report: { nextVersion: string } }> }).specs[0]!.report.nextVersion;
    expect(await next()).toBe('0.31.0');
    expect(await next('--zero-major-breaking')).toBe('1.0.0');
  });

  it('a deleted spec is breaking: every operation it had is removed', async () => {
    const dir = repo({ 'apicompat.yaml': CONFIG, 'services/a/openapi.yaml': V1, 'services/b/openapi.yaml': OTHER }, { 'services/b/openapi.yaml': null });
    const r = await runCli(['check', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { verdict: string; specs: Array<{ spec: string; state: string; report: { verdict: string; findings: Array<{ rule: string; level: string; old?: { file: string } }> } }> };
    expect(out.verdict).toBe('breaking');
    const b = out.specs.find((s) => s.spec === 'services/b/openapi.yaml')!;
    expect(b.state).toBe('deleted');
    expect(b.report.findings.length).toBeGreaterThan(0);
    expect(b.report.findings.every((f) => f.rule === 'operation-removed' && f.level === 'breaking' && f.old?.file === 'HEAD:./services/b/openapi.yaml')).toBe(true);
    expect(out.specs.find((s) => s.spec === 'services/a/openapi.yaml')!.state).toBe('compared');
    const text = await runCli(['check'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('apicompat: services/b/openapi.yaml was deleted: breaking for every client of it\napicompat: HEAD:./services/b/openapi.yaml -> services/b/openapi.yaml');
    expect(text.stdout).toMatch(/apicompat: 2 specs against HEAD: verdict breaking, bump major \(1 with breaking changes\)\n$/);
  });

  it('the advice for a new or deleted spec names no version it does not have, and a deleted one is never "no changes"', async () => {
    const EMPTY = 'openapi: 3.0.3\ninfo: {title: e, version: 1.2.0}\npaths: {}\n';
    const dir = repo({ 'apicompat.yaml': CONFIG, 'services/a/openapi.yaml': V1, 'services/b/openapi.yaml': OTHER, 'services/e/openapi.yaml': EMPTY }, { 'services/a/openapi.yaml': V2, 'services/b/openapi.yaml': null, 'services/e/openapi.yaml': null, 'services/n/openapi.yaml': V1 });
    type Out = { specs: Array<{ spec: string; state: string; report: { verdict: string; bump: string; nextVersion?: string; currentVersion?: string; recommendation: { text: string; urlVersioning?: unknown; alternatives?: unknown } } }> };
    const out = JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as Out;
    const advice = Object.fromEntries(out.specs.map((s) => [s.spec, s.report]));
    const deleted = 'The contract was deleted: every client of it breaks. Keep serving it until they have moved (deprecate its operations first), or release the removal as a major version.';
    for (const spec of ['services/b/openapi.yaml', 'services/e/openapi.yaml']) {
      expect(advice[spec]).toMatchObject({ verdict: 'breaking', bump: 'major', recommendation: { text: deleted } });
      expect(advice[spec]!.recommendation.urlVersioning).toBeUndefined();
      expect(advice[spec]!.nextVersion).toBeUndefined();
    }
    expect(advice['services/n/openapi.yaml']!.recommendation.text).toBe('Compatible changes only: release a minor version.');
    expect(advice['services/n/openapi.yaml']!.currentVersion).toBeUndefined();
    // The compared spec keeps its versions and its plan.
    expect(advice['services/a/openapi.yaml']!.recommendation.text).toMatch(/^4 breaking changes: release a major version \(1\.4\.0 -> 2\.0\.0\), or keep old clients working with URL versioning/);
  });

  it('--base compares against that revision; origin/main is the default when it exists', async () => {
    const dir = monorepo();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
    git('add', '-A');
    git('commit', '-q', '-m', 'pr');
    // HEAD now holds every change: against HEAD nothing changed, against HEAD~1 trips breaks.
    expect((await runCli(['check'], dir)).code).toBe(0);
    expect((await runCli(['check', '--base', 'HEAD~1'], dir)).code).toBe(1);
    git('update-ref', 'refs/remotes/origin/main', 'HEAD~1');
    const r = await runCli(['check', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { base: string }).base).toBe('origin/main');
  });

  it('runs from a subfolder: paths relative to the config there, reported relative to the repository root', async () => {
    const dir = repo({ 'api/apicompat.yaml': 'specs:\n  - "*/openapi.{yaml,json}"\n', 'api/trips/openapi.yaml': V1, 'other/openapi.yaml': V1 }, { 'api/trips/openapi.yaml': V2, 'other/openapi.yaml': V2 });
    const r = await runCli(['check', '--format', 'json', '--profile', 'lenient'], path.join(dir, 'api'));
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { specs: Array<{ spec: string; report: { sources: { old: { file: string } } } }> };
    expect(out.specs.map((s) => [s.spec, s.report.sources.old.file])).toEqual([['api/trips/openapi.yaml', 'HEAD:./api/trips/openapi.yaml']]);
    expect(r.code).toBe(1);
  });

  it('a split spec ($ref to a sibling file) is read with its folder at the base revision, changed or deleted', async () => {
    const spec = "openapi: 3.0.3\ninfo: {title: a, version: 1.0.0}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: './schemas.yaml#/X'}\n";
    const schemas = (prop: string) => `X:\n  type: object\n  properties:\n    ${prop}: {type: string}\n`;
    const committed = { 'apicompat.yaml': CONFIG, 'services/a/openapi.yaml': spec, 'services/a/schemas.yaml': schemas('id'), 'services/b/openapi.yaml': spec, 'services/b/schemas.yaml': schemas('id') };
    const dir = repo(committed, { 'services/a/schemas.yaml': schemas('name'), 'services/b/openapi.yaml': null, 'services/b/schemas.yaml': null });
    const r = await runCli(['check', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { specs: Array<{ spec: string; state: string; report: { findings: Array<{ rule: string; old?: { file: string } }> } }> };
    expect(out.specs.map((s) => [s.spec, s.state, s.report.findings.map((f) => `${f.rule} ${f.old?.file}`)])).toEqual([
      ['services/a/openapi.yaml', 'compared', ['output-optional-property-removed HEAD:./services/a/openapi.yaml']],
      ['services/b/openapi.yaml', 'deleted', ['operation-removed HEAD:./services/b/openapi.yaml']],
    ]);
  });

  it('exit 2 with one line when there is no config, no specs list, a glob matching nothing or a bad base', async () => {
    const cases: Array<[Record<string, string>, string[], RegExp]> = [
      [{ 'openapi.yaml': V1 }, [], /^apicompat: no config file: `apicompat check` reads the specs to check from apicompat\.yaml/],
      [{ 'apicompat.yaml': 'profile: strict\n', 'openapi.yaml': V1 }, [], /^apicompat: apicompat\.yaml: no `specs` list/],
      [{ 'apicompat.yaml': 'specs:\n  - api/*.yaml\n', 'openapi.yaml': V1 }, [], /^apicompat: specs\[0\]: "api\/\*\.yaml" matches no file$/m],
      [{ 'apicompat.yaml': 'specs:\n  - missing.yaml\n', 'openapi.yaml': V1 }, [], /^apicompat: spec missing\.yaml exists neither in the working tree nor at HEAD$/m],
      [{ 'apicompat.yaml': 'specs:\n  - openapi.yaml\n', 'openapi.yaml': V1 }, ['--base', 'nope'], /^apicompat: base revision "nope" is not a commit/],
      [{ 'apicompat.yaml': 'specs:\n  - openapi.yaml\n', 'openapi.yaml': V1 }, ['--config', 'other.yaml'], /^apicompat: other\.yaml: config file not found$/m],
    ];
    for (const [files, args, message] of cases) {
      const r = await runCli(['check', ...args], repo(files));
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('apicompat check: symbolic links matched by a glob', () => {
  it('lists a link the glob matches without following it, and the loader refuses one that leaves the folder (exit 2)', async () => {
    const outside = repo({ 'secret.yaml': 'openapi: 3.0.3\ninfo: { title: SECRET_TITLE, version: 1.0.0 }\npaths: {}\n' });
    const dir = repo({ 'apicompat.yaml': CONFIG, 'services/a/openapi.yaml': V1 });
    mkdirSync(path.join(dir, 'services', 'evil'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'services', 'evil', 'openapi.yaml'));
    const r = await runCli(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('SECRET_TITLE');
    expect(r.stderr.trimEnd().split('\n')).toEqual(["apicompat: services/evil/openapi.yaml: is a symbolic link to a file outside the spec's folder; refused"]);
  });

  it('follows no link to a folder, and a link to a spec inside the folder is compared', async () => {
    const dir = repo({ 'apicompat.yaml': CONFIG, 'services/a/openapi.yaml': V1 });
    symlinkSync('openapi.yaml', path.join(dir, 'services', 'a', 'alias.yaml'));
    symlinkSync('..', path.join(dir, 'services', 'loop'));
    const r = await runCli(['check', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { specs: Array<{ spec: string }> }).specs.map((s) => s.spec)).toEqual(['services/a/openapi.yaml']);
  });
});
