import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../src/compare.js';
import yaml from 'js-yaml';
import { LoadError } from '../src/errors.js';
import { loadDocument, loadText } from '../src/load/index.js';
import { runBin, runCli } from './helpers/cli.js';
import { ROOT } from './helpers/fixtures.js';

const BAD = 'fixtures/bad';
const VALID = `${BAD}/valid.yaml`;

/** Every bad input: the file, and what its one-line error must say (file:line and the reason). */
const CASES: Array<[file: string, message: RegExp]> = [
  ['empty.yaml', /^apicompat: fixtures\/bad\/empty\.yaml:1: file is empty$/],
  ['blank.yaml', /^apicompat: fixtures\/bad\/blank\.yaml:1: file is empty$/],
  ['binary.yaml', /^apicompat: fixtures\/bad\/binary\.yaml:3: binary file, expected YAML or JSON text \(NUL byte at offset 8\)$/],
  ['invalid-yaml.yaml', /^apicompat: fixtures\/bad\/invalid-yaml\.yaml:4: invalid YAML: bad indentation of a mapping entry$/],
  ['truncated.json', /^apicompat: fixtures\/bad\/truncated\.json:2: invalid JSON: /],
  // The index scan reads keys while JSON.parse runs: a bad escape in one must surface as the parse error.
  ['bad-escape-key.json', /^apicompat: fixtures\/bad\/bad-escape-key\.json:4: invalid JSON: Bad escaped character$/],
  ['not-an-api.yaml', /^apicompat: fixtures\/bad\/not-an-api\.yaml:1: not an API description: no `openapi`, `swagger` or `asyncapi` field/],
  ['a-list.yaml', /^apicompat: fixtures\/bad\/a-list\.yaml:1: not an API description: expected a mapping/],
  ['unknown-version.yaml', /^apicompat: fixtures\/bad\/unknown-version\.yaml:1: unsupported OpenAPI version "4\.0\.0" .*\(at \/openapi\)$/],
  ['swagger-version.yaml', /^apicompat: fixtures\/bad\/swagger-version\.yaml:1: unsupported Swagger version "1\.2" .*\(at \/swagger\)$/],
  ['missing-paths.yaml', /^apicompat: fixtures\/bad\/missing-paths\.yaml:1: OpenAPI document has no `paths` \(at \/paths\)$/],
  ['missing-pointer.yaml', /^apicompat: fixtures\/bad\/missing-pointer\.yaml:11: \$ref "#\/components\/schemas\/Nope" points at nothing \(at \/paths\/~1trips\/get\/responses\/200\/content\/application~1json\/schema\)$/],
  ['ref-loop.yaml', /^apicompat: fixtures\/bad\/ref-loop\.yaml:15: \$ref loop #\/components\/schemas\/A -> #\/components\/schemas\/B -> #\/components\/schemas\/A \(at \/components\/schemas\/B\)$/],
  ['alias-bomb.yaml', /^apicompat: fixtures\/bad\/alias-bomb\.yaml:\d+: document expands to more than 5,000,000 nodes through YAML aliases \(an alias bomb\?\); refused \(at \/x-bomb\//],
  ['schema-alias-bomb.yaml', /^apicompat: fixtures\/bad\/schema-alias-bomb\.yaml:\d+: document expands to more than 5,000,000 nodes .*\(at \/x-defs\//],
  ['duplicate-keys.yaml', /^apicompat: fixtures\/bad\/duplicate-keys\.yaml:8: invalid YAML: duplicated mapping key$/],
  ['deep-nesting.json', /^apicompat: fixtures\/bad\/deep-nesting\.json:2: document nests deeper than 1000 levels; refused \(at \/x\/0\/0\/0\/0\/0\/0\/0\/0\/0\/0\/0\)$/],
  ['duplicate-keys.json', /^apicompat: fixtures\/bad\/duplicate-keys\.json:1: invalid JSON: duplicated key "\/a"$/],
  ['missing-channels.yaml', /^apicompat: fixtures\/bad\/missing-channels\.yaml:1: /],
  // Malformed structure (every shape case, with exact lines and pointers, is in test/load/shape.test.ts).
  ['openapi-and-asyncapi.yaml', /^apicompat: fixtures\/bad\/openapi-and-asyncapi\.yaml:2: ambiguous API description: it has `openapi` and `asyncapi` fields at the top level; keep the one the document is written in \(at \/asyncapi\)$/],
  ['shape-operation.yaml', /^apicompat: fixtures\/bad\/shape-operation\.yaml:5: operation `get` must be a mapping, not a string \("nope"\) \(at \/paths\/~1trips\/get\)$/],
  ['shape-responses.yaml', /^apicompat: fixtures\/bad\/shape-responses\.yaml:6: `responses` must be a mapping, not a number \(7\) \(at \/paths\/~1trips\/get\/responses\)$/],
  ['shape-schema.yaml', /^apicompat: fixtures\/bad\/shape-schema\.yaml:11: `schema` must be a mapping, not a string \("stringy"\) \(at \/paths\/~1trips\/get\/responses\/200\/content\/application~1json\/schema\)$/],
  ['sandbox/spec/escape-etc.yaml', /^apicompat: fixtures\/bad\/sandbox\/spec\/escape-etc\.yaml:11: \$ref "\.\.\/\.\.\/etc\/passwd" leaves the spec's folder \(.*\); refused \(at \/paths\//],
  ['sandbox/spec/escape-sibling.yaml', /^apicompat: fixtures\/bad\/sandbox\/spec\/escape-sibling\.yaml:11: \$ref "\.\.\/outside\.yaml" leaves the spec's folder/],
  ['does-not-exist.yaml', /^apicompat: fixtures\/bad\/does-not-exist\.yaml: file not found$/],
];

function expectOneLineError(r: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
}

describe('bad input: one line naming file and position, exit 2, no stack trace', () => {
  it.each(CASES)('%s as the new side', async (file, message) => {
    expectOneLineError(await runCli(['breaking', VALID, `${BAD}/${file}`]), message);
  });

  it.each(CASES)('%s as the old side (changelog)', async (file, message) => {
    expectOneLineError(await runCli(['changelog', `${BAD}/${file}`, VALID]), message);
  });

  it('refuses to compare OpenAPI with AsyncAPI', async () => {
    const r = await runCli(['breaking', VALID, `${BAD}/asyncapi.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^apicompat: .*asyncapi\.yaml/);
  });

  it('never says "no breaking changes" through the library: compare() rejects', async () => {
    for (const [file] of CASES) await expect(compare(VALID, `${BAD}/${file}`, { cwd: ROOT }), file).rejects.toMatchObject({ code: 'LOAD' });
  });

  it('bounds a $ref fan-out (one component used 9 times at each of 9 levels): a few findings, not 9^9', async () => {
    const started = Date.now();
    const r = await runCli(['breaking', '--format', 'json', `${BAD}/ref-fanout.yaml`, `${BAD}/ref-fanout-v2.yaml`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { verdict: string; findings: Array<{ rule: string; new?: { pointer: string } }> };
    expect(report.verdict).toBe('breaking');
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.length).toBeLessThan(100);
    expect(new Set(report.findings.map((f) => f.new?.pointer))).toEqual(new Set(['/components/schemas/L0/properties/leaf']));
    expect(Date.now() - started).toBeLessThan(20_000);
    const same = await runCli(['breaking', `${BAD}/ref-fanout.yaml`, `${BAD}/ref-fanout.yaml`]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No changes');
  });

  it('follows $ref cycles through allOf, items and properties without error', async () => {
    const r = await runCli(['changelog', '--format', 'json', `${BAD}/cycles.yaml`, `${BAD}/cycles-v2.yaml`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { verdict: string; findings: Array<{ rule: string; message: string }> };
    expect(report.verdict).toBe('compatible');
    expect(report.findings.map((f) => f.rule)).toContain('input-optional-property-added');
    const messages = report.findings.map((f) => f.message);
    expect(messages).toContain('optional property name added to request body (application/json)');
    expect(messages).toContain('property name added to response 200 (application/json)');
    // The same fact seen one level into the cycle: reported once, through the first path that reaches it.
    expect(messages.filter((m) => /^property \S+\.name added to response 200/.test(m))).toHaveLength(1);
    const same = await compare(`${BAD}/cycles.yaml`, `${BAD}/cycles.yaml`, { cwd: ROOT });
    expect(same.verdict).toBe('unchanged');
  });

  it('resolves a $ref to a file inside the spec folder', async () => {
    const r = await runCli(['changelog', '--format', 'json', VALID, `${BAD}/sandbox/spec/inside.yaml`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('response-media-type-added');
    const loaded = await loadDocument(`${BAD}/sandbox/spec/inside.yaml`, { cwd: ROOT });
    expect(JSON.stringify(loaded.doc)).toContain('"properties":{"id":{"type":"string"}}');
  });
});

describe('bad input through the built bin (child process)', () => {
  it.each(['empty.yaml', 'binary.yaml', 'bad-escape-key.json', 'alias-bomb.yaml', 'schema-alias-bomb.yaml', 'duplicate-keys.json', 'sandbox/spec/escape-etc.yaml'])('%s', async (file) => {
    const message = CASES.find(([f]) => f === file)![1];
    const r = await runBin(['breaking', VALID, `${BAD}/${file}`], ROOT, 20_000);
    expectOneLineError(r, message);
  });
});

describe('large documents', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'apicompat-big-'));
    // ~50 MB of JSON: 20,000 operations with long descriptions; generated here, never committed.
    const description = 'x'.repeat(2000);
    const paths: Record<string, unknown> = { '/trips': { get: { responses: { '200': { description: 'ok' } } } } };
    for (let i = 0; i < 21_000; i++) {
      paths[`/r${i}/{id}`] = {
        get: {
          operationId: `op${i}`,
          description,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } } } },
        },
      };
    }
    writeFileSync(path.join(dir, 'big.json'), JSON.stringify({ openapi: '3.0.3', info: { title: 'Big', version: '1.0.0' }, paths }));
    // Over the 64 MB limit: refused before parsing.
    writeFileSync(path.join(dir, 'huge.yaml'), `openapi: 3.0.3\ninfo: { title: Huge, version: 1.0.0 }\npaths: {}\nx-padding: "${'y'.repeat(65 * 1024 * 1024)}"\n`);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compares a 50 MB document in bounded time and memory', async () => {
    const r = await runBin(['breaking', '--format', 'json', path.join(ROOT, VALID), 'big.json'], dir, 120_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { verdict: string; summary: { compatible: number } };
    expect(report.verdict).toBe('compatible');
    expect(report.summary.compatible).toBe(21_000);
  }, 130_000);

  it('refuses a document over 64 MB with one line', async () => {
    const r = await runBin(['breaking', path.join(ROOT, VALID), 'huge.yaml'], dir, 30_000);
    expectOneLineError(r, /^apicompat: huge\.yaml: file is larger than 64 MB; refused$/);
  }, 40_000);
});

/** Sources that are not regular files, or never end: refused at once, before a byte is read. */
describe('bounded reads: regular files only, 64 MB while reading, stdin too', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'apicompat-special-'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    writeFileSync(path.join(dir, 'valid.yaml'), readFileSync(path.join(ROOT, VALID)));
    writeFileSync(path.join(dir, 'ref-to-fifo.yaml'), readFileSync(path.join(ROOT, BAD, 'sandbox/spec/escape-sibling.yaml'), 'utf8').replace("'../outside.yaml'", "'./fifo.yaml'"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a FIFO as a source instead of waiting for a writer', async () => {
    const r = await runBin(['breaking', 'valid.yaml', 'fifo.yaml'], dir, 10_000);
    expectOneLineError(r, /^apicompat: fifo\.yaml: is a named pipe \(FIFO\), not a spec file; refused$/);
  });

  it('refuses a FIFO as a $ref target', async () => {
    const r = await runBin(['breaking', 'valid.yaml', 'ref-to-fifo.yaml'], dir, 10_000);
    expectOneLineError(r, /^apicompat: ref-to-fifo\.yaml: \$ref target fifo\.yaml: is a named pipe \(FIFO\), not a spec file; refused$/);
  });

  it.each(['/dev/zero', '/dev/urandom'])('refuses the device %s as a source (its size reads as 0, it never ends)', async (device) => {
    const r = await runBin(['breaking', device, 'valid.yaml'], dir, 10_000);
    expectOneLineError(r, new RegExp(`^apicompat: ${device.replace(/\//g, '\\/')}: is a character device, not a spec file; refused$`));
  });

  it('refuses a folder as a source', async () => {
    expectOneLineError(await runCli(['breaking', 'valid.yaml', '.'], dir), /^apicompat: \.: is a directory, not a spec file; refused$/);
  });

  it('stops reading stdin that passes 64 MB (an endless stream as well)', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'apicompat.js'), 'breaking', '-', 'valid.yaml'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => {}); // the CLI closes its end once it has refused the input
    const chunk = Buffer.from('x: y\n'.repeat(1 << 16));
    let open = true;
    const pump = () => {
      while (open && child.stdin.write(chunk));
      if (open) child.stdin.once('drain', pump);
    };
    pump();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    open = false;
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toBe('apicompat: <stdin>: input is larger than 64 MB; refused');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('refuses stdin handed in through the API over 64 MB', async () => {
    const big = `openapi: 3.0.3\ninfo: { title: t, version: 1.0.0 }\npaths: {}\nx: "${'y'.repeat(64 * 1024 * 1024)}"\n`;
    await expect(compare('-', VALID, { cwd: ROOT, stdin: async () => big })).rejects.toMatchObject({ detail: 'input is larger than 64 MB; refused' });
  });
});

describe('text encodings', () => {
  const text = readFileSync(path.join(ROOT, 'fixtures/example/trips-v2.yaml'), 'utf8');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'apicompat-utf16-'));
    writeFileSync(path.join(dir, 'utf16le.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(path.join(dir, 'utf16be.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    writeFileSync(path.join(dir, 'utf16-no-bom.yaml'), Buffer.from(text, 'utf16le'));
    writeFileSync(path.join(dir, 'utf16le.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(yaml.load(text), null, 2), 'utf16le')]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['utf16le.yaml', 'utf16be.yaml', 'utf16le.json'])('decodes %s (with a byte order mark) like its UTF-8 text, lines included', async (file) => {
    const v1 = path.join(ROOT, 'fixtures/example/trips-v1.yaml');
    const utf8 = await compare(v1, path.join(ROOT, 'fixtures/example/trips-v2.yaml'));
    const utf16 = await compare(v1, path.join(dir, file));
    expect(utf16.findings.map((f) => [f.rule, f.message])).toEqual(utf8.findings.map((f) => [f.rule, f.message]));
    if (file.endsWith('.yaml')) expect(utf16.findings.map((f) => f.new?.line)).toEqual(utf8.findings.map((f) => f.new?.line));
    expect(utf16.findings.some((f) => f.new?.line !== undefined)).toBe(true);
  });

  it('refuses UTF-16 without a byte order mark with advice, not as a binary file', async () => {
    expectOneLineError(await runCli(['breaking', path.join(ROOT, VALID), 'utf16-no-bom.yaml'], dir), /^apicompat: utf16-no-bom\.yaml:1: looks like UTF-16 without a byte order mark; UTF-16 is read only with one: save the file as UTF-8$/);
  });
});

describe('one nesting limit for JSON and YAML (1,000 levels)', () => {
  /** A schema nested `levels` objects deep (each level a `properties` map holding `p`). */
  function deepSchemaYaml(levels: number): string {
    let out = 'openapi: 3.0.3\ninfo: { title: Deep, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Deep:\n';
    let indent = '      ';
    for (let i = 0; i < levels; i++) {
      out += `${indent}type: object\n${indent}properties:\n${indent}  p:\n`;
      indent += '    ';
    }
    return `${out}${indent}type: string\n`;
  }
  const flowJson = (levels: number) => `{"openapi":"3.0.3","info":{"title":"Deep","version":"1.0.0"},"paths":{},"x-deep":${'['.repeat(levels)}${']'.repeat(levels)}}`;
  const flowYaml = (levels: number) => `openapi: 3.0.3\ninfo: { title: Deep, version: 1.0.0 }\npaths: {}\nx-deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;

  it('accepts a 128-level YAML schema (the YAML parser alone stops at 100)', async () => {
    const report = await compare('-', path.join(ROOT, VALID), { stdin: async () => deepSchemaYaml(128) });
    expect(report.sources.old.title).toBe('Deep');
  });

  it('accepts YAML up to the limit and refuses it past the limit with the JSON message', async () => {
    // The outermost array of x-deep is at depth 1, the innermost at depth `levels`; depth 1000 is refused.
    await expect(loadText({ name: 'ok.yaml', text: flowYaml(999) })).resolves.toMatchObject({ syntax: 'yaml' });
    for (const levels of [1000, 1500, 20_000]) {
      const err = (await loadText({ name: 'deep.yaml', text: flowYaml(levels) }).catch((e: unknown) => e)) as LoadError;
      expect(err, String(levels)).toBeInstanceOf(LoadError);
      expect(err.detail, String(levels)).toBe('document nests deeper than 1000 levels; refused');
      const json = (await loadText({ name: 'deep.json', text: flowJson(levels) }).catch((e: unknown) => e)) as LoadError;
      expect(json.detail, String(levels)).toBe(err.detail);
    }
    await expect(loadText({ name: 'ok.json', text: flowJson(999) })).resolves.toMatchObject({ syntax: 'json' });
  });
});
