import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pullRequest, runAction } from './runner.js';

const EVIL_VALUE = 'x\n::set-output name=x::y\n::error::pwned %0A [click](https://evil.example) <img src=x onerror=alert(1)> red';

describe('spec text from a pull request cannot drive the runner', () => {
  for (const format of ['text', 'markdown', 'json', 'github', 'sarif', 'junit']) {
    it(`format ${format}: only apicompat's own annotations reach the command parser`, () => {
      const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': 'test/report/fixtures/evil-old.yaml' }, { 'openapi.yaml': 'test/report/fixtures/evil-new.yaml' });
      const run = runAction(repo.dir, { spec: 'openapi.yaml', format, 'fail-on': 'never' }, { event: { pull_request: { base: { sha: baseSha }, head: { sha: headSha } } } });
      expect(run.status).toBe(0);
      // Breaking and warning annotations; the documentation-only change is left to the summary.
      expect(run.commands.map((c) => [c.command, c.properties.file, c.properties.title])).toEqual([
        ['error', 'openapi.yaml', 'apicompat breaking: output-property-removed'],
        ['warning', 'openapi.yaml', 'apicompat warning: output-enum-value-added'],
      ]);
      // The runner decodes the message back to the spec's text: shown to a human, never executed.
      expect(run.commands[1]!.message).toBe(`value ${EVIL_VALUE} added to status in response 200 (application/json) (GET /items)`);
      expect(run.outputs).toEqual({ verdict: 'breaking', bump: 'major', 'next-version': '2.0.0', 'breaking-count': '1' });
      expect(run.stdout).not.toContain('\u001b');
      expect(run.summary).not.toMatch(/<img|\]\(|\u001b/);
      expect(run.summary).toContain('&lt;img src=x onerror=alert(1)>');
      expect(run.summary).not.toContain('<img');
    });
  }

  it('format html (to report-file): the payload is text in the page and nothing reaches the command parser', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'openapi.yaml': 'test/report/fixtures/evil-old.yaml' }, { 'openapi.yaml': 'test/report/fixtures/evil-new.yaml' });
    const run = runAction(repo.dir, { spec: 'openapi.yaml', format: 'html', 'report-file': 'report.html', 'fail-on': 'never' }, { event: { pull_request: { base: { sha: baseSha }, head: { sha: headSha } } } });
    expect(run.status).toBe(0);
    expect(run.commands.map((c) => c.command)).toEqual(['error', 'warning']);
    const page = readFileSync(run.outputs['report-file']!, 'utf8');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toMatch(/<img|\u001b/);
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('an info.version that is not semver cannot forge outputs', () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': 'test/report/fixtures/evil-old.yaml' }, { 'openapi.yaml': 'test/report/fixtures/evil-new.yaml' });
    const old = repo.git('show', `${baseSha}:openapi.yaml`).replace('version: 1.0.0', 'version: "1.0\\nverdict<<EOF\\nunchanged\\nEOF"');
    repo.write('openapi.yaml', `${old}\n`).commit('base with a hostile version');
    const base = repo.git('rev-parse', 'HEAD');
    repo.copy('test/report/fixtures/evil-new.yaml', 'openapi.yaml').commit('pr');
    const run = runAction(repo.dir, { spec: 'openapi.yaml', 'fail-on': 'never' }, { event: { pull_request: { base: { sha: base } } } });
    expect(run.outputs).toEqual({ verdict: 'breaking', bump: 'major', 'next-version': '', 'breaking-count': '1' });
    expect(run.summary).toContain('(info.version "1.0\\\\nverdict&lt;&lt;EOF\\\\nunchanged\\\\nEOF" is not semver; bump it by hand)');
    expect(run.summary).not.toMatch(/^EOF$/m);
  });
});
