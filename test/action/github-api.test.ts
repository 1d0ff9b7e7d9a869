import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncPullRequestComments } from '../../src/action/comment.js';
import { commentMarker } from '../../src/action/comment-body.js';
import { GitHubApiError, IssueCommentsApi, nextLink } from '../../src/action/github-api.js';
import { compare } from '../../src/compare.js';
import type { SpecReport } from '../../src/report/types.js';
import { ROOT } from '../helpers/fixtures.js';
import { FakeGitHub } from './fake-github.js';
import { parseCommands, tempDir } from './runner.js';

const TOKEN = 'ghs_unitTestToken0123456789';

/** A server that records request paths and answers `[]`, for base-URL and origin checks. */
async function recorder(): Promise<{ url: string; paths: string[]; auth: (string | undefined)[]; close: () => Promise<void> }> {
  const paths: string[] = [];
  const auth: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url!);
    auth.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths, auth, close: () => new Promise((r) => server.close(() => r())) };
}

describe('IssueCommentsApi', () => {
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await new FakeGitHub('octo/shop').start();
  });
  afterEach(() => api.stop());
  const client = (opts: { maxPages?: number; timeoutMs?: number } = {}) => new IssueCommentsApi({ baseUrl: api.url, token: TOKEN, repository: 'octo/shop', ...opts });

  it('lists every page, 100 at a time, and stops at the page bound saying the list is incomplete', async () => {
    for (let i = 0; i < 250; i++) api.seed(3, `c${i}`);
    const all = await client().list(3);
    expect(all.complete).toBe(true);
    expect(all.comments.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(api.calls()).toEqual(['GET /issues/3/comments?per_page=100', 'GET /issues/3/comments?per_page=100&page=2', 'GET /issues/3/comments?per_page=100&page=3']);
    api.requests.length = 0;
    const bounded = await client({ maxPages: 2 }).list(3);
    expect(bounded).toMatchObject({ complete: false });
    expect(bounded.comments).toHaveLength(200);
    expect(api.requests).toHaveLength(2);
  });

  it('sends the token only to the API, with GitHub\'s headers; a next link to another origin stops the listing', async () => {
    const elsewhere = await recorder();
    try {
      const server = createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', link: `<${elsewhere.url}/steal?page=2>; rel="next"` }).end('[]');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const err = await new IssueCommentsApi({ baseUrl: url, token: TOKEN, repository: 'o/r' }).list(1).catch((e: unknown) => e);
      await new Promise<void>((r) => server.close(() => r()));
      expect(err).toBeInstanceOf(GitHubApiError);
      expect((err as Error).message).toBe(`list comments: the next-page link leaves ${url}`);
      expect(elsewhere.paths).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('keeps the path of a GitHub Enterprise Server API URL (https://HOST/api/v3)', async () => {
    const ghes = await recorder();
    try {
      await new IssueCommentsApi({ baseUrl: `${ghes.url}/api/v3`, token: TOKEN, repository: 'octo/shop' }).list(9);
      expect(ghes.paths).toEqual(['/api/v3/repos/octo/shop/issues/9/comments?per_page=100']);
      expect(ghes.auth).toEqual([`Bearer ${TOKEN}`]);
    } finally {
      await ghes.close();
    }
  });

  it('times out a request that gets no answer', async () => {
    api.hang = true;
    const started = Date.now();
    const err = await client({ timeoutMs: 300 }).list(1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBeUndefined();
    expect((err as Error).message).toBe('list comments: no response within 0.3 s');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports an HTTP error with its status and GitHub\'s message', async () => {
    api.failWith = 404;
    const err = (await client().update(12, 'x').catch((e: unknown) => e)) as GitHubApiError;
    expect(err.status).toBe(404);
    expect(err.message).toBe('update comment 12: HTTP 404 (Not Found)');
  });

  it('refuses a bad repository, API URL or token before sending anything, without quoting the token', () => {
    const make = (o: Partial<{ baseUrl: string; token: string; repository: string }>) => () => new IssueCommentsApi({ baseUrl: api.url, token: TOKEN, repository: 'o/r', ...o });
    expect(make({ repository: 'o/r/../../x' })).toThrow('GITHUB_REPOSITORY: "o/r/../../x" is not owner/name');
    expect(make({ baseUrl: 'file:///etc/passwd' })).toThrow('GITHUB_API_URL: "file:///etc/passwd" is not an http(s) URL');
    expect(make({ baseUrl: 'not a url' })).toThrow('GITHUB_API_URL: "not a url" is not a URL');
    const bad = `${TOKEN}\nX-Injected: 1`;
    expect(make({ token: bad })).toThrow('github-token: the token is empty or holds characters no HTTP header can carry');
    expect(make({ token: '' })).toThrow(/token is empty/);
    expect(api.requests).toEqual([]);
  });
});

describe('nextLink', () => {
  it.each([
    ['<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next"', 'https://api.github.com/x?page=3'],
    ['<https://a/x?page=3>; rel="last next"', 'https://a/x?page=3'],
    ['<https://a/x?page=5>; rel="last"', undefined],
    ['<https://a/x?page=5>; rel="nextish"', undefined],
    ['', undefined],
  ])('%s', (header, expected) => {
    expect(nextLink(header)).toBe(expected);
  });
  it('is undefined without a Link header', () => {
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('syncPullRequestComments in-process', () => {
  let api: FakeGitHub;
  let out: string;
  beforeEach(async () => {
    api = await new FakeGitHub('octo/shop').start();
    out = '';
  });
  afterEach(() => api.stop());

  async function outcomes(): Promise<SpecReport[]> {
    const report = await compare(path.join(ROOT, 'fixtures/example/trips-v1.yaml'), path.join(ROOT, 'fixtures/example/trips-v2.yaml'));
    return ['a.yaml', 'b.yaml'].map((spec) => ({ spec, state: 'compared' as const, report }));
  }
  function runner(event: object | undefined, env: Record<string, string> = {}) {
    const dir = tempDir('apicompat-sync-');
    const eventPath = path.join(dir, 'event.json');
    if (event) writeFileSync(eventPath, JSON.stringify(event));
    return { env: { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo/shop', GITHUB_API_URL: api.url, ...env }, stdout: (s: string) => void (out += s) };
  }
  const messages = () => parseCommands(out).map((c) => `${c.command}: ${c.message}`);

  it('goes on with the next contract when one call fails (a comment deleted meanwhile), and warns for that one', async () => {
    const gone = api.seed(4, `${commentMarker('a.yaml')}\nold`);
    api.failures.set(`PATCH /issues/comments/${gone.id}`, 404);
    await syncPullRequestComments(runner({ number: 4 }), { comment: true, githubToken: TOKEN }, await outcomes());
    expect(api.calls()).toEqual(['GET /issues/4/comments?per_page=100', `PATCH /issues/comments/${gone.id}`, 'POST /issues/4/comments']);
    expect(messages()).toEqual([`warning: comment for a.yaml: update comment ${gone.id}: HTTP 404 (Not Found): the token may not write pull-request comments (grant \`permissions: pull-requests: write\`; a pull request from a fork gets a read-only token)`]);
    expect(out).toContain('apicompat: pull-request comment for b.yaml: created (#');
    expect(out).not.toContain(TOKEN);
  });

  it('warns after the timeout when the API hangs, without throwing', async () => {
    api.hang = true;
    await syncPullRequestComments(runner({ pull_request: { number: 4 } }), { comment: true, githubToken: TOKEN }, await outcomes(), 200);
    expect(messages()).toEqual(['warning: comment: list comments: no response within 0.2 s']);
  });

  it('warns when the event has no pull request number or the token is empty, and sends nothing', async () => {
    await syncPullRequestComments(runner({ pull_request: {} }), { comment: true, githubToken: TOKEN }, await outcomes());
    await syncPullRequestComments(runner(undefined), { comment: true, githubToken: TOKEN }, await outcomes());
    await syncPullRequestComments(runner({ number: 4 }), { comment: true }, await outcomes());
    expect(messages()).toEqual([
      'warning: comment: skipped, the event payload names no pull request number',
      'warning: comment: skipped, the event payload names no pull request number',
      'warning: comment: skipped, the github-token input is empty',
    ]);
    expect(api.requests).toEqual([]);
  });

  it('does nothing at all with comment: false', async () => {
    await syncPullRequestComments(runner({ number: 4 }), { comment: false, githubToken: TOKEN }, await outcomes());
    expect(out).toBe('');
    expect(api.requests).toEqual([]);
  });

  it('masks the token should the API echo it back', async () => {
    const echo = createServer((req, res) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `bad credentials ${req.headers.authorization}` })));
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    try {
      await syncPullRequestComments(runner({ number: 4 }, { GITHUB_API_URL: `http://127.0.0.1:${(echo.address() as AddressInfo).port}` }), { comment: true, githubToken: TOKEN }, await outcomes());
    } finally {
      await new Promise<void>((r) => echo.close(() => r()));
    }
    expect(messages()).toEqual(['warning: comment: list comments: HTTP 500 (bad credentials Bearer ***)']);
    expect(out).not.toContain(TOKEN);
  });
});
