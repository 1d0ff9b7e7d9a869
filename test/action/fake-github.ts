import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake API received. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/repos/o/r/issues/7/comments?per_page=100`. */
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * A local HTTP server playing GitHub's issue-comment API for one repository: comments per issue, GitHub's
 * pagination (`per_page`, `page`, `Link: <…>; rel="next"`), and every request recorded. `failWith` answers
 * every request with that status and GitHub's error shape, `failures` one call; `hang` never answers.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  failWith?: number;
  /** Per-call failures, keyed like calls(): `PATCH /issues/comments/1000` → 404. */
  readonly failures = new Map<string, number>();
  hang = false;
  /** The author of comments created through the API: the token's identity. */
  author = BOT;
  private nextId = 1000;
  private server?: Server;
  url = '';

  constructor(readonly repository = 'octo/shop') {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A comment already on the PR (someone else's, or an earlier run's). */
  seed(issue: number, body: string, user = BOT): FakeComment {
    const c = { id: this.nextId++, body, user };
    this.list(issue).push(c);
    return c;
  }

  list(issue: number): FakeComment[] {
    if (!this.comments.has(issue)) this.comments.set(issue, []);
    return this.comments.get(issue)!;
  }

  /** The requests as `METHOD /path` lines, the repository prefix cut off. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path.replace(`/repos/${this.repository}`, '')}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    this.requests.push({ method: req.method!, path: req.url!, authorization: req.headers.authorization, body });
    if (this.hang) return;
    const failure = this.failWith ?? this.failures.get(this.calls().at(-1)!.replace(/\?.*/, ''));
    if (failure) return send(res, failure, { message: failure === 404 ? 'Not Found' : 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });

    const url = new URL(req.url!, this.url);
    const prefix = `/repos/${this.repository}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return send(res, 404, { message: 'Not Found' });
    const route = url.pathname.slice(prefix.length);
    const issue = /^\/issues\/(\d+)\/comments$/.exec(route);
    const single = /^\/issues\/comments\/(\d+)$/.exec(route);
    if (issue && req.method === 'GET') {
      const all = this.list(Number(issue[1]));
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next", <${next.href}>; rel="last"`;
      }
      return send(res, 200, slice, headers);
    }
    if (issue && req.method === 'POST') {
      const c = { id: this.nextId++, body: (body as { body: string }).body, user: this.author };
      this.list(Number(issue[1])).push(c);
      return send(res, 201, c);
    }
    if (single) {
      const id = Number(single[1]);
      for (const list of this.comments.values()) {
        const i = list.findIndex((c) => c.id === id);
        if (i < 0) continue;
        if (req.method === 'PATCH') {
          list[i]!.body = (body as { body: string }).body;
          return send(res, 200, list[i]);
        }
        if (req.method === 'DELETE') {
          list.splice(i, 1);
          res.writeHead(204).end();
          return;
        }
      }
    }
    send(res, 404, { message: 'Not Found' });
  }
}

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(data));
}
