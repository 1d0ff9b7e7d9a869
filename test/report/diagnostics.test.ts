// A waiver that matches no finding is a warning diagnostic: in the Report, in every reporter, never in the
// verdict or the exit code. A waiver that is used produces none.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/compare.js';
import type { EngineConfig } from '../../src/engine/evaluate.js';
import { formatReport } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';

const OLD = 'fixtures/config/old.yaml';
const NEW = 'fixtures/config/new.yaml';
const now = new Date('2026-06-01T00:00:00Z');
const USED = { rule: 'operation-removed', operation: 'DELETE /trips/{id}', reason: 'no traffic for 90 days' };
const UNUSED = { rule: 'operation-removed', operation: 'DELETE /bookings/{id}', reason: 'gone long ago' };
const UNUSED_MESSAGE = 'waiver ignore[1] (operation-removed for DELETE /bookings/{id}) matches no finding: remove it, or correct its rule, operation or pointer';

const run = (config: EngineConfig, configFile?: string) => compare(OLD, NEW, { cwd: ROOT, config: { now, ...config }, ...(configFile ? { configFile } : {}) });
const reportSchema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);
const sarifSchema = JSON.parse(readFileSync(path.join(ROOT, 'test/report/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false }).compile(sarifSchema);

describe('unused waivers in the Report', () => {
  it('a used waiver produces no diagnostics (and no `diagnostics` key)', async () => {
    const r = await run({ ignore: [USED] });
    expect(r.findings.filter((f) => f.waived).map((f) => f.rule)).toEqual(['operation-removed']);
    expect(r.diagnostics).toBeUndefined();
    expect(JSON.parse(formatReport(r, 'json'))).not.toHaveProperty('diagnostics');
    expect(formatReport(r, 'text')).not.toContain('Diagnostics');
  });

  it('an unused waiver is exactly one warning diagnostic; verdict, bump and summary do not change', async () => {
    const used = await run({ ignore: [USED] });
    const r = await run({ ignore: [USED, UNUSED] }, 'apicompat.yaml');
    expect(r.diagnostics).toEqual([{ level: 'warning', code: 'unused-waiver', message: UNUSED_MESSAGE, pointer: '/ignore/1', waiver: UNUSED, file: 'apicompat.yaml' }]);
    expect({ verdict: r.verdict, bump: r.bump, summary: r.summary, findings: r.findings }).toEqual({ verdict: used.verdict, bump: used.bump, summary: used.summary, findings: used.findings });
    expect(validateReport(r), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('a waiver covered by an earlier one still matches, so it is not stale; a wrong rule is', async () => {
    const r = await run({ ignore: [USED, { ...USED, reason: 'same finding again' }, { ...USED, rule: 'operation-id-changed' }] });
    expect(r.diagnostics?.map((d) => d.pointer)).toEqual(['/ignore/2']);
    expect(r.diagnostics?.[0]?.message).toBe('waiver ignore[2] (operation-id-changed for DELETE /trips/{id}) matches no finding: remove it, or correct its rule, operation or pointer');
  });

  it('names a pointer waiver by its pointer', async () => {
    const r = await run({ ignore: [{ rule: 'output-enum-value-added', pointer: '/paths/~1nowhere', reason: 'x' }] });
    expect(r.diagnostics?.map((d) => d.message)).toEqual(['waiver ignore[0] (output-enum-value-added at /paths/~1nowhere) matches no finding: remove it, or correct its rule, operation or pointer']);
    expect(r.diagnostics?.[0]).not.toHaveProperty('file');
  });
});

describe('every reporter shows the diagnostic', () => {
  let r: Report;
  beforeAll(async () => {
    r = await run({ ignore: [USED, UNUSED] }, 'apicompat.yaml');
  });

  it('json: the Report as is', () => {
    const json = JSON.parse(formatReport(r, 'json'));
    expect(json.diagnostics).toHaveLength(1);
    expect(json.diagnostics[0]).toEqual({ level: 'warning', code: 'unused-waiver', message: UNUSED_MESSAGE, file: 'apicompat.yaml', pointer: '/ignore/1', waiver: UNUSED });
    expect(Object.keys(json).at(-1)).toBe('diagnostics');
  });

  it('text: one line and its place, after the verdict', () => {
    const lines = formatReport(r, 'text').trimEnd().split('\n');
    const at = lines.indexOf('Diagnostics (1; they do not change the verdict):');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Verdict: ')));
    expect(lines.slice(at)).toEqual(['Diagnostics (1; they do not change the verdict):', `  ! warning    ${UNUSED_MESSAGE} [unused-waiver]`, '      apicompat.yaml /ignore/1']);
  });

  it('markdown: a list item, escaped', () => {
    expect(formatReport(r, 'markdown')).toContain(
      '**Diagnostics** (1; they do not change the verdict):\n\n- 🟠 warning: waiver ignore\\[1\\] (operation-removed for DELETE /bookings/{id}) matches no finding: remove it, or correct its rule, operation or pointer (<code>unused-waiver</code>, <code>apicompat.yaml /ignore/1</code>)\n',
    );
  });

  it('github: a ::warning on the config file', () => {
    const lines = formatReport(r, 'github').trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('unused-waiver'))).toEqual([`::warning file=apicompat.yaml,title=apicompat warning%3A unused-waiver::${UNUSED_MESSAGE}`]);
  });

  it('sarif: a tool configuration notification of level warning, not a result', () => {
    const log = JSON.parse(formatReport(r, 'sarif'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const runLog = log.runs[0];
    expect(runLog.results).toHaveLength(r.findings.length);
    expect(runLog.tool.driver.notifications).toEqual([{ id: 'unused-waiver', shortDescription: { text: 'A waiver of the configuration matches no finding' } }]);
    expect(runLog.invocations).toEqual([
      {
        executionSuccessful: true,
        toolConfigurationNotifications: [
          {
            level: 'warning',
            message: { text: 'waiver ignore\\[1\\] (operation-removed for DELETE /bookings/{id}) matches no finding: remove it, or correct its rule, operation or pointer' },
            descriptor: { id: 'unused-waiver', index: 0 },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'apicompat.yaml' } }, logicalLocations: [{ fullyQualifiedName: '/ignore/1', kind: 'value' }] }],
          },
        ],
      },
    ]);
  });

  it('junit: the suite’s system-err, no extra test case or failure', () => {
    const xml = formatReport(r, 'junit');
    expect(xml).toContain(`    <system-err>warning unused-waiver: ${UNUSED_MESSAGE} (apicompat.yaml /ignore/1)</system-err>\n  </testsuite>`);
    expect(xml.match(/<testcase /g)).toHaveLength(r.findings.length);
  });

  it('without diagnostics, sarif has no invocations and junit no system-err', async () => {
    const clean = await run({ ignore: [USED] });
    expect(JSON.parse(formatReport(clean, 'sarif')).runs[0]).not.toHaveProperty('invocations');
    expect(formatReport(clean, 'junit')).not.toContain('system-err');
  });
});

describe('spec-controlled text in a waiver cannot inject output', () => {
  it('escapes a waiver operation carrying a workflow command and markup', async () => {
    const evil = { rule: 'operation-removed', operation: 'GET /x\n::error::pwned <img src=x>', reason: 'x' };
    const r = await run({ ignore: [evil] });
    const gh = formatReport(r, 'github').split('\n').filter((l) => l.includes('unused-waiver'));
    expect(gh).toEqual(['::warning title=apicompat warning%3A unused-waiver::waiver ignore[0] (operation-removed for GET /x%0A::error::pwned <img src=x>) matches no finding: remove it, or correct its rule, operation or pointer [/ignore/0]']);
    expect(formatReport(r, 'text')).toContain('  ! warning    waiver ignore[0] (operation-removed for GET /x ::error::pwned <img src=x>) matches no finding');
    expect(formatReport(r, 'markdown')).toContain('GET /x ::error::pwned &lt;img src=x>');
  });
});

describe('CLI', () => {
  let dir: string;
  const args = (...extra: string[]) => ['breaking', ...extra, path.join(ROOT, OLD), path.join(ROOT, NEW)];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'apicompat-diagnostics-'));
    writeFileSync(path.join(dir, 'apicompat.yaml'), `ignore:\n  - rule: operation-removed\n    operation: DELETE /bookings/{id}\n    reason: gone long ago\n`);
    writeFileSync(path.join(dir, 'used.yaml'), `ignore:\n  - rule: operation-removed\n    operation: DELETE /trips/{id}\n    reason: no traffic\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the config file it found and keeps the exit code', async () => {
    const json = await runCli(args('--format', 'json'), dir);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'unused-waiver',
        message: 'waiver ignore[0] (operation-removed for DELETE /bookings/{id}) matches no finding: remove it, or correct its rule, operation or pointer',
        file: 'apicompat.yaml',
        pointer: '/ignore/0',
        waiver: { rule: 'operation-removed', operation: 'DELETE /bookings/{id}', reason: 'gone long ago' },
      },
    ]);
    // Still breaking: the stale waiver waives nothing, and the diagnostic is not an error.
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    const text = await runCli(args(), dir);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n').filter((l) => l.includes('[unused-waiver]'))).toHaveLength(1);
    expect(text.stdout).toContain('      apicompat.yaml /ignore/0\n');
  });

  it('a used waiver gives no diagnostics', async () => {
    const r = await runCli(args('--config', 'used.yaml', '--format', 'json'), dir);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('diagnostics');
    expect(r.code).toBe(0);
  });
});
