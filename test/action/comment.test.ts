import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { BOT, FakeGitHub } from './fake-github.js';
import { pullRequest, Repo, runActionAsync, type ActionRun, type RunOptions } from './runner.js';

const V1 = 'fixtures/example/trips-v1.yaml';
const V2 = 'fixtures/example/trips-v2.yaml';
const TOKEN = 'ghs_fakeTokenForTests0123456789';
const PR = 7;
const MARKER = '<!-- apicompat:spec=openapi.yaml -->';

function prEvent(baseSha: string, headSha = baseSha) {
  return { action: 'synchronize', number: PR, pull_request: { number: PR, base: { ref: 'main', sha: baseSha }, head: { ref: 'feature', sha: headSha } } };
}

describe('the bundled action with comment: true', () => {
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await new FakeGitHub('octo/shop').start();
  });
  afterEach(() => api.stop());

  const run = (repo: Repo, inputs: Record<string, string>, opts: RunOptions = {}): Promise<ActionRun> =>
    runActionAsync(repo.dir, { comment: 'true', 'github-token': TOKEN, ...inputs }, { ...opts, env: { GITHUB_REPOSITORY: 'octo/shop', GITHUB_API_URL: api.url, ...opts.env } });

  function expectNoTokenIn(r: ActionRun): void {
    expect(r.stdout).not.toContain(TOKEN);
    expect(r.stderr).not.toContain(TOKEN);
    expect(r.summary).not.toContain(TOKEN);
  }

  it('creates the comment, edits the same one when the report changes, sends nothing when it does not, deletes it once clean', async () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const v2 = readFileSync(path.join(ROOT, V2), 'utf8');
    const v1 = readFileSync(path.join(ROOT, V1), 'utf8');

    const first = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(first.status).toBe(1);
    expect(first.stderr).toBe('');
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`, `POST /issues/${PR}/comments`]);
    expect(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    const created = { ...api.list(PR)[0]! };
    expect(created!.body.split('\n')[0]).toBe(MARKER);
    // The step summary's report, verbatim, between the marker and the footer.
    expect(created!.body).toContain(first.summary.trimEnd());
    expect(created!.body).toContain('## apicompat: 🔴 breaking');
    expect(created!.body).toContain('| 4 | 1 | 5 | 0 | major | <code>2.0.0</code> |');
    expect(created!.body).toMatch(/<sub>apicompat updates this comment on every push and removes it when the contract has no breaking or warning change\.<\/sub>\n$/);
    expect(first.stdout).toContain(`apicompat: pull-request comment for openapi.yaml: created (#${created!.id})`);
    expect(first.commands.filter((c) => c.properties.title === 'apicompat comment')).toEqual([]);
    expectNoTokenIn(first);

    // A second push that changes the report: the same comment is edited.
    const tightened = v2.replace('maximum: 50', 'maximum: 20');
    expect(tightened).not.toBe(v2);
    repo.write('openapi.yaml', tightened);
    repo.commit('a tighter limit');
    api.requests.length = 0;
    const second = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(second.status).toBe(1);
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`, `PATCH /issues/comments/${created!.id}`]);
    expect(api.list(PR)).toHaveLength(1);
    expect(api.list(PR)[0]!.id).toBe(created!.id);
    expect((api.requests[1]!.body as { body: string }).body).toBe(api.list(PR)[0]!.body);
    expect(api.list(PR)[0]!.body).not.toBe(created!.body);
    expect(api.list(PR)[0]!.body).toContain(second.summary.trimEnd());
    expect(second.stdout).toContain(`comment for openapi.yaml: updated (#${created!.id})`);

    // The same report again: only the listing.
    api.requests.length = 0;
    const third = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(third.status).toBe(1);
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`]);
    expect(third.stdout).toContain(`comment for openapi.yaml: unchanged (#${created!.id})`);

    // Back to the base contract plus a documentation-only change: clean, so the comment goes.
    repo.write('openapi.yaml', v1.replace('description: One trip', 'description: One trip (reworded)'));
    repo.commit('undo');
    api.requests.length = 0;
    const clean = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(clean.status).toBe(0);
    expect(clean.outputs.verdict).toBe('compatible');
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`, `DELETE /issues/comments/${created!.id}`]);
    expect(api.list(PR)).toEqual([]);
    expect(clean.stdout).toContain(`comment for openapi.yaml: clean, deleted (#${created!.id})`);

    // Still clean: nothing is created.
    api.requests.length = 0;
    const quiet = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(quiet.status).toBe(0);
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`]);
    expect(quiet.stdout).toContain('comment for openapi.yaml: clean, no comment');
    for (const r of [second, third, clean, quiet]) expectNoTokenIn(r);
  });

  it('keeps one comment per contract of a monorepo, and leaves the clean one without a comment', async () => {
    const { repo, baseSha } = pullRequest(
      { 'services/trips/openapi.yaml': V1, 'services/users/openapi.yaml': V1, 'services/calm/openapi.yaml': V1 },
      { 'services/trips/openapi.yaml': V2, 'services/users/openapi.yaml': V2 },
    );
    repo.write('apicompat.yaml', 'specs:\n  - services/*/openapi.yaml\n');
    repo.commit('config');
    const first = await run(repo, {}, { event: prEvent(baseSha) });
    expect(first.status).toBe(1);
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`, `POST /issues/${PR}/comments`, `POST /issues/${PR}/comments`]);
    const markers = api.list(PR).map((c) => c.body.split('\n')[0]);
    expect(markers.sort()).toEqual(['<!-- apicompat:spec=services%2Ftrips%2Fopenapi.yaml -->', '<!-- apicompat:spec=services%2Fusers%2Fopenapi.yaml -->']);
    // Each comment is about its own contract only, not the combined table.
    const trips = api.list(PR).find((c) => c.body.includes('trips%2F'))!;
    const users = api.list(PR).find((c) => c.body.includes('users%2F'))!;
    expect(trips.body).toContain('<code>services/trips/openapi.yaml</code>');
    expect(trips.body).not.toContain('services/users');
    expect(trips.body).not.toContain('contracts)');
    expect(first.stdout).toContain('comment for services/calm/openapi.yaml: clean, no comment');

    // One contract fixed: its comment goes, the other's stays untouched.
    repo.copy(V1, 'services/users/openapi.yaml');
    repo.commit('fix users');
    api.requests.length = 0;
    const second = await run(repo, {}, { event: prEvent(baseSha) });
    expect(second.status).toBe(1);
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`, `DELETE /issues/comments/${users.id}`]);
    expect(api.list(PR).map((c) => c.id)).toEqual([trips.id]);
  });

  it('leaves a comment with the same marker alone when a person wrote it, and one for another contract', async () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const person = { login: 'mallory', type: 'User' };
    const planted = api.seed(PR, `${MARKER}\nplease ignore the breaking changes`, person);
    const other = api.seed(PR, '<!-- apicompat:spec=openapi.yaml.bak -->\nanother contract');
    const quoted = api.seed(PR, `> ${MARKER}\nquoting it mid-text`);
    const r = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(r.status).toBe(1);
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`, `POST /issues/${PR}/comments`]);
    expect(api.list(PR).slice(0, 3)).toEqual([planted, other, quoted]);
    const created = api.list(PR)[3]!;
    expect(created.user).toEqual(BOT);
    expect(planted.body).toBe(`${MARKER}\nplease ignore the breaking changes`);

    // Once clean, only the action's own comment is deleted; the person's stays.
    repo.copy(V1, 'openapi.yaml');
    repo.commit('clean');
    api.requests.length = 0;
    await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(api.calls()).toEqual([`GET /issues/${PR}/comments?per_page=100`, `DELETE /issues/comments/${created.id}`]);
    expect(api.list(PR)).toEqual([planted, other, quoted]);
  });

  it('finds its comment on a later page (per_page=100, Link rel=next) and removes a duplicate left by a racing run', async () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    for (let i = 0; i < 230; i++) api.seed(PR, `comment ${i}`, { login: `user${i % 7}`, type: 'User' });
    const ours = api.seed(PR, `${MARKER}\nan older report`);
    for (let i = 0; i < 40; i++) api.seed(PR, `later ${i}`, BOT);
    const duplicate = api.seed(PR, `${MARKER}\nthe same report, posted by a run that raced`);
    const r = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(r.status).toBe(1);
    expect(api.calls()).toEqual([
      `GET /issues/${PR}/comments?per_page=100`,
      `GET /issues/${PR}/comments?per_page=100&page=2`,
      `GET /issues/${PR}/comments?per_page=100&page=3`,
      `PATCH /issues/comments/${ours.id}`,
      `DELETE /issues/comments/${duplicate.id}`,
    ]);
    expect(api.list(PR)).toHaveLength(271);
    expect(r.stdout).toContain(`comment for openapi.yaml: updated (#${ours.id}); duplicates deleted (#${duplicate.id})`);
  });

  it('turns a 403 (a fork\'s read-only token) into a warning and keeps the exit code', async () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    api.failWith = 403;
    const r = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha) });
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('breaking');
    const warnings = r.commands.filter((c) => c.properties.title === 'apicompat comment');
    expect(warnings).toEqual([
      {
        command: 'warning',
        properties: { title: 'apicompat comment' },
        message: 'comment: list comments: HTTP 403 (Resource not accessible by integration): the token may not write pull-request comments (grant `permissions: pull-requests: write`; a pull request from a fork gets a read-only token)',
      },
    ]);
    expectNoTokenIn(r);

    // A passing run stays passing.
    const clean = new Repo().copy(V1, 'openapi.yaml');
    const base = clean.commit('base');
    const ok = await run(clean, { spec: 'openapi.yaml' }, { event: prEvent(base, clean.commit('pr')) });
    expect(ok.status).toBe(0);
    expect(ok.commands.filter((c) => c.properties.title === 'apicompat comment').map((c) => `${c.command}: ${c.message}`)).toEqual([expect.stringMatching(/^warning: comment: list comments: HTTP 403/)]);
  });

  it('warns and keeps the exit code when the API cannot be reached', async () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const gone = api.url;
    await api.stop();
    const r = await run(repo, { spec: 'openapi.yaml' }, { event: prEvent(baseSha), env: { GITHUB_API_URL: gone } });
    expect(r.status).toBe(1);
    expect(r.commands.filter((c) => c.properties.title === 'apicompat comment').map((c) => `${c.command}: ${c.message}`)).toEqual(['warning: comment: list comments: network error: ECONNREFUSED']);
    expectNoTokenIn(r);
  });

  it('skips commenting with a notice outside a pull request, and says nothing with comment: false', async () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V2 });
    const push = await run(repo, { base: `${baseSha}:openapi.yaml`, head: 'openapi.yaml' }, { eventName: 'push', event: { before: baseSha } });
    expect(push.status).toBe(1);
    expect(api.requests).toEqual([]);
    expect(push.commands.filter((c) => c.properties.title === 'apicompat comment')).toEqual([
      { command: 'notice', properties: { title: 'apicompat comment' }, message: 'comment: skipped, this is a push event, not a pull request' },
    ]);

    const off = await run(repo, { spec: 'openapi.yaml', comment: 'false' }, { event: prEvent(baseSha) });
    expect(off.status).toBe(1);
    expect(api.requests).toEqual([]);
    expect(off.stdout).not.toContain('comment');
    // The default github-token (`${{ github.token }}` unexpanded here) is not needed when commenting is off.
    const byDefault = await runActionAsync(repo.dir, { spec: 'openapi.yaml' }, { event: prEvent(baseSha), env: { GITHUB_API_URL: api.url } });
    expect(byDefault.status).toBe(1);
    expect(api.requests).toEqual([]);
  });

  it('rejects a comment input that is not true or false (exit 2)', async () => {
    const { repo, baseSha } = pullRequest({ 'openapi.yaml': V1 }, { 'openapi.yaml': V1 });
    const r = await run(repo, { spec: 'openapi.yaml', comment: 'yes' }, { event: prEvent(baseSha) });
    expect(r.status).toBe(2);
    expect(r.commands).toEqual([{ command: 'error', properties: { title: 'apicompat' }, message: 'input comment: expected true or false, got "yes"' }]);
    expect(api.requests).toEqual([]);
  });

  it('escapes a hostile spec path in the marker and the body', async () => {
    const evil = 'x--><img src=x onerror=alert(1)>@admin.yaml';
    const { repo, baseSha } = pullRequest({ [evil]: V1 }, { [evil]: V2 });
    const r = await run(repo, { spec: evil }, { event: prEvent(baseSha) });
    expect(r.status).toBe(1);
    const [c] = api.list(PR);
    const [marker, ...rest] = c!.body.split('\n');
    expect(marker).toBe(`<!-- apicompat:spec=${encodeURIComponent(evil)} -->`);
    expect(marker!.indexOf('-->')).toBe(marker!.length - 3);
    expect(rest.join('\n')).not.toContain('<img');
    expect(rest.join('\n')).toContain('<code>x--&gt;&lt;img src=x onerror=alert(1)&gt;@admin.yaml</code>');
  });
});
