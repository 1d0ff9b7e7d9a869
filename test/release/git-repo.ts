import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tempDir } from './specs.js';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };

/** A throwaway git repository for release-flow tests. */
export class GitRepo {
  readonly dir = tempDir('apicompat-git-');
  readonly env = GIT_ENV;

  constructor() {
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  }

  write(file: string, text: string): this {
    writeFileSync(path.join(this.dir, file), text);
    return this;
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }
}
