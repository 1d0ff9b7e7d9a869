// The package as a user gets it: `npm pack`, `npm install <tgz>` into a fresh project, then import it.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

let project = '';
let tmp = '';

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function node(file: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const r = await run(process.execPath, [file]);
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** Async, so a slow child never blocks the test worker. */
function run(cmd: string, args: string[], cwd = project): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function write(name: string, text: string): string {
  writeFileSync(path.join(project, name), text);
  return name;
}

/** The ```js block right after the `<!-- api-example` marker in README.md. */
export function readmeExample(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- api-example[^>]*-->\s*```js\n([\s\S]*?)\n```/.exec(readme);
  if (!m) throw new Error('README.md has no <!-- api-example --> js block');
  return m[1]!;
}

async function must(cmd: string, args: string[], cwd: string): Promise<void> {
  const r = await run(cmd, args, cwd);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
}

beforeAll(async () => {
  // `npm test` compiles first; a bare `vitest run` may not have.
  if (!existsSync(path.join(ROOT, 'dist/src/index.js'))) await must(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], ROOT);
  tmp = mkdtempSync(path.join(tmpdir(), 'apicompat-pack-'));
  await must('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], ROOT);
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
  project = path.join(tmp, 'project');
  mkdirSync(project);
  write('package.json', JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  // The dependencies come from the local npm cache when they are there.
  await must('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(tmp, tgz)], project);
  for (const f of ['trips-v1.yaml', 'trips-v2.yaml']) copyFileSync(path.join(ROOT, 'fixtures/example', f), path.join(project, f));
});

describe('the packed package', () => {
  it('ships the built library, the CommonJS entry and the CLI, not the sources or tests', () => {
    const pkg = path.join(project, 'node_modules/apicompat');
    for (const f of ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/semantic-release/index.d.ts', 'cjs/index.cjs', 'bin/apicompat.js', 'README.md']) expect(existsSync(path.join(pkg, f)), f).toBe(true);
    for (const f of ['src', 'test', 'fixtures']) expect(existsSync(path.join(pkg, f)), f).toBe(false);
  });

  it("imports as ESM: import { compare } from 'apicompat'", async () => {
    write(
      'esm.mjs',
      `import { compare, compareContracts, loadContract, recommend, formatReport, formatChangelog, changelogGroups, rules, nextVersion, bumpBetween, ApicompatError, LoadError, UsageError, ConfigError, isApicompatError } from 'apicompat';
const kinds = { compare, compareContracts, loadContract, recommend, formatReport, formatChangelog, changelogGroups, nextVersion, bumpBetween, isApicompatError };
for (const [k, v] of Object.entries(kinds)) if (typeof v !== 'function') throw new Error(k + ' is not a function');
if (!(new LoadError('a.yaml', 'bad') instanceof ApicompatError) || !UsageError || !ConfigError) throw new Error('error classes');
const report = await compare('trips-v1.yaml', 'trips-v2.yaml');
const [a, b] = await Promise.all([loadContract('trips-v1.yaml'), loadContract('trips-v2.yaml')]);
const again = compareContracts(a, b);
const rec = recommend({ findings: report.findings, rules: new Map(rules.map((r) => [r.id, r])), currentVersion: '1.4.0', servers: [] });
console.log(JSON.stringify({ rules: rules.length, verdict: report.verdict, next: report.nextVersion, same: again.findings.length === report.findings.length, rec: rec.bump, text: formatReport(report).split('\\n')[0] }));
try { await compare('missing.yaml', 'trips-v2.yaml'); } catch (e) { console.log(isApicompatError(e), e.code, e.message); }`,
    );
    const r = await node('esm.mjs');
    expect(r.stderr).toBe('');
    const [first, second] = r.stdout.trim().split('\n');
    expect(JSON.parse(first!)).toMatchObject({ verdict: 'breaking', next: '2.0.0', same: true, rec: 'major', text: 'apicompat: trips-v1.yaml -> trips-v2.yaml' });
    expect(JSON.parse(first!).rules).toBeGreaterThan(50);
    expect(second).toBe('true LOAD missing.yaml: file not found');
  });

  it("requires as CommonJS on Node >= 20.19: require('apicompat') is the same module", async () => {
    write('cjs.cjs', `const api = require('apicompat');\napi.compare('trips-v1.yaml', 'trips-v2.yaml').then((r) => console.log(typeof api.formatReport, r.bump, api.rules.length > 50));`);
    const r = await node('cjs.cjs');
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    if (major > 20 || (major === 20 && minor >= 19)) {
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('function major true');
    } else {
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain("cannot require() it: use `const { compare } = await import('apicompat')`");
    }
  });

  it('runs the Programmatic API example from README.md', async () => {
    const r = await node(write('readme-example.mjs', readmeExample()));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('breaking: release major 1.4.0 -> 2.0.0');
    expect(lines).toContain('- DELETE /trips/{id} (notification): operation DELETE /trips/{id} removed');
    expect(lines).toContain('  why: Existing clients do not send the new property, so their requests fail validation.');
    expect(lines.filter((l) => l.startsWith('alternative: '))).toEqual(['alternative: optional-with-default', 'alternative: deprecate-then-remove', 'alternative: url-version']);
    expect(lines.at(-1)).toBe('## Trips API 1.4.0 → 1.4.0: changelog');
  });

  it('has type declarations a TypeScript user compiles against (and that catch misuse)', async () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    // No @types at all: the declarations must stand on their own.
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], strict: true, noEmit: true, types: [] }, files: ['use.ts', 'misuse.ts'] }));
    write(
      'use.ts',
      `import { compare, formatChangelog, type Report, type Finding, type Bump, LoadError } from 'apicompat';
import { analyzeCommits, type PluginConfig } from 'apicompat/semantic-release';
const report: Report = await compare('a.yaml', 'b.yaml');
const breaking: Finding[] = report.findings.filter((f) => f.level === 'breaking');
const bump: Bump = report.bump;
const why: string | undefined = breaking[0]?.why;
const notes: string = formatChangelog(report, 'markdown');
const cfg: PluginConfig = { spec: 'openapi.yaml' };
const type: 'major' | 'minor' | 'patch' | null = await analyzeCommits(cfg, { logger: { log: () => {} } });
export { bump, why, notes, type, LoadError };`,
    );
    write('misuse.ts', `import { compare } from 'apicompat';\nconst n: number = (await compare('a', 'b')).verdict;\nexport { n };`);
    const out = await run(process.execPath, [tsc, '-p', 'tsconfig.json']);
    expect(out.code).not.toBe(0);
    // Exactly one error, in the misuse: the real types are there (not `any`) and the proper use compiles.
    expect(out.stdout.split('\n').filter((l) => /error TS/.test(l))).toEqual([expect.stringMatching(/^misuse\.ts\(2,7\): error TS2322: Type '[^']+' is not assignable to type 'number'/)]);
  });

  it('resolves apicompat/semantic-release the way semantic-release loads plugins (CommonJS resolution, then import)', async () => {
    write(
      'load-plugin.mjs',
      `import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const file = createRequire(import.meta.url).resolve('apicompat/semantic-release');
const { default: cjsExport, ...esModuleExport } = await import(pathToFileURL(file).href);
const plugin = cjsExport || esModuleExport;
console.log(['verifyConditions', 'analyzeCommits', 'generateNotes'].map((s) => typeof plugin[s]).join(' '));`,
    );
    const r = await node('load-plugin.mjs');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function function function');
  });

  it('installs the CLI: changelog and version run from node_modules/.bin', async () => {
    const bin = path.join(project, 'node_modules/.bin/apicompat');
    const r = await run(bin, ['version', 'trips-v1.yaml', 'trips-v2.yaml']);
    expect(r.stdout).toBe('recommended bump: major (1.4.0 -> 2.0.0); 4 breaking, 1 warning, 5 compatible, 0 info\n');
    expect(r.code).toBe(0);
  });
});
