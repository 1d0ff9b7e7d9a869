import { describe, expect, it } from 'vitest';
import { summaryMarkdown, combinedFile } from '../../src/multi/summary.js';
import type { Outcome } from '../../src/multi/targets.js';
import { compare } from '../../src/compare.js';
import { formatReport } from '../../src/report/index.js';
import { ROOT } from '../helpers/fixtures.js';

async function outcome(): Promise<Outcome> {
  const report = await compare('fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml', { cwd: ROOT });
  return { target: { spec: 'trips.yaml', base: 'main:./trips.yaml', head: 'trips.yaml', state: 'both' }, report };
}

describe('step summary size', () => {
  it('is the full markdown report when it fits', async () => {
    const o = await outcome();
    const full = summaryMarkdown([o]);
    expect(full).toContain('🟢 compatible');
    expect(full).not.toContain('not shown');
  });

  it('drops compatible and info findings first when the report is too large', async () => {
    const o = await outcome();
    const full = Buffer.byteLength(summaryMarkdown([o]));
    const reduced = summaryMarkdown([o], full - 1);
    expect(reduced).not.toContain('| 🟢 compatible |');
    expect(reduced).toContain('_5 lower-level changes not shown._');
    expect(reduced).toContain('| 🔴 breaking |');
  });

  it('cuts at a section boundary with a note when even that is too large', async () => {
    const o = await outcome();
    const out = summaryMarkdown([o], 2500);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(2500);
    expect(out).toMatch(/<\/details>\n\n_The report is too large for a step summary and was cut here;/);
    expect(out.match(/<details/g)?.length).toBe(out.match(/<\/details>/g)?.length);
  });
});

describe('report file for several contracts', () => {
  it('merges SARIF into one run and JSON into an array', async () => {
    const a = (await outcome()).report!;
    const b = (await outcome()).report!;
    const sarif = JSON.parse(combinedFile([a, b], 'sarif'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(20);
    expect(JSON.parse(combinedFile([a, b], 'json'))).toHaveLength(2);
    expect(combinedFile([a, b], 'junit').match(/<testcase /g)).toHaveLength(20);
  });

  it('puts several contracts in one html page, a section each; one contract is the plain page', async () => {
    const a = (await outcome()).report!;
    const b = { ...a, sources: { ...a.sources, new: { ...a.sources.new, file: 'other.yaml' } } };
    const page = combinedFile([a, b], 'html', [{ level: 'warning', code: 'unused-waiver', message: 'stale waiver' }]);
    expect(page).toContain('<span class="note">(2 contracts, bump major)</span>');
    expect([...page.matchAll(/<section>\n<h2><code>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual(['fixtures/example/trips-v2.yaml', 'other.yaml']);
    expect(page.match(/<li class="finding"/g)).toHaveLength(20);
    expect(page).toContain('stale waiver');
    expect(combinedFile([a], 'html')).toBe(formatReport(a, 'html'));
  });
});
