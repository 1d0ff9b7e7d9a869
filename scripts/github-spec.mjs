// Fetches GitHub's REST description (`@octokit/openapi` on npm) into a local cache folder, once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Path of `api.github.com.json` for one `@octokit/openapi` version, downloaded with `npm pack` and
 * extracted with `tar` into `<cacheDir>/gh-<version>/` unless it is already there.
 */
export function githubSpec(version, cacheDir) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`not a version: ${version}`);
  const dir = path.join(cacheDir, `gh-${version}`);
  const file = path.join(dir, 'api.github.com.json');
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const tgz = path.join(dir, `octokit-openapi-${version}.tgz`);
  execFileSync('npm', ['pack', `@octokit/openapi@${version}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['-xzf', tgz, '-C', dir, 'package/generated/api.github.com.json']);
  renameSync(path.join(dir, 'package', 'generated', 'api.github.com.json'), file);
  rmSync(path.join(dir, 'package'), { recursive: true, force: true });
  rmSync(tgz, { force: true });
  return file;
}
