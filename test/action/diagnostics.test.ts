// The Action shows unused waivers of its config as a ::warning on the config file and in the step summary;
// they change neither the outputs nor the exit code. On a monorepo, a waiver is stale only when no contract uses it.
import { describe, expect, it } from 'vitest';
import { pullRequest, runAction } from './runner.js';

const V1 = 'fixtures/example/trips-v1.yaml';
const V2 = 'fixtures/example/trips-v2.yaml';
const OTHER = 'fixtures/operation-removed/old.yaml';
const WAIVERS = ['ignore:', '  - rule: operation-removed', '    operation: DELETE /trips/{id}', '    reason: agreed', '  - rule: operation-removed', '    operation: DELETE /nowhere', '    reason: stale', ''];

const event = (baseSha: string, headSha: string) => ({ event: { pull_request: { base: { sha: baseSha }, head: { sha: headSha } } } });

describe('the bundled action: unused waivers', () => {
  it('one contract: a ::warning on apicompat.yaml and a line in the summary; outputs as without it', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'api/openapi.yaml': V1 }, { 'api/openapi.yaml': V2 });
    repo.write('apicompat.yaml', WAIVERS.join('\n'));
    repo.commit('config');
    const run = runAction(repo.dir, { spec: 'api/openapi.yaml' }, event(baseSha, headSha));
    expect(run.stderr).toBe('');
    const message = 'waiver ignore[1] (operation-removed for DELETE /nowhere) matches no finding: remove it, or correct its rule, operation or pointer';
    expect(run.commands.filter((c) => c.properties.title?.includes('unused-waiver'))).toEqual([{ command: 'warning', properties: { file: 'apicompat.yaml', title: 'apicompat warning: unused-waiver' }, message }]);
    expect(run.summary).toContain('**Diagnostics** (1; they do not change the verdict):');
    expect(run.summary).toContain('(<code>unused-waiver</code>, <code>apicompat.yaml /ignore/1</code>)');
    // The used waiver took one of the six breaking changes; the stale one changes nothing.
    expect(run.outputs).toEqual({ verdict: 'breaking', bump: 'major', 'next-version': '2.0.0', 'breaking-count': '3' });
    expect(run.status).toBe(1);
  });

  it('several contracts: reported once, and only when no contract uses the waiver', () => {
    const { repo, baseSha, headSha } = pullRequest({ 'services/trips/openapi.yaml': V1, 'services/users/openapi.yaml': OTHER }, { 'services/trips/openapi.yaml': V2 });
    repo.write('apicompat.yaml', ['specs:', '  - services/*/openapi.yaml', ...WAIVERS].join('\n'));
    repo.commit('config');
    const run = runAction(repo.dir, {}, event(baseSha, headSha));
    expect(run.stderr).toBe('');
    expect(run.commands.filter((c) => c.properties.title?.includes('unused-waiver')).map((c) => [c.command, c.properties.file, c.message])).toEqual([
      ['warning', 'apicompat.yaml', 'waiver ignore[1] (operation-removed for DELETE /nowhere) matches no finding in any of the 2 contracts: remove it, or correct its rule, operation or pointer'],
    ]);
    expect(run.summary.match(/unused-waiver/g)).toHaveLength(1);
    expect(run.status).toBe(1);
  });
});
