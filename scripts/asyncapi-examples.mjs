// Fetches the example documents that ship in the `@asyncapi/cli` npm package into a local cache folder, once.
// 0.59.1 is the last release whose examples are AsyncAPI 2.x (2.2–2.6); the 6.x releases ship 3.1 ones.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder holding the `assets/examples` of one `@asyncapi/cli` version, downloaded with `npm pack` and
 * extracted with `tar` into `<cacheDir>/asyncapi-cli-<version>/` unless it is already there.
 */
export function asyncapiCliExamples(version, cacheDir) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`not a version: ${version}`);
  const dir = path.join(cacheDir, `asyncapi-cli-${version}`);
  const examples = path.join(dir, 'examples');
  if (existsSync(examples)) return examples;
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  try {
    execFileSync('npm', ['pack', `@asyncapi/cli@${version}`, '--pack-destination', tmp, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    execFileSync('tar', ['-xzf', path.join(tmp, tgz), '-C', tmp, 'package/assets/examples']);
    mkdirSync(dir, { recursive: true });
    renameSync(path.join(tmp, 'package', 'assets', 'examples'), examples);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return examples;
}
