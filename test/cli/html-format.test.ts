import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';
import { repo } from '../helpers/git-repo.js';

const V1 = 'fixtures/example/trips-v1.yaml';
const V2 = 'fixtures/example/trips-v2.yaml';
const findings = (page: string, level?: string) => page.match(new RegExp(`<li class="finding" data-level="${level ?? '\\w+'}"`, 'g'))?.length ?? 0;

describe('--format html', () => {
  it('breaking: a page with the breaking changes and warnings, the rest counted and pointed to; exit code as for any format', async () => {
    const r = await runCli(['breaking', V1, V2, '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect([findings(r.stdout), findings(r.stdout, 'breaking'), findings(r.stdout, 'warning')]).toEqual([5, 4, 1]);
    expect(r.stdout).toContain('5 lower-level changes are not included');
    // The summary still counts everything.
    expect(r.stdout).toContain('<div><dt>compatible</dt><dd><span class="level-compatible">5</span></dd></div>');
    expect((await runCli(['breaking', V1, V2, '--format', 'html', '--fail-on', 'never'])).code).toBe(0);
  });

  it('changelog: every change; --min-level leaves some out', async () => {
    const all = await runCli(['changelog', V1, V2, '-f', 'html']);
    expect(findings(all.stdout)).toBe(10);
    expect(all.stdout).not.toContain('not included');
    expect(findings((await runCli(['changelog', V1, V2, '-f', 'html', '--min-level', 'breaking'])).stdout)).toBe(4);
  });

  it('version and rules do not print html', async () => {
    for (const args of [['version', V1, V2, '-f', 'html'], ['rules', '-f', 'html']]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^apicompat: Invalid values:/);
    }
  });

  it('check: one page, an overview row and a section per spec, new and deleted specs said so', async () => {
    const dir = repo(
      { 'apicompat.yaml': 'specs:\n  - services/*/openapi.yaml\n', 'services/trips/openapi.yaml': readFileSync(path.join(ROOT, V1), 'utf8'), 'services/gone/openapi.yaml': readFileSync(path.join(ROOT, V1), 'utf8') },
      { 'services/trips/openapi.yaml': readFileSync(path.join(ROOT, V2), 'utf8'), 'services/orders/openapi.yaml': readFileSync(path.join(ROOT, V1), 'utf8'), 'services/gone/openapi.yaml': null },
    );
    const r = await runCli(['check', '--format', 'html'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<h1>apicompat: <span class="badge level-breaking">breaking</span> <span class="note">(3 contracts, bump major)</span></h1>');
    expect([...r.stdout.matchAll(/<section>\n<h2><code>([^<]+)<\/code>: <span class="badge level-\w+">(\w+)<\/span><\/h2>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'services/gone/openapi.yaml breaking',
      'services/orders/openapi.yaml compatible',
      'services/trips/openapi.yaml breaking',
    ]);
    expect(r.stdout).toContain('<p><strong>services/orders/openapi.yaml is new: compared with an empty contract</strong></p>');
    expect(r.stdout).toContain('<p><strong>services/gone/openapi.yaml was deleted: breaking for every client of it</strong></p>');
    expect(r.stdout.match(/id="filters"/g)).toHaveLength(1);
  });
});
