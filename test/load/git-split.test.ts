import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, loadContract } from '../../src/compare.js';
import { LoadError } from '../../src/errors.js';
import { analyzeCommits, type Context } from '../../src/semantic-release/index.js';
import { runBin, runCli } from '../helpers/cli.js';
import { GIT_ENV, repo } from '../helpers/git-repo.js';
import { itemsSpec } from '../helpers/inline.js';

/**
 * A split spec (`$ref`s to sibling files) read from a git revision: its referenced files come from the
 * same revision, held to the spec folder's sandbox in that tree.
 */

const spec = (ref: string) => itemsSpec(`{ $ref: '${ref}' }`);
const ITEM = "type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n  owner: { $ref: './owner.yaml' }\n";
const OWNER = 'type: object\nproperties:\n  name: { type: string }\n';
const SPLIT = { 'spec/openapi.yaml': spec('./schemas/item.yaml'), 'spec/schemas/item.yaml': ITEM, 'spec/schemas/owner.yaml': OWNER };

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
}

/** Commits `links` (path -> link text) as symbolic links on top of the repository. */
function commitLinks(dir: string, links: Record<string, string>): void {
  for (const [at, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
    symlinkSync(target, path.join(dir, at));
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'links');
}

async function loadError(source: string, cwd: string): Promise<LoadError> {
  const e = await loadContract(source, { cwd }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LoadError);
  return e as LoadError;
}

describe('REF:path of a split spec', () => {
  // The working tree's nested file loses `name`: a change two $refs deep, in the files the revision holds.
  const changed = () => repo(SPLIT, { 'spec/schemas/owner.yaml': 'type: object\nproperties: {}\n' });

  it('breaking, changelog and version read the referenced files from the same revision', async () => {
    const dir = changed();
    const breaking = await runCli(['breaking', '--format', 'json', 'HEAD:spec/openapi.yaml', 'spec/openapi.yaml'], dir);
    expect(breaking.stderr).toBe('');
    const report = JSON.parse(breaking.stdout) as { findings: Array<{ rule: string; old: { file: string } }> };
    expect(report.findings.map((f) => f.rule)).toEqual(['output-optional-property-removed']);
    expect(report.findings[0]!.old.file).toBe('HEAD:spec/openapi.yaml');
    const changelog = await runCli(['changelog', 'HEAD:spec/openapi.yaml', 'spec/openapi.yaml'], dir);
    expect(changelog.stderr).toBe('');
    expect(changelog.stdout).toContain('name');
    const version = await runCli(['version', '--format', 'json', 'git:HEAD:spec/openapi.yaml', 'spec/openapi.yaml'], dir);
    expect(version.stderr).toBe('');
    expect(JSON.parse(version.stdout)).toMatchObject({ bump: expect.any(String) });
  });

  it('compare(): unchanged when the working tree is the commit, changed when it is not', async () => {
    const same = repo(SPLIT);
    expect((await compare('HEAD:spec/openapi.yaml', 'spec/openapi.yaml', { cwd: same })).findings).toEqual([]);
    const dir = changed();
    expect((await compare('HEAD:spec/openapi.yaml', 'spec/openapi.yaml', { cwd: dir })).findings.map((f) => f.rule)).toEqual(['output-optional-property-removed']);
  });

  it('compare(): `REF:./path` is relative to cwd, as git reads it', async () => {
    const dir = changed();
    const report = await compare('HEAD:./openapi.yaml', 'openapi.yaml', { cwd: path.join(dir, 'spec') });
    expect(report.findings.map((f) => f.rule)).toEqual(['output-optional-property-removed']);
  });

  it('two revisions of a split spec, both from git', async () => {
    const dir = changed();
    git(dir, 'commit', '-q', '-am', 'drop name');
    const report = await compare('HEAD~1:spec/openapi.yaml', 'HEAD:spec/openapi.yaml', { cwd: dir });
    expect(report.findings.map((f) => f.rule)).toEqual(['output-optional-property-removed']);
  });

  it('the semantic-release plugin compares a split spec at the last release', async () => {
    const dir = repo({ 'openapi.yaml': spec('./schemas/item.yaml'), 'schemas/item.yaml': ITEM, 'schemas/owner.yaml': OWNER });
    const gitHead = git(dir, 'rev-parse', 'HEAD');
    const logs: string[] = [];
    const context: Context = { cwd: dir, env: GIT_ENV as Record<string, string>, logger: { log: (...a: unknown[]) => void logs.push(a.join(' ')) }, lastRelease: { version: '1.0.0', gitHead } };
    expect(await analyzeCommits({ spec: 'openapi.yaml' }, context)).toBeNull();
    execFileSync('sh', ['-c', 'printf "type: object\\nproperties:\\n  id: { type: integer }\\n" > schemas/item.yaml'], { cwd: dir });
    expect(await analyzeCommits({ spec: 'openapi.yaml' }, context)).toBe('major');
  });
});

describe('the sandbox of a spec folder in git', () => {
  it('refuses a $ref that leaves the folder, although the file is in the revision', async () => {
    const dir = repo({ 'spec/openapi.yaml': spec('../secret.yaml'), 'secret.yaml': 'type: object\n' });
    const e = await loadError('HEAD:spec/openapi.yaml', dir);
    expect(e.message).toBe(`HEAD:spec/openapi.yaml:11: $ref "../secret.yaml" leaves the spec's folder (HEAD:spec/); refused (at /paths/~1items/get/responses/200/content/application~1json/schema)`);
  });

  it('refuses a committed link that leads out of the folder, relative or absolute', async () => {
    const relative = repo({ 'spec/openapi.yaml': spec('./item.yaml'), 'secret.yaml': 'type: object\n' });
    commitLinks(relative, { 'spec/item.yaml': '../secret.yaml' });
    expect((await loadError('HEAD:spec/openapi.yaml', relative)).detail).toBe(`$ref "./item.yaml" leads through a symbolic link out of the spec's folder (HEAD:spec/); refused`);
    const absolute = repo({ 'spec/openapi.yaml': spec('./item.yaml') });
    commitLinks(absolute, { 'spec/item.yaml': '/etc/hostname' });
    expect((await loadError('HEAD:spec/openapi.yaml', absolute)).detail).toMatch(/leads through a symbolic link out of the spec's folder/);
  });

  it('refuses a link in a referenced file\'s folder that leads out, and a link loop', async () => {
    const dir = repo({ 'spec/openapi.yaml': spec('./schemas/item.yaml'), 'outside/item.yaml': 'type: object\n' });
    commitLinks(dir, { 'spec/schemas': '../outside' });
    expect((await loadError('HEAD:spec/openapi.yaml', dir)).detail).toMatch(/leads through a symbolic link out of the spec's folder \(HEAD:spec\/\); refused/);
    const loop = repo({ 'spec/openapi.yaml': spec('./a.yaml') });
    commitLinks(loop, { 'spec/a.yaml': 'b.yaml', 'spec/b.yaml': 'a.yaml' });
    expect((await loadError('HEAD:spec/openapi.yaml', loop)).detail).toBe('too many levels of symbolic links in git');
  });

  it('ends the process on a $ref that leaves the folder while other files are still being read (no git reader left behind)', async () => {
    // The bundler goes on reading the other files after one is refused; the folder is closed by then.
    const files: Record<string, string> = { 'spec/openapi.yaml': spec('./paths/escape.yaml') };
    files['spec/paths/escape.yaml'] = `type: object\nproperties:\n${Array.from({ length: 8 }, (_, i) => `  p${i}: { $ref: '../schemas/s${i}.yaml' }\n`).join('')}  out: { $ref: '../../../../etc/passwd' }\n`;
    for (let i = 0; i < 8; i++) files[`spec/schemas/s${i}.yaml`] = `type: object\nproperties:\n  n: { $ref: './n${i}.yaml' }\n`;
    for (let i = 0; i < 8; i++) files[`spec/schemas/n${i}.yaml`] = 'type: string\n';
    const dir = repo(files);
    const r = await runBin(['breaking', 'HEAD:spec/openapi.yaml', 'HEAD:spec/openapi.yaml'], dir, 15_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^apicompat: HEAD:spec\/openapi\.yaml: a \$ref leads to ".*passwd", outside the spec's folder \(HEAD:spec\/\); refused\n$/);
  });

  it('follows a committed link that stays inside the folder', async () => {
    const dir = repo({ 'spec/openapi.yaml': spec('./item.yaml'), 'spec/schemas/item.yaml': ITEM, 'spec/schemas/owner.yaml': OWNER });
    commitLinks(dir, { 'spec/item.yaml': 'schemas/item.yaml' });
    // The link's target's own $ref (./owner.yaml) resolves beside the link, as on disk.
    const e = await loadError('HEAD:spec/openapi.yaml', dir);
    expect(e.message).toBe('HEAD:spec/openapi.yaml: $ref target owner.yaml: file not found');
    commitLinks(dir, { 'spec/owner.yaml': 'schemas/owner.yaml' });
    const c = await loadContract('HEAD:spec/openapi.yaml', { cwd: dir });
    expect(c.operations.size).toBe(1);
  });

  it('names a referenced file missing from the revision, even when the working tree has it', async () => {
    const dir = repo({ 'spec/openapi.yaml': spec('./item.yaml') }, { 'spec/item.yaml': 'type: object\n' });
    expect((await loadError('HEAD:spec/openapi.yaml', dir)).detail).toBe('$ref "./item.yaml" names a file that does not exist');
    expect((await loadContract('spec/openapi.yaml', { cwd: dir })).operations.size).toBe(1);
  });

  it('names an unknown revision, a missing spec, a folder and a source outside a repository', async () => {
    const dir = repo(SPLIT);
    expect((await loadError('v9:spec/openapi.yaml', dir)).message).toBe('v9:spec/openapi.yaml: cannot read from git: unknown revision "v9"');
    expect((await loadError('HEAD:spec/nope.yaml', dir)).message).toBe('HEAD:spec/nope.yaml: cannot read from git: spec/nope.yaml does not exist at HEAD');
    expect((await loadError('HEAD:spec', dir)).message).toBe('HEAD:spec: is a directory in git, not a spec file; refused');
    const outside = path.dirname(dir);
    expect((await loadError('HEAD:openapi.yaml', outside)).message).toBe(`HEAD:openapi.yaml: cannot read from git: ${outside} is not inside a git repository`);
  });
});
