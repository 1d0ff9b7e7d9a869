import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../../src/multi/specs.js';
import { pullRequest, runAction } from './runner.js';

const V1 = 'fixtures/example/trips-v1.yaml';
const V2 = 'fixtures/example/trips-v2.yaml';
const OTHER = 'fixtures/operation-removed/old.yaml';

describe('specs globs', () => {
  it.each([
    ['services/*/openapi.yaml', 'services/trips/openapi.yaml', true],
    ['services/*/openapi.yaml', 'services/a/b/openapi.yaml', false],
    ['services/**/openapi.yaml', 'services/a/b/openapi.yaml', true],
    ['services/**/openapi.yaml', 'services/openapi.yaml', true],
    ['api/*.{yaml,json}', 'api/x.json', true],
    ['api/*.{yaml,json}', 'api/x.yml', false],
    ['api/v?.yaml', 'api/v1.yaml', true],
    ['api/v?.yaml', 'api/v10.yaml', false],
    ['a.b/*.yaml', 'axb/c.yaml', false],
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected);
  });
});

describe('the bundled action on a monorepo (apicompat.yaml with a specs list)', () => {
  const config = ['specs:', '  - services/*/openapi.yaml', '  - legacy.yaml', 'rules:', '  output-enum-value-added: "off"', ''].join('\n');

  it('checks every contract, including deleted and new ones, and gives one combined report', () => {
    const { repo, baseSha, headSha } = pullRequest(
      { 'services/trips/openapi.yaml': V1, 'services/users/openapi.yaml': OTHER, 'services/gone/openapi.yaml': V1, 'legacy.yaml': OTHER },
      { 'services/trips/openapi.yaml': V2, 'services/new/openapi.yaml': V1 },
    );
    repo.write('apicompat.yaml', config);
    repo.git('rm', '-q', 'services/gone/openapi.yaml');
    repo.commit('config, delete one contract');
    const run = runAction(repo.dir, {}, { event: { pull_request: { base: { sha: baseSha }, head: { sha: headSha } } } });
    expect(run.commands.filter((c) => c.command === 'error' && c.properties.title?.startsWith('apicompat breaking') === false)).toEqual([]);
    expect(run.status).toBe(1);
    // 4 breaking changes in trips + the deleted contract's 4 operations; several contracts have no single next version.
    expect(run.outputs).toEqual({ verdict: 'breaking', bump: 'major', 'next-version': '', 'breaking-count': '8' });
    expect(run.summary).toContain('## apicompat: 🔴 breaking (5 contracts)');
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(rows).toEqual([
      '| <code>legacy.yaml</code> | unchanged | 0 | 0 | 0 | 0 | none | <code>1.0.0</code> |',
      '| <code>services/gone/openapi.yaml</code> | deleted (breaking) | 4 | 0 | 0 | 0 | major | — |',
      '| <code>services/new/openapi.yaml</code> | added (compatible) | 0 | 0 | 4 | 0 | minor | — |',
      '| <code>services/trips/openapi.yaml</code> | breaking | 4 | 0 | 5 | 0 | major | <code>2.0.0</code> |',
      '| <code>services/users/openapi.yaml</code> | unchanged | 0 | 0 | 0 | 0 | none | <code>1.0.0</code> |',
    ]);
    expect(run.summary).toContain('### <code>services/trips/openapi.yaml</code>: 🔴 breaking');
    // The rules override from the config switched the response enum warnings off.
    expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
    expect(run.commands.filter((c) => c.properties.file === 'services/gone/openapi.yaml')).toEqual([
      { command: 'error', properties: { file: 'services/gone/openapi.yaml', title: 'apicompat breaking: contract deleted' }, message: 'services/gone/openapi.yaml was deleted: every operation it described is gone for existing clients' },
    ]);
    expect(run.commands.filter((c) => c.command === 'error' && c.properties.file === 'services/trips/openapi.yaml')).toHaveLength(4);
  });

  it('passes when every listed contract is unchanged or compatible', () => {
    const { repo, baseSha } = pullRequest({ 'services/a/openapi.yaml': V1, 'services/b/openapi.yaml': OTHER }, {});
    repo.write('apicompat.yaml', 'specs: ["services/*/openapi.yaml"]\n').commit('config');
    const run = runAction(repo.dir, {}, { event: { pull_request: { base: { sha: baseSha } } } });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ verdict: 'unchanged', bump: 'none', 'next-version': '', 'breaking-count': '0' });
  });

  it('refuses a glob that matches nothing and a config that does not validate (exit 2, one line)', () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, {});
    repo.write('apicompat.yaml', 'specs: ["apis/*.yaml"]\n').commit('config');
    const none = runAction(repo.dir, {}, { event: { pull_request: { base: { sha: baseSha } } } });
    expect(none.status).toBe(2);
    expect(none.commands.map((c) => c.message)).toEqual(['specs[0]: "apis/*.yaml" matches no file']);

    repo.write('ci/apicompat.yaml', 'specs: ["../openapi.yaml"]\nrules:\n  no-such-rule: off\n').commit('bad config');
    const bad = runAction(repo.dir, { config: 'ci/apicompat.yaml' }, { event: { pull_request: { base: { sha: baseSha } } } });
    expect(bad.status).toBe(2);
    expect(bad.commands).toHaveLength(1);
    expect(bad.commands[0]!.message).toContain('rules.no-such-rule: unknown rule id');
  });
});
