import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compare, loadContract } from '../../src/compare.js';
import { LoadError } from '../../src/errors.js';
import { fetchBounded } from '../../src/load/http.js';
import { MAX_SOURCE_BYTES } from '../../src/load/limits.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';
import { itemsSpec } from '../helpers/inline.js';


const ITEM = 'type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n  name: { type: string }\n';
const OLD = itemsSpec(`{ $ref: '#/components/schemas/Item' }`, `components:\n  schemas:\n    Item:\n${ITEM.replace(/^/gm, '      ')}`);
const NEW_JSON = JSON.stringify({ openapi: '3.0.3', info: { title: 'Items', version: '1.0.0' }, paths: {} }, null, 2);
const LOCAL = path.join(ROOT, 'fixtures/bad/valid.yaml');

let server: Server;
let base: string;
let requests: string[] = [];
/** Bytes the /huge route wrote before the client went away. */
let hugeWritten = 0;

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  // Served as text/plain: the format is told from the content.
  '/v1/openapi.yaml': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(OLD),
  '/v1/openapi.json': (_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(NEW_JSON),
  '/latest': (_req, res) => res.writeHead(302, { location: '/v1/openapi.yaml' }).end(),
  '/loop': (req, res) => res.writeHead(301, { location: `/loop?${Number(new URL(req.url!, base).search.slice(1) || 0) + 1}` }).end(),
  '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/to-localhost': (_req, res) => res.writeHead(302, { location: `${base.replace('127.0.0.1', 'localhost')}/v1/openapi.yaml` }).end(),
  '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not here</h1>'),
  '/declared-huge': (_req, res) => {
    res.writeHead(200, { 'content-length': String(MAX_SOURCE_BYTES + 1) });
    res.write('openapi: 3.0.3\n');
  },
  '/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/yaml' });
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const pump = () => {
      while (!res.destroyed && hugeWritten < 4 * MAX_SOURCE_BYTES) {
        hugeWritten += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  },
  // Headers at once, the body never: only the timeout ends it.
  '/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/yaml' });
    res.write('openapi: 3.0.3\n');
  },
  '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html>\n<html><body>openapi.yaml</body></html>\n'),
  '/binary': (_req, res) => res.writeHead(200).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  '/split/openapi.yaml': (_req, res) => res.writeHead(200).end(itemsSpec(`{ $ref: './schemas/item.yaml' }`)),
  // `id` no longer in the response: breaking.
  '/split/schemas/item.yaml': (_req, res) => res.writeHead(200).end('type: object\nproperties:\n  name: { type: string }\n'),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!);
    const route = routes[new URL(req.url!, 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  requests = [];
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function loadError(source: string, opts: Parameters<typeof loadContract>[1] = {}): Promise<LoadError> {
  const e = await loadContract(source, opts).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LoadError);
  return e as LoadError;
}

describe('an http(s) URL as a source', () => {
  it('is compared like a file; the URL names the old side in findings, with lines', async () => {
    const url = `${base}/v1/openapi.yaml`;
    const report = await compare(url, `${base}/split/openapi.yaml`, { allowRemoteRefs: true, allowPrivateRefs: true });
    expect(report.sources.old.file).toBe(url);
    const removed = report.findings.find((f) => f.rule === 'output-property-removed');
    expect(removed?.old).toEqual({ file: url, pointer: '/components/schemas/Item/properties/id', line: 18 });
    expect(removed?.new).toMatchObject({ file: `${base}/split/openapi.yaml`, line: 11 });
  });

  it('tells JSON from YAML by the content, whatever the Content-Type', async () => {
    const report = await compare(`${base}/v1/openapi.yaml`, `${base}/v1/openapi.json`);
    expect(report.findings.map((f) => f.rule)).toContain('operation-removed');
  });

  it('follows a redirect and names the source as typed', async () => {
    const c = await loadContract(`${base}/latest`);
    expect(c.source.name).toBe(`${base}/latest`);
    expect(requests).toEqual(['/latest', '/v1/openapi.yaml']);
  });

  it('is trusted as typed: localhost is read without --allow-private-refs', async () => {
    const c = await loadContract(`${base.replace('127.0.0.1', 'localhost')}/v1/openapi.yaml`);
    expect(c.operations.size).toBe(1);
  });

  it.each([
    ['/missing', /^HTTP 404 Not Found$/],
    ['/loop', /^more than 5 redirects; refused$/],
    ['/to-file', /^redirects to "file:\/\/\/etc\/passwd", which is not http\(s\); refused$/],
    ['/declared-huge', /^response is larger than 64 MB; refused$/],
    ['/binary', /^binary file, expected YAML or JSON text/],
    ['/page', /^the server sent a web page \(text\/html; charset=utf-8\), not YAML or JSON; use the URL of the raw file$/],
  ])('refuses %s with one line', async (route, detail) => {
    const e = await loadError(`${base}${route}`);
    expect(e.file).toBe(`${base}${route}`);
    expect(e.detail).toMatch(detail);
  });

  it('stops reading a response once it passes 64 MB', async () => {
    hugeWritten = 0;
    const e = await loadError(`${base}/huge`);
    expect(e.detail).toBe('response is larger than 64 MB; refused');
    // The server was cut off near the limit, not read to its end (4x the limit).
    await new Promise((r) => setTimeout(r, 50));
    expect(hugeWritten).toBeLessThan(MAX_SOURCE_BYTES * 1.5);
  });

  it('gives up on a slow response after the timeout', async () => {
    const started = Date.now();
    const e = await loadError(`${base}/slow`, { fetchTimeout: 200 });
    expect(e.detail).toBe('no complete response within 0.2 s; gave up');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('names a host that does not resolve and a port that refuses', async () => {
    expect((await loadError('http://apicompat-test.invalid/openapi.yaml')).detail).toBe('cannot resolve host "apicompat-test.invalid" (DNS lookup failed)');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await loadError(`http://127.0.0.1:${port}/openapi.yaml`)).detail).toBe(`connection refused by 127.0.0.1:${port}`);
  });

  it('refuses a URL with a user name or password before any request, and never prints the password', async () => {
    const e = await loadError(`${base}/openapi-v1.yaml`.replace('http://', 'http://alice:s3cret@'));
    expect(e.detail).toMatch(/^a user name or password in the URL is not supported/);
    expect(e.message).not.toContain('s3cret');
    expect(e.message).toContain('http://***@127.0.0.1');
    expect(requests).toHaveLength(0);
  });

  it('names a URL of another scheme as such, not as an unknown git revision; REF:path stays a git source', async () => {
    expect((await loadError('file:///etc/passwd')).detail).toBe('is not a file, and only http:// and https:// URLs are fetched');
    expect((await loadError('ftp://example.com/openapi.yaml')).detail).toBe('is not a file, and only http:// and https:// URLs are fetched');
    expect((await loadError('no-such-revision-xyz:openapi.yaml', { cwd: ROOT })).detail).toMatch(/^cannot read from git: unknown revision/);
  });

  it('checks every redirect target with the caller\'s rule (remote $refs: no private hosts)', async () => {
    const refuse = (url: string) => (new URL(url).hostname === 'localhost' ? new LoadError('x', `refused ${url}`) : undefined);
    await expect(fetchBounded(`${base}/to-localhost`, 'x', { timeoutMs: 2000, refuse })).rejects.toThrow(/^x: refused http:\/\/localhost:\d+\/v1\/openapi\.yaml$/);
    expect((await fetchBounded(`${base}/latest`, 'x', { timeoutMs: 2000, refuse })).url).toBe(`${base}/v1/openapi.yaml`);
  });
});

describe('relative $refs in a document fetched from a URL', () => {
  it('are remote refs: not followed without --allow-remote-refs, and nothing more is fetched', async () => {
    const e = await loadError(`${base}/split/openapi.yaml`);
    expect(e.message).toBe(`${base}/split/openapi.yaml:11: remote $ref "./schemas/item.yaml" (${base}/split/schemas/item.yaml) is not followed (pass --allow-remote-refs to allow it) (at /paths/~1items/get/responses/200/content/application~1json/schema)`);
    expect(requests).toEqual(['/split/openapi.yaml']);
  });

  it('to a private host need --allow-private-refs too, although the URL typed was trusted', async () => {
    const e = await loadError(`${base}/split/openapi.yaml`, { allowRemoteRefs: true });
    expect(e.detail).toBe(`remote $ref "./schemas/item.yaml" (${base}/split/schemas/item.yaml) points at a local or private address; refused (pass --allow-private-refs as well to allow it)`);
  });

  it('are followed with both flags', async () => {
    const c = await loadContract(`${base}/split/openapi.yaml`, { allowRemoteRefs: true, allowPrivateRefs: true });
    expect(c.operations.size).toBe(1);
    expect(requests).toEqual(['/split/openapi.yaml', '/split/schemas/item.yaml']);
  });

  it('leave a local file\'s relative refs as they were (read from its folder, no flag needed)', async () => {
    const c = await loadContract('fixtures/bad/sandbox/spec/inside.yaml', { cwd: ROOT });
    expect(c.operations.size).toBeGreaterThan(0);
    expect(requests).toEqual([]);
  });
});

describe('the CLI with URL sources', () => {
  it('breaking: exit 1 on a breaking change between a URL and a URL', async () => {
    const r = await runCli(['breaking', '--allow-remote-refs', '--allow-private-refs', `${base}/v1/openapi.yaml`, `${base}/split/openapi.yaml`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${base}/v1/openapi.yaml`);
  });

  it('changelog and version take URLs too', async () => {
    const changelog = await runCli(['changelog', '--format', 'json', `${base}/v1/openapi.yaml`, `${base}/v1/openapi.json`]);
    expect(changelog.code).toBe(1); // the operation removed is breaking
    expect((JSON.parse(changelog.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule)).toContain('operation-removed');
    const version = await runCli(['version', '--format', 'json', `${base}/v1/openapi.yaml`, `${base}/v1/openapi.json`]);
    expect(version.code).toBe(0);
    expect(JSON.parse(version.stdout)).toMatchObject({ bump: 'major' });
  });

  it('prints one line and exits 2 on a 404, and --fetch-timeout sets the timeout in seconds', async () => {
    const missing = await runCli(['breaking', `${base}/missing`, LOCAL]);
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: `apicompat: ${base}/missing: HTTP 404 Not Found\n` });
    const slow = await runCli(['breaking', '--fetch-timeout', '0.3', `${base}/slow`, `${base}/v1/openapi.yaml`]);
    expect(slow).toMatchObject({ code: 2, stderr: `apicompat: ${base}/slow: no complete response within 0.3 s; gave up\n` });
    const bad = await runCli(['breaking', '--fetch-timeout', '0', `${base}/v1/openapi.yaml`, `${base}/v1/openapi.yaml`]);
    expect(bad).toMatchObject({ code: 2, stderr: 'apicompat: --fetch-timeout must be a number of seconds > 0, got "0"\n' });
  });
});
