// `apicompat check` with one config for several specs: a waiver is stale only when it matches nothing in any
// of them, and then it is reported once for the run, not once per spec.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/compare.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { settleDiagnostics } from '../../src/multi/diagnostics.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';
import { repo } from '../helpers/git-repo.js';

const V1 = readFileSync(path.join(ROOT, 'fixtures/example/trips-v1.yaml'), 'utf8');
const V2 = readFileSync(path.join(ROOT, 'fixtures/example/trips-v2.yaml'), 'utf8');
const OTHER = readFileSync(path.join(ROOT, 'fixtures/operation-removed/old.yaml'), 'utf8');

const CONFIG = `specs:
  - services/*/openapi.yaml
ignore:
  - rule: operation-removed
    operation: DELETE /trips/{id}
    reason: used in trips only
  - rule: operation-removed
    operation: DELETE /nowhere
    reason: stale
`;
const STALE = 'waiver ignore[1] (operation-removed for DELETE /nowhere) matches no finding in any of the 2 contracts: remove it, or correct its rule, operation or pointer';

describe('apicompat check: unused waivers', () => {
  const monorepo = () => repo({ 'apicompat.yaml': CONFIG, 'services/trips/openapi.yaml': V1, 'services/users/openapi.yaml': OTHER }, { 'services/trips/openapi.yaml': V2 });

  it('json: one diagnostic for the run, none per spec (the trips waiver is used there, unused in users)', async () => {
    const r = await runCli(['check', '--format', 'json'], monorepo());
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { verdict: string; diagnostics?: Diagnostic[]; specs: Array<{ spec: string; report: Report }> };
    expect(out.diagnostics).toEqual([{ level: 'warning', code: 'unused-waiver', message: STALE, pointer: '/ignore/1', waiver: { rule: 'operation-removed', operation: 'DELETE /nowhere', reason: 'stale' }, file: 'apicompat.yaml' }]);
    expect(out.specs.map((s) => [s.spec, s.report.diagnostics])).toEqual([
      ['services/trips/openapi.yaml', undefined],
      ['services/users/openapi.yaml', undefined],
    ]);
    // The diagnostic changes neither the verdict nor the exit code.
    expect(out.verdict).toBe('breaking');
    expect(r.code).toBe(1);
  });

  it('text, markdown and github: shown once', async () => {
    const dir = monorepo();
    const text = await runCli(['check'], dir);
    expect(text.stdout.split('\n').filter((l) => l.includes('[unused-waiver]'))).toEqual([`  ! warning    ${STALE} [unused-waiver]`]);
    const md = await runCli(['check', '--format', 'markdown'], dir);
    expect(md.stdout.match(/unused-waiver/g)).toHaveLength(1);
    const gh = await runCli(['check', '--format', 'github'], dir);
    expect(gh.stdout.split('\n').filter((l) => l.includes('unused-waiver'))).toEqual([`::warning file=apicompat.yaml,title=apicompat warning%3A unused-waiver::${STALE}`]);
  });
});

describe('settleDiagnostics', () => {
  const d = (i: number): Diagnostic => ({ level: 'warning', code: 'unused-waiver', message: `waiver ignore[${i}] (r) matches no finding: remove it`, pointer: `/ignore/${i}` });
  const report = (...diagnostics: Diagnostic[]) => ({ report: { findings: [], ...(diagnostics.length ? { diagnostics } : {}) } as unknown as Report });

  it('one comparison keeps its own diagnostics, named after the config file', () => {
    const { outcomes, diagnostics } = settleDiagnostics([report(d(0))], 'apicompat.yaml');
    expect(diagnostics).toEqual([]);
    expect(outcomes[0]!.report.diagnostics).toEqual([{ ...d(0), file: 'apicompat.yaml' }]);
  });

  it('several: only the waivers unused in every comparison, once', () => {
    const { outcomes, diagnostics } = settleDiagnostics([report(d(0), d(1)), report(d(1)), { report: undefined }]);
    expect(diagnostics).toEqual([{ ...d(1), message: 'waiver ignore[1] (r) matches no finding in any of the 2 contracts: remove it' }]);
    expect(outcomes.map((o) => o.report?.diagnostics)).toEqual([undefined, undefined, undefined]);
  });
});
