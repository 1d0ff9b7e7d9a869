import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { combineReports } from '../../src/recommend/combine.js';
import { combinedMarkdown } from '../../src/report/combined-markdown.js';
import { formatCombined } from '../../src/report/combined.js';
import type { Report, SpecReport } from '../../src/report/types.js';
import { ROOT } from '../helpers/fixtures.js';

async function outcome(): Promise<SpecReport> {
  const report = await compare('fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml', { cwd: ROOT });
  return { spec: 'trips.yaml', state: 'compared', report };
}
const summaryMarkdown = (specs: SpecReport[], budget?: number) => combinedMarkdown(combineReports(specs), budget);
const combined = (reports: Report[], diagnostics: Parameters<typeof combineReports>[1] = []) => combineReports(reports.map((report) => ({ spec: report.sources.new.file, state: 'compared' as const, report })), diagnostics);

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
  it('merges SARIF into one run; JSON is the combined report: worst verdict, largest bump, counts summed', async () => {
    const a = (await outcome()).report;
    const b = { ...a, verdict: 'compatible' as const, bump: 'minor' as const };
    const sarif = JSON.parse(formatCombined(combined([a, b]), 'sarif'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(20);
    const json = JSON.parse(formatCombined(combined([a, b]), 'json'));
    expect([json.verdict, json.bump, json.summary.breaking, json.specs.length]).toEqual(['breaking', 'major', 8, 2]);
    expect(JSON.parse(formatCombined(combined([b, b]), 'json')).verdict).toBe('compatible');
    expect(formatCombined(combined([a, b]), 'junit').match(/<testcase /g)).toHaveLength(20);
  });

  it('puts several contracts in one html page, a section each', async () => {
    const a = (await outcome()).report;
    const b = { ...a, sources: { ...a.sources, new: { ...a.sources.new, file: 'other.yaml' } } };
    const page = formatCombined(combined([a, b], [{ level: 'warning', code: 'unused-waiver', message: 'stale waiver' }]), 'html');
    expect(page).toContain('<span class="note">(2 contracts, bump major)</span>');
    expect([...page.matchAll(/<section>\n<h2><code>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual(['fixtures/example/trips-v2.yaml', 'other.yaml']);
    expect(page.match(/<li class="finding"/g)).toHaveLength(20);
    expect(page).toContain('stale waiver');
  });
});
