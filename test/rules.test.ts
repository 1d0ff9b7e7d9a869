import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { compareFixture, essentials, FIXTURES, quietDirs, readExpected } from './helpers/fixtures.js';
import { PENDING_FIXTURES } from './meta/waivers.js';

// Each rule proves itself on its own fixture pair: fixtures/<id>/{old,new}.yaml must produce exactly the
// findings of that rule listed in expected.json, and every fixtures/<id>/quiet*/ pair (a neighbouring
// compatible change, another flow, the reverse edit) must change something without this rule firing.
describe.each(rules.filter((r) => !PENDING_FIXTURES.includes(r.id)).map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const dir = path.join(FIXTURES, id);

  it('fires on its fixture pair', async () => {
    const report = await compareFixture(dir);
    const mine = report.findings.filter((f) => f.rule === id);
    expect(mine.length).toBeGreaterThan(0);
    for (const f of mine) expect(f.level).toBe(rule.level);
    expect(mine.map(essentials)).toEqual(readExpected(dir));
  });

  it('stays quiet on the neighbouring change', async () => {
    const quiet = quietDirs(dir);
    expect(quiet.length).toBeGreaterThan(0);
    for (const q of quiet) {
      const report = await compareFixture(q);
      expect(report.findings.length, `${path.relative(FIXTURES, q)} should change something`).toBeGreaterThan(0);
      expect(report.findings.filter((f) => f.rule === id).map((f) => f.message), path.relative(FIXTURES, q)).toEqual([]);
    }
  });
});
