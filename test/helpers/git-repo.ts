import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** Commits without any global or system git configuration of the machine running the tests. */
export const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };

// Every repository a test file makes goes when the file is done.
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A git repository with `committed` in one commit, then `working` written (uncommitted) on top; `null` deletes. */
export function repo(committed: Record<string, string>, working: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-check-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
  const write = (files: Record<string, string | null>) => {
    for (const [file, text] of Object.entries(files)) {
      if (text === null) rmSync(path.join(dir, file));
      else {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
    }
  };
  git('init', '-q', '-b', 'main');
  write(committed);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  write(working);
  return dir;
}
