// End to end on real data: GitHub's REST description (`npm pack @octokit/openapi@<v>`, ~12 MB JSON,
// ~1,000 operations), downloaded once into .cache/bench (gitignored; shared with `npm run bench`).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/compare.js';
import { ROOT } from '../helpers/fixtures.js';
import { githubSpec } from '../../scripts/github-spec.mjs';

const CACHE = path.join(ROOT, '.cache', 'bench');
const spec: Record<string, string> = {};
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', 'apicompat.js'), ...args], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

/** Operations of a raw spec keyed like apicompat does (method + path with variables blanked). */
function operationKeys(file: string): Map<string, string> {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const out = new Map<string, string>();
  for (const [p, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) if (item[m]) out.set(`${m.toUpperCase()} ${p.replace(/\{[^}]*\}/g, '{}')}`, `${m.toUpperCase()} ${p}`);
  }
  return out;
}

/** Webhooks of a raw spec (`x-webhooks`, as GitHub publishes them) keyed like apicompat does. */
function webhookKeys(file: string): string[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { 'x-webhooks'?: Record<string, Record<string, unknown>> };
  return Object.entries(doc['x-webhooks'] ?? {}).flatMap(([name, item]) => METHODS.filter((m) => item[m]).map((m) => `WEBHOOK ${name} ${m.toUpperCase()}`));
}

beforeAll(() => {
  for (const v of ['22.0.0', '23.0.0', '23.0.1', '23.0.2']) spec[v] = githubSpec(v, CACHE);
}, 600_000);

describe('GitHub REST description, real versions', () => {
  it('23.0.1 -> 23.0.2 (only info.version differs): nothing breaking, at most info', async () => {
    const report = await compare(spec['23.0.1']!, spec['23.0.2']!);
    expect(report.summary.breaking).toBe(0);
    expect(report.summary.warning).toBe(0);
    expect(['unchanged', 'compatible']).toContain(report.verdict);
    expect(report.findings.every((f) => f.level === 'info')).toBe(true);
    expect(report.currentVersion).toBe('23.0.1');
  }, 180_000);

  describe('22.0.0 -> 23.0.0 through the built CLI', () => {
    let run: { code: number; stdout: string; stderr: string };
    let report: Report;
    beforeAll(async () => {
      run = await runCli(['changelog', spec['22.0.0']!, spec['23.0.0']!, '--format', 'json']);
      report = JSON.parse(run.stdout) as Report;
    }, 300_000);

    it('exits 1 with a breaking verdict and a major bump, and nothing on stderr', () => {
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      expect(report.verdict).toBe('breaking');
      expect(report.bump).toBe('major');
      expect(report.summary.breaking).toBeGreaterThan(0);
    });

    it('reports exactly the operations that disappeared from the raw spec, each at its line', () => {
      const before = operationKeys(spec['22.0.0']!);
      const after = operationKeys(spec['23.0.0']!);
      const expected = [...before].filter(([k]) => !after.has(k)).map(([, op]) => op).sort();
      const removed = report.findings.filter((f) => f.rule === 'operation-removed');
      expect(removed.map((f) => f.operation).sort()).toEqual(expected);
      expect(expected).toContain('GET /orgs/{org}/team/{team_slug}/copilot/metrics');
      const lines = readFileSync(spec['22.0.0']!, 'utf8').split('\n');
      for (const f of removed) {
        const method = f.operation!.split(' ')[0]!.toLowerCase();
        expect(f.old!.line).toBeGreaterThan(0);
        expect(lines[f.old!.line! - 1]).toMatch(new RegExp(`^\\s*"${method}": \\{`));
      }
      const team = removed.find((f) => f.operation === 'GET /orgs/{org}/team/{team_slug}/copilot/metrics')!;
      expect(lines[team.old!.line! - 2]).toContain('"/orgs/{org}/team/{team_slug}/copilot/metrics": {');
    });

    it('locates every finding in one of the documents, with a line', () => {
      for (const f of report.findings) {
        expect(f.old ?? f.new).toBeDefined();
        for (const loc of [f.old, f.new]) if (loc) expect(loc.line).toBeGreaterThan(0);
      }
    });

    it('pairs oneOf variants by meaning: a variant inserted into a reordered list is the one change, not a cascade', () => {
      // 23.0.0 inserts `repository-rule-license-compliance-scanning` into repository-rule-detailed's inline
      // oneOf and moves four variants after it; paired by index this read as 9 breaking and 7 false warnings.
      const op = report.findings.filter((f) => f.operation === 'GET /repos/{owner}/{repo}/rules/branches/{branch}');
      const flagged = op.filter((f) => f.level === 'breaking' || f.level === 'warning');
      expect(flagged.map((f) => [f.rule, f.level, f.message])).toEqual([['output-variant-added', 'warning', 'variant type=license_compliance_scanning added to [] in response 200 (application/json)']]);
      expect(flagged[0]!.new!.pointer).toBe('/components/schemas/repository-rule-detailed/oneOf/18');
    });

    it('reads the two request variants of "add labels" folded into one wider variant as merged, not removed', () => {
      const op = report.findings.filter((f) => f.operation === 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels' && f.flow === 'input');
      expect(op.filter((f) => f.level === 'breaking' || f.level === 'warning')).toEqual([]);
      expect(op.filter((f) => f.rule === 'input-variant-merged').map((f) => f.message)).toEqual(['variant #1 merged into the new schema in request body (application/json)']);
    });

    it('compares the x-webhooks as operations sent by GitHub: the new ones added, payload changes with the output flow', () => {
      const before = new Set(webhookKeys(spec['22.0.0']!));
      const expected = webhookKeys(spec['23.0.0']!).filter((k) => !before.has(k)).sort();
      expect(expected).toContain('WEBHOOK issue-comment-pinned POST');
      expect(report.findings.filter((f) => f.rule === 'webhook-added').map((f) => f.operation).sort()).toEqual(expected);
      expect(report.findings.filter((f) => f.rule === 'webhook-removed')).toEqual([]);
      // 23.0.0 makes the parent issue of sub-issue events optional: subscribers that read it break.
      const parent = report.findings.filter((f) => f.operation === 'WEBHOOK sub-issues-parent-issue-added POST' && f.level === 'breaking');
      expect(parent.map((f) => [f.rule, f.flow, f.subject.property])).toEqual([
        ['output-property-became-optional', 'output', 'parent_issue'],
        ['output-property-became-optional', 'output', 'parent_issue_id'],
        ['output-property-became-optional', 'output', 'parent_issue_repo'],
      ]);
    });

    it('classifies nearly everything (no unclassified explosion) and sees the added operations', () => {
      const unclassified = report.findings.filter((f) => f.rule === 'unclassified').length;
      expect(unclassified).toBeLessThanOrEqual(report.findings.length * 0.02);
      const added = report.findings.filter((f) => f.rule === 'operation-added').length;
      const before = operationKeys(spec['22.0.0']!);
      const newOps = [...operationKeys(spec['23.0.0']!).keys()].filter((k) => !before.has(k)).length;
      expect(added).toBe(newOps);
    });
  });
});
