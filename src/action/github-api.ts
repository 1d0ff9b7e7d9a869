/**
 * The four issue-comment calls of the GitHub REST API, with Node's `fetch` (no Octokit): list (paginated),
 * create, update, delete. Every request has a timeout and a response-size limit; the token goes only to
 * the API's own origin, and no error message carries it.
 */

/** A comment as the REST API returns it: only the fields apicompat reads. */
export interface IssueComment {
  id: number;
  body: string;
  /** `type` is `Bot` for GitHub Apps (`github-actions[bot]` is the job's GITHUB_TOKEN), `User` for people; null for a deleted account. */
  user: { login: string; type: string } | null;
}

/** Where the API is and who calls it. `baseUrl` is GITHUB_API_URL: `https://api.github.com`, or `https://HOST/api/v3` on GHES. */
export interface GitHubApiOptions {
  baseUrl: string;
  token: string;
  /** `owner/name`, as GITHUB_REPOSITORY has it. */
  repository: string;
  timeoutMs?: number;
  /** Pages of 100 comments read at most; beyond them the listing is marked incomplete. */
  maxPages?: number;
}

/** A failed call: the HTTP status when there was a response, else the network or timeout reason. */
export class GitHubApiError extends Error {
  constructor(
    readonly request: string,
    readonly status: number | undefined,
    readonly detail: string,
  ) {
    super(`${request}: ${status !== undefined ? `HTTP ${status}${detail ? ` (${detail})` : ''}` : detail}`);
    this.name = 'GitHubApiError';
  }
}

export const DEFAULT_API_URL = 'https://api.github.com';
const TIMEOUT_MS = 15_000;
const MAX_PAGES = 20;
const PER_PAGE = 100;
// A page of 100 comments of at most 65,536 characters each is under 27 MB even as 4-byte UTF-8.
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
// Visible ASCII only: anything else would make fetch throw an error that quotes the header, token and all.
const TOKEN = /^[\x21-\x7e]+$/;

export class IssueCommentsApi {
  private readonly base: URL;
  private readonly repoPath: string;

  constructor(private readonly opts: GitHubApiOptions) {
    let base: URL;
    try {
      base = new URL(opts.baseUrl);
    } catch {
      throw new GitHubApiError('GITHUB_API_URL', undefined, `${JSON.stringify(opts.baseUrl)} is not a URL`);
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new GitHubApiError('GITHUB_API_URL', undefined, `${JSON.stringify(opts.baseUrl)} is not an http(s) URL`);
    if (!REPOSITORY.test(opts.repository)) throw new GitHubApiError('GITHUB_REPOSITORY', undefined, `${JSON.stringify(opts.repository)} is not owner/name`);
    if (!TOKEN.test(opts.token)) throw new GitHubApiError('github-token', undefined, 'the token is empty or holds characters no HTTP header can carry');
    this.base = new URL(base.href.endsWith('/') ? base.href : `${base.href}/`);
    const [owner, name] = opts.repository.split('/') as [string, string];
    this.repoPath = `repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
  }

  /** Every comment of an issue or pull request, oldest first, following `Link: rel="next"` up to `maxPages`. */
  async list(issue: number): Promise<{ comments: IssueComment[]; complete: boolean }> {
    const comments: IssueComment[] = [];
    let url: URL | undefined = this.url(`issues/${issue}/comments?per_page=${PER_PAGE}`);
    for (let page = 0; url && page < (this.opts.maxPages ?? MAX_PAGES); page++) {
      const res = await this.send('GET', url, 'list comments');
      const data = JSON.parse(await readBounded(res, 'list comments')) as unknown;
      if (!Array.isArray(data)) throw new GitHubApiError('list comments', res.status, 'the response is not a list');
      comments.push(...data.flatMap((c) => (isComment(c) ? [c] : [])));
      url = this.sameOrigin(nextLink(res.headers.get('link')));
    }
    return { comments, complete: url === undefined };
  }

  async create(issue: number, body: string): Promise<IssueComment> {
    return this.comment(await this.send('POST', this.url(`issues/${issue}/comments`), 'create comment', { body }), 'create comment');
  }

  async update(id: number, body: string): Promise<IssueComment> {
    return this.comment(await this.send('PATCH', this.url(`issues/comments/${id}`), `update comment ${id}`, { body }), `update comment ${id}`);
  }

  async delete(id: number): Promise<void> {
    await this.send('DELETE', this.url(`issues/comments/${id}`), `delete comment ${id}`);
  }

  private url(route: string): URL {
    return new URL(`${this.repoPath}/${route}`, this.base);
  }

  /** A `next` link elsewhere than the API would take the token with it: the listing stops there instead. */
  private sameOrigin(link: string | undefined): URL | undefined {
    if (!link) return undefined;
    let next: URL;
    try {
      next = new URL(link, this.base);
    } catch {
      throw new GitHubApiError('list comments', undefined, 'the next-page link is not a URL');
    }
    if (next.origin !== this.base.origin) throw new GitHubApiError('list comments', undefined, `the next-page link leaves ${this.base.origin}`);
    return next;
  }

  private async comment(res: Response, request: string): Promise<IssueComment> {
    const data = JSON.parse(await readBounded(res, request)) as unknown;
    if (!isComment(data)) throw new GitHubApiError(request, res.status, 'the response is not a comment');
    return data;
  }

  private async send(method: string, url: URL, request: string, body?: object): Promise<Response> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${this.opts.token}`,
      'user-agent': 'apicompat',
      'x-github-api-version': '2022-11-28',
    };
    if (body) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        ...(body ? { body: JSON.stringify(body) } : {}),
        redirect: 'error',
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? TIMEOUT_MS),
      });
    } catch (e) {
      throw new GitHubApiError(request, undefined, networkReason(e, this.opts.timeoutMs ?? TIMEOUT_MS));
    }
    if (res.ok) return res;
    const message = await errorMessage(res);
    throw new GitHubApiError(request, res.status, message);
  }
}

function isComment(c: unknown): c is IssueComment {
  if (!c || typeof c !== 'object') return false;
  const { id, body, user } = c as Record<string, unknown>;
  const u = user as Record<string, unknown> | null | undefined;
  return Number.isSafeInteger(id) && typeof body === 'string' && (u === null || (typeof u === 'object' && typeof u?.login === 'string' && typeof u.type === 'string'));
}

/** The `rel="next"` target of a `Link` header (RFC 8288), as GitHub paginates. */
export function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (m && /;\s*rel="?(?:[^"]*\s)?next(?:\s[^"]*)?"?\s*(?:;|$)/i.test(m[2]!)) return m[1];
  }
  return undefined;
}

/** The body as text, refusing more than MAX_RESPONSE_BYTES so a runaway response cannot exhaust memory. */
async function readBounded(res: Response, request: string, max = MAX_RESPONSE_BYTES): Promise<string> {
  if (Number(res.headers.get('content-length')) > max) throw new GitHubApiError(request, res.status, 'the response is too large');
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > max) throw new GitHubApiError(request, res.status, 'the response is too large');
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof GitHubApiError) throw e;
    throw new GitHubApiError(request, undefined, networkReason(e, 0));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** GitHub's `message` field ("Resource not accessible by integration"), one short line; never the request. */
async function errorMessage(res: Response): Promise<string> {
  try {
    const data = JSON.parse(await readBounded(res, '', 64 * 1024)) as { message?: unknown };
    return typeof data?.message === 'string' ? data.message.replace(/\s+/g, ' ').slice(0, 200) : '';
  } catch {
    return '';
  }
}

/** Why a request got no response: a timeout, or the system's error code (ECONNREFUSED, ENOTFOUND...). */
function networkReason(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: unknown; message?: unknown } } | undefined;
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return timeoutMs ? `no response within ${timeoutMs / 1000} s` : 'the response was cut off by the timeout';
  const cause = err?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : err?.message;
  return `network error${code ? `: ${String(code).slice(0, 200)}` : ''}`;
}
