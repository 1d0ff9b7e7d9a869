import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Repo, runAction, tempDir } from './runner.js';

/**
 * A pull request can commit a symbolic link that points out of the checkout. The Action reads the
 * head from the working tree and the base from a tree it writes out; both must refuse the link, and
 * the outside file's text must reach neither the log, the summary nor the outputs.
 */
describe('the bundled action refuses symbolic links planted by a pull request', () => {
  const SECRET_FIELD = 'SECRET_FIELD_FROM_OUTSIDE';
  const spec = (ref: string) => [
    'openapi: 3.0.3',
    'info: { title: t, version: 1.0.0 }',
    'paths:',
    '  /items:',
    '    get:',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    `              schema: { $ref: '${ref}' }`,
    '',
  ].join('\n');

  function outsideSecret(): string {
    const file = path.join(tempDir('apicompat-outside-'), 'secret.yaml');
    writeFileSync(file, `type: object\nproperties:\n  ${SECRET_FIELD}: { type: string }\n`);
    return file;
  }

  function expectRefusedWithoutLeak(run: ReturnType<typeof runAction>, message: RegExp): void {
    expect(run.status).toBe(2);
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    for (const text of [run.stdout, run.stderr, run.summary, run.outputFile]) expect(text).not.toContain(SECRET_FIELD);
  }

  it('in the head: a $ref to a committed link is refused, exit 2', () => {
    const repo = new Repo();
    repo.write('api/openapi.yaml', spec('./item.yaml')).write('api/item.yaml', 'type: object\n');
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('rm', '-q', 'api/item.yaml');
    symlinkSync(outsideSecret(), path.join(repo.dir, 'api', 'item.yaml'));
    const headSha = repo.commit('plant a link');
    expect(repo.git('ls-tree', 'HEAD', 'api/item.yaml')).toMatch(/^120000 /);
    const run = runAction(repo.dir, { spec: 'api/openapi.yaml' }, { event: { pull_request: { base: { sha: baseSha }, head: { sha: headSha } } } });
    expectRefusedWithoutLeak(run, /\$ref "\.\/item\.yaml" leads through a symbolic link out of the spec's folder .*; refused/);
  });

  it('in the head: the spec itself as a link out of the checkout is refused, exit 2', () => {
    const repo = new Repo();
    repo.write('openapi.yaml', spec('#/components/schemas/none'));
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('rm', '-q', 'openapi.yaml');
    symlinkSync(outsideSecret(), path.join(repo.dir, 'openapi.yaml'));
    repo.commit('replace the spec by a link');
    const run = runAction(repo.dir, { spec: 'openapi.yaml' }, { event: { pull_request: { base: { sha: baseSha } } } });
    expectRefusedWithoutLeak(run, /openapi\.yaml: is a symbolic link to a file outside the spec's folder; refused/);
  });

  it('in the base: a link committed on the base branch stays a link in the written-out base tree and is refused', () => {
    const repo = new Repo();
    repo.write('api/openapi.yaml', spec('./item.yaml'));
    symlinkSync(outsideSecret(), path.join(repo.dir, 'api', 'item.yaml'));
    const baseSha = repo.commit('base with a link');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('rm', '-q', 'api/item.yaml');
    repo.write('api/item.yaml', 'type: object\n');
    repo.commit('replace the link by a file');
    const run = runAction(repo.dir, { spec: 'api/openapi.yaml' }, { event: { pull_request: { base: { sha: baseSha } } } });
    expectRefusedWithoutLeak(run, /\$ref "\.\/item\.yaml" leads through a symbolic link out of the spec's folder .*; refused/);
  });

  it('stays quiet on a link that resolves inside the spec folder', () => {
    const repo = new Repo();
    repo.write('api/openapi.yaml', spec('./item.yaml')).write('api/schemas/item.yaml', 'type: object\n');
    symlinkSync('schemas/item.yaml', path.join(repo.dir, 'api', 'item.yaml'));
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    const run = runAction(repo.dir, { spec: 'api/openapi.yaml' }, { event: { pull_request: { base: { sha: baseSha } } } });
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.outputs.verdict).toBe('unchanged');
  });
});
