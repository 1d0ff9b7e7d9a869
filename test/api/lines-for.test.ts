import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';

const OLD = 'fixtures/example/trips-v1.yaml';
const NEW = 'fixtures/example/trips-v2.yaml';

describe('compare: linesFor', () => {
  it('gives source lines to every finding by default', async () => {
    const report = await compare(OLD, NEW);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) for (const loc of [f.old, f.new]) if (loc) expect(loc.line, f.message).toBeGreaterThan(0);
  });

  it('locates only the findings it is asked for; the others keep their pointers and the same verdict', async () => {
    const all = await compare(OLD, NEW);
    const some = await compare(OLD, NEW, { linesFor: (f) => f.level === 'breaking' });
    expect(some.verdict).toBe(all.verdict);
    expect(some.findings.map((f) => f.message)).toEqual(all.findings.map((f) => f.message));
    const kinds = new Set(some.findings.map((f) => f.level));
    expect(kinds.has('breaking') && kinds.size > 1).toBe(true);
    some.findings.forEach((f, i) => {
      const want = all.findings[i]!;
      expect(f.new?.pointer ?? f.old?.pointer).toBe(want.new?.pointer ?? want.old?.pointer);
      const lines = [f.old?.line, f.new?.line].filter((x) => x !== undefined);
      if (f.level === 'breaking') expect([f.old?.line, f.new?.line]).toEqual([want.old?.line, want.new?.line]);
      else expect(lines).toEqual([]);
    });
  });
});
