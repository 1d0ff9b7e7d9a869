import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoadError } from '../src/errors.js';
import { loadDocument } from '../src/load/index.js';
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

/**
 * A pull request can commit symbolic links. Every file read (the spec itself, each file a `$ref` names,
 * refs inside those files, the base tree the Action and `check` write out) resolves links first and must
 * stay inside the spec's folder: the outside file's text must never reach the report.
 */
describe('$ref sandbox: symbolic links', () => {
  const SECRET = 'type: object\nproperties:\n  SECRET_FIELD: { type: string }\n';
  const specWithRef = (ref: string) => readFileSync(path.join(ROOT, 'fixtures/bad/sandbox/spec/escape-sibling.yaml'), 'utf8').replace("'../outside.yaml'", JSON.stringify(ref));
  let dir: string;
  beforeAll(() => {
    // dir/outside/secret.yaml is outside dir/spec, the spec's folder.
    dir = mkdtempSync(path.join(tmpdir(), 'apicompat-symlinks-'));
    mkdirSync(path.join(dir, 'outside'));
    mkdirSync(path.join(dir, 'spec', 'schemas'), { recursive: true });
    writeFileSync(path.join(dir, 'outside', 'secret.yaml'), SECRET);
    writeFileSync(path.join(dir, 'spec', 'valid.yaml'), readFileSync(VALID));
    writeFileSync(path.join(dir, 'spec', 'schemas', 'trip.yaml'), 'type: object\nproperties:\n  id: { type: string }\n');
    symlinkSync('../outside/secret.yaml', path.join(dir, 'spec', 'item.yaml'));
    symlinkSync('../../outside', path.join(dir, 'spec', 'schemas', 'linked'));
    symlinkSync('schemas/trip.yaml', path.join(dir, 'spec', 'trip-link.yaml'));
    symlinkSync('../outside/secret.yaml', path.join(dir, 'spec', 'main-link.yaml'));
    symlinkSync('valid.yaml', path.join(dir, 'spec', 'valid-link.yaml'));
    writeFileSync(path.join(dir, 'spec', 'via-file-link.yaml'), specWithRef('./item.yaml'));
    writeFileSync(path.join(dir, 'spec', 'via-folder-link.yaml'), specWithRef('./schemas/linked/secret.yaml'));
    writeFileSync(path.join(dir, 'spec', 'schemas', 'nested.yaml'), 'type: object\nproperties:\n  a: { $ref: "../item.yaml" }\n');
    writeFileSync(path.join(dir, 'spec', 'via-nested-ref.yaml'), specWithRef('./schemas/nested.yaml'));
    writeFileSync(path.join(dir, 'spec', 'via-inside-link.yaml'), specWithRef('./trip-link.yaml'));
    writeFileSync(path.join(dir, 'spec', 'percent-encoded.yaml'), specWithRef('%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cwd = () => path.join(dir, 'spec');

  function expectRefused(r: { code: number; stdout: string; stderr: string }, message: RegExp): void {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr).not.toContain('SECRET_FIELD');
  }

  it('refuses a $ref to a link that points at a file outside the folder', async () => {
    expectRefused(await runCli(['changelog', 'valid.yaml', 'via-file-link.yaml'], cwd()), /^apicompat: via-file-link\.yaml:11: \$ref "\.\/item\.yaml" leads through a symbolic link out of the spec's folder \(.+\); refused \(at \/paths\/~1trips\/get\/responses\/200\/content\/application~1json\/schema\)$/);
  });

  it('refuses a $ref through a linked folder', async () => {
    expectRefused(await runCli(['changelog', 'valid.yaml', 'via-folder-link.yaml'], cwd()), /^apicompat: via-folder-link\.yaml:11: \$ref "\.\/schemas\/linked\/secret\.yaml" leads through a symbolic link out of the spec's folder/);
  });

  it('refuses a link reached by a $ref inside a referenced file', async () => {
    expectRefused(await runCli(['changelog', 'valid.yaml', 'via-nested-ref.yaml'], cwd()), /^apicompat: via-nested-ref\.yaml: a \$ref to "item\.yaml" leads through a symbolic link out of the spec's folder \(.+\); refused$/);
  });

  it('says that a percent-encoded ../ leaves the folder (not that /etc/passwd could not be read)', async () => {
    expectRefused(await runCli(['changelog', 'valid.yaml', 'percent-encoded.yaml'], cwd()), /^apicompat: percent-encoded\.yaml:11: \$ref "%2e%2e\/(%2e%2e\/)+etc\/passwd" leaves the spec's folder \(.+\); refused \(at \/paths\//);
  });

  it('refuses a spec that is itself a link to a file outside its folder', async () => {
    expectRefused(await runCli(['breaking', 'valid.yaml', 'main-link.yaml'], cwd()), /^apicompat: main-link\.yaml: is a symbolic link to a file outside the spec's folder; refused$/);
    expectRefused(await runCli(['breaking', 'main-link.yaml', 'valid.yaml'], cwd()), /^apicompat: main-link\.yaml: is a symbolic link/);
  });

  it('follows links that stay inside the folder', async () => {
    const r = await runCli(['changelog', '--format', 'json', 'valid-link.yaml', 'via-inside-link.yaml'], cwd());
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Array<{ rule: string }> };
    expect(report.findings.map((f) => f.rule)).toContain('response-media-type-added');
  });

  it('refuses a link committed in git, read as REF:path', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'apicompat-symlink-git-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q', '-b', 'main');
      writeFileSync(path.join(repo, 'valid.yaml'), readFileSync(VALID));
      symlinkSync(path.join(dir, 'outside', 'secret.yaml'), path.join(repo, 'openapi.yaml'));
      git('add', '.');
      git('commit', '-qm', 'plant a link');
      expectRefused(await runCli(['breaking', 'HEAD:valid.yaml', 'HEAD:openapi.yaml'], repo), /^apicompat: HEAD:openapi\.yaml: is a symbolic link in git; refused/);
      // The working tree's copy of the same link is refused by the folder check.
      expectRefused(await runCli(['breaking', 'HEAD:valid.yaml', 'openapi.yaml'], repo), /^apicompat: openapi\.yaml: is a symbolic link to a file outside the spec's folder; refused$/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('refuses a link committed in the base tree that leads out of the spec folder (REF:path, Action and check)', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'apicompat-symlink-base-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q', '-b', 'main');
      mkdirSync(path.join(repo, 'api'));
      writeFileSync(path.join(repo, 'api', 'openapi.yaml'), specWithRef('./item.yaml'));
      symlinkSync(path.join(dir, 'outside', 'secret.yaml'), path.join(repo, 'api', 'item.yaml'));
      git('add', '.');
      git('commit', '-qm', 'plant a link');
      const err = await loadDocument('HEAD:api/openapi.yaml', { cwd: repo }).catch((e: unknown) => e as Error);
      expect(err).toBeInstanceOf(LoadError);
      expect((err as LoadError).detail).toMatch(/^\$ref "\.\/item\.yaml" leads through a symbolic link out of the spec's folder \(HEAD:api\/\); refused/);
      expect(err.message).not.toContain('SECRET');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
