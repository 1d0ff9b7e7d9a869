import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { LoadError } from '../../src/errors.js';
import { ROOT } from '../helpers/fixtures.js';

function repoWithTwoCommits(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync(path.join(ROOT, 'fixtures/example/trips-v1.yaml')));
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync(path.join(ROOT, 'fixtures/example/trips-v2.yaml')));
  git('commit', '-qam', 'change');
  return dir;
}

describe('git sources', () => {
  it('reads REF:path with git show and compares it with the working tree', async () => {
    const dir = repoWithTwoCommits();
    const report = await compare('HEAD~1:openapi.yaml', 'openapi.yaml', { cwd: dir });
    expect(report.sources.old.file).toBe('HEAD~1:openapi.yaml');
    expect(report.verdict).toBe('breaking');
    const removed = report.findings.find((f) => f.rule === 'operation-removed');
    expect(removed?.old).toMatchObject({ file: 'HEAD~1:openapi.yaml', line: 47 });
  });

  it('accepts the git: prefix and compares two revisions', async () => {
    const dir = repoWithTwoCommits();
    const report = await compare('git:HEAD~1:openapi.yaml', 'git:HEAD:openapi.yaml', { cwd: dir });
    expect(report.verdict).toBe('breaking');
  });

  it('names the source when the revision does not exist', async () => {
    const dir = repoWithTwoCommits();
    await expect(compare('nosuchref:openapi.yaml', 'openapi.yaml', { cwd: dir })).rejects.toThrow(LoadError);
    await expect(compare('nosuchref:openapi.yaml', 'openapi.yaml', { cwd: dir })).rejects.toThrow(/^nosuchref:openapi\.yaml: cannot read from git/);
  });
});
