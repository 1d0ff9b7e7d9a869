import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './cli.js';
import { ordersSpec, writeSpecs, removeTempDirs } from './specs.js';

afterAll(removeTempDirs);

// old 1.4.0 -> new with a new required request field (breaking) or a new optional one (compatible).
function pair(newVersion: string, change: 'breaking' | 'compatible' | 'none', oldVersion = '1.4.0') {
  const props = { item: { type: 'string' }, qty: { type: 'integer' } };
  const next = change === 'breaking' ? ordersSpec(newVersion, { required: ['item', 'qty'], props }) : change === 'compatible' ? ordersSpec(newVersion, { props }) : ordersSpec(newVersion);
  const { paths } = writeSpecs({ 'old.json': ordersSpec(oldVersion), 'new.json': next });
  return [paths['old.json']!, paths['new.json']!];
}

describe('apicompat version', () => {
  it('prints the recommended bump and next version', async () => {
    const { code, stdout } = await cli(['version', ...pair('1.5.0', 'breaking')]);
    expect(code).toBe(0);
    expect(stdout).toBe('recommended bump: major (1.4.0 -> 2.0.0); 1 breaking, 0 warning, 0 compatible, 0 info\n');
  });

  it('--check fails with exit 1 when a breaking change ships as a minor bump', async () => {
    const [a, b] = pair('1.5.0', 'breaking');
    const { code, stdout } = await cli(['version', a!, b!, '--check']);
    expect(code).toBe(1);
    expect(stdout).toBe(`version too low: ${b} declares 1.5.0, a minor bump over 1.4.0, but the changes need a major bump (at least 2.0.0): 1 breaking change (run \`apicompat breaking\` to see them)\n`);
  });

  it('--check passes when the declared version is enough (major for breaking, minor or more for compatible)', async () => {
    for (const [version, change] of [['2.0.0', 'breaking'], ['1.5.0', 'compatible'], ['2.0.0', 'compatible'], ['1.4.0', 'none']] as const) {
      const { code, stdout } = await cli(['version', ...pair(version, change), '--check']);
      expect(code, `${change} as ${version}: ${stdout}`).toBe(0);
      expect(stdout).toMatch(/^ok: /);
    }
  });

  it('--check fails when a compatible addition ships as a patch, or the version did not move', async () => {
    for (const version of ['1.4.1', '1.4.0']) {
      const { code, stdout } = await cli(['version', ...pair(version, 'compatible'), '--check']);
      expect(code, version).toBe(1);
      expect(stdout).toContain('the changes need a minor bump (at least 1.5.0)');
    }
  });

  it('--check with a non-semver info.version is a usage error (exit 2), never a pass', async () => {
    const { code, stderr } = await cli(['version', ...pair('next', 'breaking'), '--check']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^apicompat: cannot check the version: info.version "1.4.0" \(.*old.json\) -> "next" \(.*new.json\) is not semver\n$/);
  });

  it('--format json gives the advice as data', async () => {
    const { code, stdout } = await cli(['version', ...pair('1.5.0', 'breaking'), '--check', '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ bump: 'major', currentVersion: '1.4.0', nextVersion: '2.0.0', declaredVersion: '1.5.0', declaredBump: 'minor', ok: false });
  });

  it('works on the bundled example (same info.version on both sides: too low)', async () => {
    const { code, stdout } = await cli(['version', 'fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml', '--check']);
    expect(code).toBe(1);
    expect(stdout).toContain('declares 1.4.0, no bump over 1.4.0, but the changes need a major bump (at least 2.0.0): 4 breaking changes');
  });
});
