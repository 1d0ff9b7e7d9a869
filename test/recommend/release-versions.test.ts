import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compare } from '../../src/compare.js';
import type { Finding } from '../../src/engine/types.js';
import { recommend } from '../../src/recommend/index.js';
import { releasePosition } from '../../src/recommend/semver.js';
import { ROOT } from '../helpers/fixtures.js';

const breaking = [{ rule: 'operation-removed', level: 'breaking', kind: 'operation.removed', message: 'm', operation: 'GET /a' } as unknown as Finding];
const advise = (currentVersion: string, zeroMajorBreaking?: boolean) => recommend({ findings: breaking, rules: new Map(), servers: [], currentVersion, ...(zeroMajorBreaking !== undefined ? { zeroMajorBreaking } : {}) });

/** The example pair (6 breaking changes) with both info.version fields set to `from` and `to`. */
function pair(from: string, to: string): [string, string] {
  const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-zero-'));
  const write = (name: string, src: string, version: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, readFileSync(path.join(ROOT, src), 'utf8').replace('version: 1.4.0', `version: ${version}`));
    return file;
  };
  return [write('old.yaml', 'fixtures/example/trips-v1.yaml', from), write('new.yaml', 'fixtures/example/trips-v2.yaml', to)];
}

async function run(args: string[]) {
  let stdout = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: () => {}, env: { NO_COLOR: '1' }, isTTY: false, cwd: ROOT });
  return { code, stdout };
}

describe('semver for 0.x versions', () => {
  it('a breaking change on 0.30.0 recommends 0.31.0 and says why', () => {
    const r = advise('0.30.0');
    expect(r).toMatchObject({ verdict: 'breaking', bump: 'major', nextVersion: '0.31.0' });
    expect(r.recommendation.text).toMatch(/^1 breaking change: release a new minor version \(0\.30\.0 -> 0\.31\.0: in 0\.x the minor is the breaking position by semver convention; zero-major-breaking asks for 1\.0\.0\)/);
    expect(advise('v0.0.7').nextVersion).toBe('v0.1.0');
  });

  it('zeroMajorBreaking opts out: 0.30.0 -> 1.0.0; versions from 1.0.0 on are not affected', () => {
    expect(advise('0.30.0', true).nextVersion).toBe('1.0.0');
    expect(advise('0.30.0', true).recommendation.text).toMatch(/^1 breaking change: release a major version \(0\.30\.0 -> 1\.0\.0\)/);
    expect(advise('1.4.0').nextVersion).toBe('2.0.0');
    expect(releasePosition('0.3.1', 'minor')).toBe('minor');
    expect(releasePosition('0.3.1', 'major')).toBe('minor');
    expect(releasePosition('not semver', 'major')).toBe('major');
  });

  it('compare() and the CLI take the option', async () => {
    const [old, neu] = pair('0.30.0', '0.30.0');
    expect((await compare(old, neu)).nextVersion).toBe('0.31.0');
    expect((await compare(old, neu, { zeroMajorBreaking: true })).nextVersion).toBe('1.0.0');
    expect((await run(['breaking', old, neu])).stdout).toContain('bump: major (0.30.0 -> 0.31.0)');
    expect((await run(['breaking', old, neu, '--zero-major-breaking'])).stdout).toContain('bump: major (0.30.0 -> 1.0.0)');
  });

  it('version --check accepts the minor bump a breaking change needs in 0.x', async () => {
    const ok = await run(['version', ...pair('0.30.0', '0.31.0'), '--check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('a minor bump over 0.30.0; the changes need a major bump, a minor one in 0.x');
    const low = await run(['version', ...pair('0.30.0', '0.30.1'), '--check']);
    expect(low.code).toBe(1);
    expect(low.stdout).toContain('but the changes need a major bump, a minor one in 0.x (at least 0.31.0)');
    expect((await run(['version', ...pair('0.30.0', '0.31.0'), '--check', '--zero-major-breaking'])).code).toBe(1);
  });
});

describe('--allow-major', () => {
  it('breaking changes do not fail the run when NEW already declares the major release; they are still listed', async () => {
    const r = await run(['breaking', ...pair('1.4.0', '2.0.0'), '--allow-major']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('operation DELETE /trips/{id} removed');
    expect(r.stdout).toContain('--allow-major: breaking changes listed but not failing: info.version 2.0.0 is already a breaking release over 1.4.0\n');
    expect((await run(['changelog', ...pair('1.4.0', '2.0.0'), '--allow-major'])).code).toBe(0);
  });

  it('still fails without a major bump, without the option, and on warnings with --fail-on warning', async () => {
    const minor = await run(['breaking', ...pair('1.4.0', '1.5.0'), '--allow-major']);
    expect(minor.code).toBe(1);
    expect(minor.stdout).not.toContain('--allow-major');
    expect((await run(['breaking', ...pair('1.4.0', '2.0.0')])).code).toBe(1);
    expect((await run(['breaking', ...pair('1.4.0', '2.0.0'), '--allow-major', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('in 0.x the minor bump is the breaking release', async () => {
    expect((await run(['breaking', ...pair('0.30.0', '0.31.0'), '--allow-major'])).code).toBe(0);
    expect((await run(['breaking', ...pair('0.30.0', '0.30.1'), '--allow-major'])).code).toBe(1);
  });
});
