import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPrivateHost } from '../src/load/private-host.js';
import { runCli } from './helpers/cli.js';
import { ROOT } from './helpers/fixtures.js';

const VALID = path.join(ROOT, 'fixtures/bad/valid.yaml');

describe('$ref sandbox', () => {
  it('refuses a file $ref that climbs out of the spec folder to /etc/passwd', async () => {
    const r = await runCli(['breaking', VALID, 'fixtures/bad/sandbox/spec/escape-etc.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^apicompat: fixtures\/bad\/sandbox\/spec\/escape-etc\.yaml:11: \$ref "\.\.\/\.\.\/etc\/passwd" leaves the spec's folder .*; refused/);
    expect(r.stderr).not.toContain('root:');
  });

  it('refuses a relative $ref to a readable file next to the spec folder', async () => {
    const r = await runCli(['breaking', VALID, 'fixtures/bad/sandbox/spec/escape-sibling.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\$ref "\.\.\/outside\.yaml" leaves the spec's folder/);
    expect(r.stdout).toBe('');
  });

  it('refuses an absolute file path and a file: URL outside the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-sandbox-'));
    try {
      for (const ref of ['/etc/hostname', 'file:///etc/hostname']) {
        writeFileSync(path.join(dir, 'spec.yaml'), readFileSync(path.join(ROOT, 'fixtures/bad/sandbox/spec/remote.yaml'), 'utf8').replace('REMOTE_URL', ref));
        const r = await runCli(['breaking', VALID, 'spec.yaml'], dir);
        expect(r.code, ref).toBe(2);
        expect(r.stderr, ref).toMatch(/^apicompat: spec\.yaml(:\d+)?: .*(leaves the spec's folder|unsupported scheme)/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('remote $ref', () => {
  let server: Server;
  let requests: string[] = [];
  let dir: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/yaml' });
      res.end('type: object\nproperties:\n  remoteId: { type: string }\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    dir = mkdtempSync(path.join(tmpdir(), 'apicompat-remote-'));
    const spec = readFileSync(path.join(ROOT, 'fixtures/bad/sandbox/spec/remote.yaml'), 'utf8').replace('REMOTE_URL', `http://127.0.0.1:${port}/schemas/trip.yaml`);
    writeFileSync(path.join(dir, 'remote.yaml'), spec);
  });
  beforeEach(() => {
    requests = [];
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('is not followed by default, and no request is made', async () => {
    const r = await runCli(['breaking', VALID, 'remote.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^apicompat: remote\.yaml:11: remote \$ref "http:\/\/127\.0\.0\.1:\d+\/schemas\/trip\.yaml" is not followed \(pass --allow-remote-refs to allow it\)/);
    expect(requests).toEqual([]);
  });

  it('is not followed to a local or private address with --allow-remote-refs alone', async () => {
    const r = await runCli(['breaking', '--allow-remote-refs', VALID, 'remote.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^apicompat: remote\.yaml:11: remote \$ref "http:\/\/127\.0\.0\.1:\d+\/schemas\/trip\.yaml" points at a local or private address; refused/);
    expect(requests).toEqual([]);
  });

  it('is followed with --allow-remote-refs --allow-private-refs', async () => {
    const r = await runCli(['changelog', '--allow-remote-refs', '--allow-private-refs', '--format', 'json', VALID, 'remote.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(requests).toEqual(['/schemas/trip.yaml']);
    const report = JSON.parse(r.stdout) as { findings: Array<{ rule: string }> };
    expect(report.findings.map((f) => f.rule)).toContain('response-media-type-added');
  });
});

describe('isPrivateHost', () => {
  it.each([
    ['http://localhost:8080/a.yaml', true],
    ['http://127.0.0.1/a', true],
    ['http://169.254.169.254/latest/meta-data', true],
    ['http://10.1.2.3/a', true],
    ['http://172.20.0.1/a', true],
    ['http://192.168.1.1/a', true],
    ['http://[::1]/a', true],
    ['http://[::ffff:127.0.0.1]/a', true],
    ['http://metadata/a', true],
    ['http://build.internal/a', true],
    ['https://schemas.example.com/a.yaml', false],
    ['https://172.32.0.1/a', false],
    ['https://8.8.8.8/a', false],
  ])('%s -> %s', (url, expected) => {
    expect(isPrivateHost(url)).toBe(expected);
  });
});
