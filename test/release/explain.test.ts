import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { rules } from '../../rules/index.js';
import { cli } from './cli.js';
import { ordersSpec, writeSpecs, removeTempDirs } from './specs.js';

afterAll(removeTempDirs);

const EXAMPLE = ['fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml'] as [string, string];
const byId = new Map(rules.map((r) => [r.id, r]));

describe('explanations on findings', () => {
  it('carries the rule docs (why, fix) on every finding', async () => {
    const report = await compare(...EXAMPLE);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      const rule = byId.get(f.rule)!;
      expect(f.why, f.rule).toBe(rule.docs.why);
      expect(f.fix, f.rule).toBe(rule.docs.fix);
    }
    const removed = report.findings.find((f) => f.rule === 'operation-removed')!;
    expect(removed.why).toMatch(/404/);
    expect(removed.fix).toMatch(/[Dd]eprecate/);
  });

  it('names the interaction style of every operation a finding mentions, from the old contract when removed', async () => {
    const report = await compare(...EXAMPLE);
    expect(report.styles).toEqual({
      'DELETE /trips/{id}': 'notification',
      'GET /trips': 'request/response',
      'GET /trips/{tripId}': 'request/response',
      'POST /trips': 'request/response',
    });
  });
});

describe('recommendation alternatives', () => {
  it('names all three compatible alternatives when requirements were added and things removed', async () => {
    const report = await compare(...EXAMPLE);
    const alts = report.recommendation.alternatives!;
    expect(alts.map((a) => [a.strategy, a.findings])).toEqual([
      ['optional-with-default', 1],
      ['deprecate-then-remove', 2],
      ['url-version', 4],
    ]);
    expect(report.recommendation.text).toMatch(/optional with a default/);
    expect(report.recommendation.text).toMatch(/deprecate .* remove them after the sunset/);
    expect(report.recommendation.text).toMatch(/under \/v2/);
  });

  it('offers only optional-with-default and /v2 when the only break is a new required request field', async () => {
    const { paths } = writeSpecs({
      'old.json': ordersSpec('1.0.0'),
      'new.json': ordersSpec('1.1.0', { required: ['item', 'qty'], props: { item: { type: 'string' }, qty: { type: 'integer' } } }),
    });
    const report = await compare(paths['old.json']!, paths['new.json']!);
    expect(report.verdict).toBe('breaking');
    expect(report.recommendation.alternatives!.map((a) => a.strategy)).toEqual(['optional-with-default', 'url-version']);
  });

  it('has no alternatives when nothing breaks', async () => {
    const { paths } = writeSpecs({
      'old.json': ordersSpec('1.0.0'),
      'new.json': ordersSpec('1.1.0', { props: { item: { type: 'string' }, note: { type: 'string' } } }),
    });
    const report = await compare(paths['old.json']!, paths['new.json']!);
    expect(report.verdict).toBe('compatible');
    expect(report.recommendation.alternatives).toBeUndefined();
    expect(report.recommendation.text).not.toMatch(/alternatives/);
  });
});

describe('explanations in the breaking report', () => {
  it('text: every breaking finding is followed by why and fix; other levels are not', async () => {
    const { stdout } = await cli(['breaking', ...EXAMPLE]);
    const lines = stdout.split('\n');
    const breaking = lines.flatMap((l, i) => (l.startsWith('  x breaking') ? [i] : []));
    expect(breaking).toHaveLength(4);
    for (const i of breaking) {
      expect(lines[i + 2], lines[i]).toMatch(/^ {6}why: \S/);
      expect(lines[i + 3], lines[i]).toMatch(/^ {6}fix: \S/);
    }
    expect(lines.filter((l) => l.startsWith('      why: '))).toHaveLength(4);
  });

  it('markdown: one why/instead entry per breaking rule', async () => {
    const { stdout } = await cli(['breaking', ...EXAMPLE, '--format', 'markdown']);
    const section = stdout.slice(stdout.indexOf('<summary>Why these break and what to do instead</summary>'));
    const entries = section.split('\n').filter((l) => l.startsWith('- '));
    expect(entries.map((l) => /<code>([^<]+)<\/code>/.exec(l)![1])).toEqual(['operation-removed', 'input-constraint-tightened', 'output-property-removed', 'input-required-property-added']);
    expect(entries[3]).toBe('- <code>input-required-property-added</code>: Existing clients do not send the new property, so their requests fail validation. **Instead:** Add it as optional, or give it a `default` the provider applies.');
  });

  it('markdown: no such section without breaking changes', async () => {
    const { paths } = writeSpecs({ 'old.json': ordersSpec('1.0.0'), 'new.json': ordersSpec('1.1.0', { props: { item: { type: 'string' }, note: { type: 'string' } } }) });
    const { stdout } = await cli(['changelog', paths['old.json']!, paths['new.json']!, '--format', 'markdown']);
    expect(stdout).toContain('optional property note added');
    expect(stdout).not.toContain('Who breaks');
    expect((await cli(['breaking', paths['old.json']!, paths['new.json']!, '--format', 'markdown'])).stdout).not.toContain('Why these break');
  });
});
