import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequest, Repo, runAction, runActionAsync, tempDir } from './runner.js';
import { ROOT } from '../helpers/fixtures.js';

const V1 = 'fixtures/example/trips-v1.yaml';
const V2 = 'fixtures/example/trips-v2.yaml';

function prEvent(baseSha: string, headSha: string) {
  return { action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: baseSha }, head: { ref: 'feature', sha: headSha } } };
}

describe('the bundled action on a pull request', () => {
  it('compares the spec at the base commit with the checkout: outputs, summary, annotations, exit 1', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'api/openapi.yaml': V1 }, { 'api/openapi.yaml': V2 });
    const run = runAction(repo.dir, { spec: 'api/openapi.yaml' }, { event: prEvent(baseSha, headSha), baseRef: 'main' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.outputs).toEqual({ verdict: 'breaking', bump: 'major', 'next-version': '2.0.0', 'breaking-count': '4' });
    // Every output uses a fresh random heredoc delimiter.
    const delimiters = [...run.outputFile.matchAll(/^[\w-]+<<(.+)$/gm)].map((m) => m[1]);
    expect(delimiters).toHaveLength(4);
    expect(new Set(delimiters).size).toBe(4);
    for (const d of delimiters) expect(d).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);

    expect(run.summary).toContain('## apicompat: 🔴 breaking');
    expect(run.summary).toContain(`<code>${baseSha}:./api/openapi.yaml</code> → <code>api/openapi.yaml</code>`);
    expect(run.summary).toContain('| 4 | 1 | 5 | 0 | major | <code>2.0.0</code> |');
    expect(run.summary).toContain('<details open><summary><code>GET /trips</code> — 5 changes (🔴 breaking)</summary>');

    const annotations = run.commands.map((c) => `${c.command} ${c.properties.file}:${c.properties.line ?? '-'} ${c.properties.title} | ${c.message}`);
    expect(annotations).toContain('error api/openapi.yaml:14 apicompat breaking: input-constraint-tightened | maximum of query parameter limit changed from 100 to 50 (GET /trips)');
    expect(annotations).toContain(`error api/openapi.yaml:- apicompat breaking: operation-removed | operation DELETE /trips/{id} removed [was at ${baseSha}:./api/openapi.yaml:47 /paths/~1trips~1{id}/delete]`);
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(4);
    expect(run.commands.filter((c) => c.command === 'warning')).toHaveLength(1);
    expect(run.commands.filter((c) => c.command === 'notice')).toHaveLength(5);
    expect(run.commands).toHaveLength(10);
    // The text report is in the log, fenced off from the command parser.
    expect(run.stdout).toMatch(/::stop-commands::apicompat-[0-9a-f-]{36}\napicompat: [0-9a-f]{40}:\.\/api\/openapi\.yaml -> api\/openapi\.yaml\n/);
    expect(run.stdout).toContain('Verdict: breaking; bump: major (1.4.0 -> 2.0.0)');
    expect(run.stdout.endsWith('\napicompat: verdict breaking, 4 breaking; fail-on breaking: fail\n')).toBe(true);
  });

  it('passes with fail-on never, and fails on warnings with fail-on warning', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const never = runAction(repo.dir, { spec: 'openapi.yaml', 'fail-on': 'never' }, { event: prEvent(baseSha, headSha) });
    expect(never.status).toBe(0);
    expect(never.outputs.verdict).toBe('breaking');

    // Only the warning (an enum value added to a response) and compatible changes: 0 with breaking, 1 with warning.
    const r = new Repo().copy(V1, 'openapi.yaml');
    const base = r.commit('base');
    const edited = r.git('show', 'HEAD:openapi.yaml').replace('enum: [planned, booked, done]', 'enum: [planned, booked, done, cancelled]');
    expect(edited).toContain('cancelled');
    r.write('openapi.yaml', `${edited}\n`);
    const head = r.commit('pr');
    const warnOnly = { event: prEvent(base, head) };
    const onBreaking = runAction(r.dir, { spec: 'openapi.yaml' }, warnOnly);
    expect(onBreaking.outputs).toMatchObject({ verdict: 'warning', bump: 'minor', 'next-version': '1.5.0', 'breaking-count': '0' });
    expect(onBreaking.status).toBe(0);
    expect(runAction(r.dir, { spec: 'openapi.yaml', 'fail-on': 'warning' }, warnOnly).status).toBe(1);
  });

  it('fails on a documentation-only change with fail-on any, not with fail-on warning', () => {
    const r = new Repo().copy(V1, 'openapi.yaml');
    const base = r.commit('base');
    const edited = r.git('show', 'HEAD:openapi.yaml').replace('description: One trip', 'description: One trip (reworded)');
    expect(edited).toContain('(reworded)');
    r.write('openapi.yaml', `${edited}\n`);
    const docsOnly = { event: prEvent(base, r.commit('pr')) };
    expect(runAction(r.dir, { spec: 'openapi.yaml', 'fail-on': 'warning' }, docsOnly).status).toBe(0);
    const any = runAction(r.dir, { spec: 'openapi.yaml', 'fail-on': 'any' }, docsOnly);
    expect(any.outputs.verdict).toBe('compatible');
    expect(any.status).toBe(1);
  });

  it('with allow-major, breaking changes do not fail once the new info.version declares the major release', () => {
    const r = new Repo().copy(V1, 'openapi.yaml');
    const base = r.commit('base');
    const v2 = r.git('show', `${base}:openapi.yaml`); // the same spec, then V2 written over it
    expect(v2).toContain('version: 1.4.0');
    r.copy(V2, 'openapi.yaml');
    const same = { event: prEvent(base, r.commit('breaking, still 1.4.0')) };
    expect(runAction(r.dir, { spec: 'openapi.yaml', 'allow-major': 'true' }, same).status).toBe(1);
    r.write('openapi.yaml', r.git('show', 'HEAD:openapi.yaml').replace('version: 1.4.0', 'version: 2.0.0'));
    const bumped = { event: prEvent(base, r.commit('breaking, 2.0.0')) };
    const allowed = runAction(r.dir, { spec: 'openapi.yaml', 'allow-major': 'true' }, bumped);
    expect(allowed.outputs.verdict).toBe('breaking');
    expect(allowed.status).toBe(0);
    expect(runAction(r.dir, { spec: 'openapi.yaml' }, bumped).status).toBe(1);
    expect(runAction(r.dir, { spec: 'openapi.yaml', 'allow-major': 'maybe' }, bumped).status).not.toBe(0);
  });

  it('on 0.x, a breaking change asks for the next minor; zero-major-breaking asks for 1.0.0', () => {
    const r = new Repo();
    r.write('openapi.yaml', readFileSync(path.join(ROOT, V1), 'utf8').replace('version: 1.4.0', 'version: 0.30.0'));
    const base = r.commit('base');
    r.write('openapi.yaml', readFileSync(path.join(ROOT, V2), 'utf8').replace('version: 1.4.0', 'version: 0.30.0'));
    const pr = { event: prEvent(base, r.commit('breaking on 0.x')) };
    const minor = runAction(r.dir, { spec: 'openapi.yaml' }, pr);
    expect([minor.outputs.verdict, minor.outputs.bump, minor.outputs['next-version']]).toEqual(['breaking', 'major', '0.31.0']);
    expect(minor.summary).toContain('0.30.0 -> 0.31.0: in 0.x the minor is the breaking position');
    const major = runAction(r.dir, { spec: 'openapi.yaml', 'zero-major-breaking': 'true' }, pr);
    expect(major.outputs['next-version']).toBe('1.0.0');
    expect(runAction(r.dir, { spec: 'openapi.yaml', 'zero-major-breaking': 'sure' }, pr).status).toBe(2);
  });

  it('takes an http(s) URL as the base: the contract production serves against the checkout', async () => {
    const served = readFileSync(path.join(ROOT, V1), 'utf8');
    const server = http.createServer((req, res) => (req.url === '/openapi.yaml' ? res.end(served) : res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
      const run = await runActionAsync(repo.dir, { spec: 'openapi.yaml', base: `${url}/openapi.yaml` }, { event: prEvent(baseSha, headSha) });
      expect(run.status).toBe(1);
      expect(run.outputs).toMatchObject({ verdict: 'breaking', 'breaking-count': '4' });
      expect(run.summary).toContain(`<code>${url}/openapi.yaml</code> → <code>openapi.yaml</code>`);
      const missing = await runActionAsync(repo.dir, { spec: 'openapi.yaml', base: `${url}/gone.yaml` }, { event: prEvent(baseSha, headSha) });
      expect(missing.status).toBe(2);
      expect(missing.stdout).toContain(`::error title=apicompat::${url}/gone.yaml: HTTP 404 Not Found`);
    } finally {
      server.close();
    }
  });

  it('fetches the base commit a shallow checkout lacks', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const clone = new Repo(path.join(tempDir('apicompat-clone-'), 'clone'));
    new Repo(path.dirname(clone.dir)).git('clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo.dir}`, clone.dir);
    expect(() => clone.git('cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const run = runAction(clone.dir, { spec: 'openapi.yaml' }, { event: prEvent(baseSha, headSha), baseRef: 'main' });
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error title=apicompat'))).toEqual([]);
    expect(run.outputs['breaking-count']).toBe('4');
  });

  it('falls back to origin/$GITHUB_BASE_REF when the event has no base sha', () => {
    const { repo } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    repo.git('update-ref', 'refs/remotes/origin/main', 'main');
    const run = runAction(repo.dir, { spec: 'openapi.yaml' }, { event: {}, baseRef: 'main' });
    expect(run.outputs.verdict).toBe('breaking');
    expect(run.summary).toContain('<code>origin/main:./openapi.yaml</code>');
  });

  it('loads a split contract (external $refs) at the base commit from its folder there', () => {
    const { repo, baseSha, headSha } = pullRequest(
      { 'api/openapi.yaml': 'test/action/fixtures/split/openapi.yaml', 'api/schemas/trip.yaml': 'test/action/fixtures/split/schemas/trip-v1.yaml' },
      { 'api/schemas/trip.yaml': 'test/action/fixtures/split/schemas/trip-v2.yaml' },
    );
    const run = runAction(repo.dir, { spec: 'api/openapi.yaml' }, { event: prEvent(baseSha, headSha) });
    expect(run.commands.map((c) => `${c.command} ${c.properties.file}:${c.properties.line} ${c.message}`)).toEqual([
      'error api/openapi.yaml:15 property price removed from response 200 (application/json) (GET /trips/{id})',
    ]);
    expect(run.outputs).toEqual({ verdict: 'breaking', bump: 'major', 'next-version': '3.0.0', 'breaking-count': '1' });
    expect(run.summary).toContain(`<code>${baseSha}:./api/openapi.yaml</code> → <code>api/openapi.yaml</code>`);
    expect(run.summary).not.toContain('apicompat-base-');
  });

  it('takes explicit base and head sources', () => {
    const { repo } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const run = runAction(repo.dir, { base: 'main:openapi.yaml', head: 'openapi.yaml', 'fail-on': 'never' }, { eventName: 'workflow_dispatch' });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'breaking', 'breaking-count': '4' });
  });

  it('writes the report to report-file in the chosen format (SARIF for code scanning)', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const run = runAction(repo.dir, { spec: 'openapi.yaml', format: 'sarif', 'report-file': 'apicompat.sarif' }, { event: prEvent(baseSha, headSha) });
    expect(run.outputs['report-file']).toBe(path.join(repo.dir, 'apicompat.sarif'));
    const log = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(10);
    expect(run.stdout).not.toContain('"version": "2.1.0"');
  });

  it('writes an html page to report-file: every finding, filters, the log only names the file', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const run = runAction(repo.dir, { spec: 'openapi.yaml', format: 'html', 'report-file': 'apicompat-report.html' }, { event: prEvent(baseSha, headSha) });
    expect(run.status).toBe(1);
    const page = readFileSync(run.outputs['report-file']!, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.match(/<li class="finding"/g)).toHaveLength(10);
    expect(page).toContain('id="filters"');
    expect(run.stdout).not.toContain('<!DOCTYPE html>');
    expect(run.stdout).toContain('report (html) written to');
  });
});

describe('the bundled action on bad input', () => {
  it('reports a spec that does not parse as one annotation, exit 2, no outputs', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V1 });
    repo.write('openapi.yaml', 'openapi: 3.0.3\ninfo: [unclosed\n');
    const run = runAction(repo.dir, { spec: 'openapi.yaml' }, { event: prEvent(baseSha, headSha) });
    expect(run.status).toBe(2);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]!.command).toBe('error');
    expect(run.commands[0]!.message).toMatch(/^openapi\.yaml:\d+: /);
    expect(run.outputs).toEqual({});
    expect(run.stdout).not.toContain('    at ');
  });

  it('refuses an unknown fail-on value', () => {
    const run = runAction(new Repo().dir, { spec: 'openapi.yaml', 'fail-on': 'sometimes' });
    expect(run.status).toBe(2);
    expect(run.commands[0]!.message).toBe('input fail-on: expected one of breaking, warning, any, never, got "sometimes"');
  });

  it('refuses format html without report-file (a page in the log helps no one)', () => {
    const run = runAction(new Repo().dir, { spec: 'openapi.yaml', format: 'html' });
    expect(run.status).toBe(2);
    expect(run.commands[0]!.message).toBe('input format: html is a page to open in a browser, not a log; set report-file too (e.g. apicompat-report.html)');
  });

  it('says what to set when there is no pull request to take the base from', () => {
    const r = new Repo().copy(V1, 'openapi.yaml');
    r.commit('only');
    const run = runAction(r.dir, { spec: 'openapi.yaml' }, { eventName: 'workflow_dispatch' });
    expect(run.status).toBe(2);
    expect(run.commands[0]!.message).toContain('set the `base` input');
  });

  it('names the missing base commit and what git said when it cannot be fetched', () => {
    const r = new Repo().copy(V1, 'openapi.yaml');
    r.commit('only');
    const missing = 'f'.repeat(40);
    const run = runAction(r.dir, { spec: 'openapi.yaml' }, { event: { pull_request: { base: { sha: missing } } } });
    expect(run.status).toBe(2);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]!.message).toMatch(new RegExp(`^cannot find the pull request's base commit ${missing}: check out with \`fetch-depth: 0\` \\(actions/checkout\\) or set the \`base\` input \\(git fetch failed: .*origin`));
  });

  it('compares a contract that is new in the pull request with an empty one: every operation added, compatible', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'README.md': 'README.md' }, { 'openapi.yaml': V2 });
    const run = runAction(repo.dir, { spec: 'openapi.yaml' }, { event: prEvent(baseSha, headSha) });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ verdict: 'compatible', bump: 'minor', 'next-version': '', 'breaking-count': '0' });
    expect(run.summary).toContain('**<code>openapi.yaml</code> is new: compared with an empty contract.**');
    expect(run.commands.filter((c) => c.command === 'notice').map((c) => c.properties.title)).toEqual(Array(3).fill('apicompat compatible: operation-added'));
  });
});


describe('the bundled action on an AsyncAPI spec', () => {
  it('validates it with the JSON Schemas bundled in (no node_modules beside the isolated bundle)', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'asyncapi.yaml': 'fixtures/asyncapi/convert/v2.yaml' }, { 'asyncapi.yaml': 'fixtures/asyncapi/convert/v3-changed.yaml' });
    const run = runAction(repo.dir, { spec: 'asyncapi.yaml' }, { event: prEvent(baseSha, headSha), baseRef: 'main' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'breaking', 'breaking-count': '1' });
  });
});
