import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compare, loadContract } from '../../src/compare.js';
import { LoadError } from '../../src/errors.js';
import { ROOT } from '../helpers/fixtures.js';

const dir = (...p: string[]) => path.join('fixtures', 'asyncapi', ...p);
const run = (a: string, b: string) => compare(a, b, { cwd: ROOT });

describe('AsyncAPI 2.6 <-> 3.0', () => {
  it('reports nothing when comparing a 2.6 document with its 3.0 conversion, either way', async () => {
    const forward = await run(dir('convert', 'v2.yaml'), dir('convert', 'v3.yaml'));
    const backward = await run(dir('convert', 'v3.yaml'), dir('convert', 'v2.yaml'));
    expect(forward.findings).toEqual([]);
    expect(backward.findings).toEqual([]);
    expect(forward.verdict).toBe('unchanged');
  });

  it('sees both documents as the same operations and messages', async () => {
    const [a, b] = await Promise.all([loadContract(dir('convert', 'v2.yaml'), { cwd: ROOT }), loadContract(dir('convert', 'v3.yaml'), { cwd: ROOT })]);
    const shape = (c: typeof a) => [...c.operations.values()].map((o) => [o.key, o.style, [...o.async!.messages.values()].map((m) => `${m.key}:${m.flow}`)]);
    expect(shape(a)).toEqual(shape(b));
    expect(shape(a)).toEqual([
      ['send v1/trips/{}/booked', 'publish/subscribe', ['TripBooked:output']],
      ['receive v1/bookings/requests', 'publish/subscribe', ['BookTrip:input', 'CancelTrip:input']],
    ]);
  });

  it('reports only the real change between a 2.6 document and a changed 3.0 conversion', async () => {
    const r = await run(dir('convert', 'v2.yaml'), dir('convert', 'v3-changed.yaml'));
    expect(r.findings.map((f) => [f.rule, f.level, f.message, f.operation, f.new?.line])).toEqual([
      ['input-property-became-required', 'breaking', 'property seats in received message BookTrip payload became required', 'receive v1/bookings/requests', 69],
    ]);
    expect(r.bump).toBe('major');
    expect(r.nextVersion).toBe('2.0.0');
  });
});

describe('AsyncAPI message traits', () => {
  it('applies traits, so headers moved from a 2.6 trait into a 3.0 message are no change', async () => {
    const r = await run(dir('traits', 'old.yaml'), dir('traits', 'same.yaml'));
    expect(r.findings).toEqual([]);
  });

  it('sees a header made required inside a trait of a received message', async () => {
    const r = await run(dir('traits', 'old.yaml'), dir('traits', 'new.yaml'));
    expect(r.findings.map((f) => [f.rule, f.level, f.message, f.new?.pointer])).toEqual([
      ['input-required-property-added', 'breaking', 'required property tenant added to received message BookTrip headers', '/components/messageTraits/Traced/headers/properties/tenant'],
    ]);
  });
});

describe('AsyncAPI direction', () => {
  it('judges the same edit by who sends the message', async () => {
    const r = await run(dir('direction', 'old.yaml'), dir('direction', 'new.yaml'));
    const got = r.findings.map((f) => [f.rule, f.level, f.message]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['input-required-property-added', 'breaking', 'required property currency added to received message BookTrip payload'],
        ['output-property-added', 'compatible', 'property currency added to sent message TripBooked payload'],
        ['output-property-removed', 'breaking', 'property price removed from sent message TripBooked payload'],
      ]),
    );
    const removedFromReceived = r.findings.find((f) => f.subject.property === 'note');
    expect(removedFromReceived?.flow).toBe('input');
    expect(removedFromReceived?.level).toBe('warning'); // input-property-removed: clients keep sending it
    expect(r.findings).toHaveLength(4);
  });

  it('recommends versioned channel addresses when the addresses carry a version', async () => {
    const r = await run(dir('direction', 'old.yaml'), dir('direction', 'new.yaml'));
    expect(r.nextVersion).toBe('3.0.0');
    expect(r.recommendation.urlVersioning).toMatchObject({
      current: 'v1',
      next: 'v2',
      scope: 'paths',
      operations: [
        { operation: 'receive v1/bookings/requests', path: 'receive v2/bookings/requests' },
        { operation: 'send v1/trips/booked', path: 'send v2/trips/booked' },
      ],
    });
    expect(r.recommendation.text).toContain('v2 channel addresses');
  });
});

describe('AsyncAPI interaction styles', () => {
  it('derives the style of each operation from its reply and its channel', async () => {
    const c = await loadContract(dir('styles', 'doc.yaml'), { cwd: ROOT });
    expect(Object.fromEntries([...c.operations.values()].map((o) => [o.operationId, o.style]))).toEqual({
      answerPing: 'request/response',
      runJob: 'request/async response',
      sendAlert: 'notification',
      publishPrice: 'publish/subscribe',
      requestQuotes: 'publish/async responses',
    });
    const ping = c.operations.get('receive ping')!;
    expect([...ping.async!.messages.values()].map((m) => m.flow)).toEqual(['input']);
    expect([...ping.async!.reply!.messages.values()].map((m) => m.flow)).toEqual(['output']);
  });

  it('reports a removed reply as a breaking change of style', async () => {
    const r = await run(path.join('fixtures', 'reply-added', 'new.yaml'), path.join('fixtures', 'reply-added', 'old.yaml'));
    const style = r.findings.find((f) => f.rule === 'operation-style-changed');
    expect(style).toMatchObject({ level: 'breaking', message: 'interaction style changed from request/async response to notification', operation: 'receive bookings/requests' });
  });
});

describe('AsyncAPI channel address changes', () => {
  it('follows a 2.x operation id to its new address: one address change, no operation removed and added', async () => {
    const r = await run(dir('rename', 'old.yaml'), dir('rename', 'new.yaml'));
    expect(r.findings.map((f) => [f.rule, f.level, f.message])).toEqual([['channel-address-changed', 'breaking', 'channel address changed from trips/booked to trips/confirmed']]);
  });
});

describe('AsyncAPI channel parameters', () => {
  it('judges a narrowed address variable by who picks its value', async () => {
    const r = await run(dir('parameters', 'old.yaml'), dir('parameters', 'new.yaml'));
    expect(r.findings.map((f) => [f.rule, f.level, f.operation, f.message])).toEqual([
      ['input-enum-value-removed', 'breaking', 'receive orders/{region}/placed', 'value apac removed from channel parameter region'],
      ['output-enum-value-removed', 'compatible', 'send orders/{region}/shipped', 'value apac removed from channel parameter region'],
    ]);
  });
});

describe('AsyncAPI security', () => {
  it('reads 2.x requirement maps and 3.x scheme references as the same server security', async () => {
    const r = await run(dir('security', 'v2.yaml'), dir('security', 'v3.yaml'));
    expect(r.findings).toEqual([]);
  });

  it('reports an operation that now requires another scheme than its server did', async () => {
    const r = await run(dir('security', 'v2.yaml'), dir('security', 'v3-oauth.yaml'));
    expect(r.findings.map((f) => [f.rule, f.level, f.operation])).toEqual([
      ['security-alternative-removed', 'breaking', 'send trips/booked'],
      ['security-alternative-added', 'compatible', 'send trips/booked'],
    ]);
  });
});

describe('AsyncAPI replies', () => {
  it('reports a reply moved off the request channel as a breaking reply channel change', async () => {
    const r = await run(dir('styles', 'doc.yaml'), dir('styles', 'reply-moved.yaml'));
    expect(r.findings.filter((f) => f.operation === 'receive ping').map((f) => [f.rule, f.level, f.message])).toEqual([
      ['reply-channel-changed', 'breaking', 'replies moved from ping to pongs'],
      ['operation-style-extended', 'compatible', 'interaction style changed from request/response to request/async response'],
    ]);
  });
});

describe('AsyncAPI JSON report', () => {
  it('prints the same JSON contract as for OpenAPI', async () => {
    const out: string[] = [];
    const code = await main(['changelog', dir('direction', 'old.yaml'), dir('direction', 'new.yaml'), '--format', 'json'], { stdout: (s) => out.push(s), stderr: () => {}, env: {}, isTTY: false, cwd: ROOT });
    expect(code).toBe(1);
    const report = JSON.parse(out.join(''));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.sources.old).toMatchObject({ format: 'asyncapi', specVersion: '3.0.0' });
    expect(report.styles).toEqual({ 'receive v1/bookings/requests': 'notification', 'send v1/trips/booked': 'notification' });
  });
});

describe('AsyncAPI load errors', () => {
  it('names the file, pointer and line of the first validation error', async () => {
    const err = await loadContract(dir('invalid', 'bad.yaml'), { cwd: ROOT }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as LoadError).pointer).toBe('/operations/onBooked/retries');
    expect((err as LoadError).line).toBe(10);
    expect((err as LoadError).message).toMatch(/^fixtures\/asyncapi\/invalid\/bad\.yaml:10: invalid AsyncAPI 3\.0\.0 document: .*retries/);
  });

  it('exits 2 with one line on stderr from the CLI', async () => {
    const out: string[] = [];
    const errs: string[] = [];
    const code = await main(['breaking', dir('invalid', 'bad.yaml'), dir('convert', 'v3.yaml')], { stdout: (s) => out.push(s), stderr: (s) => errs.push(s), env: {}, isTTY: false, cwd: ROOT });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(errs.join('').trim().split('\n')).toHaveLength(1);
  });

  it('refuses to compare AsyncAPI with OpenAPI', async () => {
    await expect(run(dir('convert', 'v3.yaml'), path.join('fixtures', 'operation-removed', 'old.yaml'))).rejects.toThrow(/both must be OpenAPI\/Swagger or both AsyncAPI/);
  });
});

describe('lazy AsyncAPI parser', () => {
  // A resolve hook that refuses @asyncapi/parser: an OpenAPI run must not need it, an AsyncAPI run must.
  const hook = `data:text/javascript,${encodeURIComponent(`export async function resolve(s, c, next) { if (s.startsWith('@asyncapi/parser')) throw new Error('ASYNCAPI_PARSER_LOADED'); return next(s, c); }`)}`;
  const script = (a: string, b: string, validate: boolean) =>
    `import { register } from 'node:module'; register(${JSON.stringify(hook)}); const { compare } = await import('./dist/src/index.js'); const r = await compare(${JSON.stringify(a)}, ${JSON.stringify(b)}, { validate: ${validate} }); console.log(r.verdict);`;
  const node = (a: string, b: string, validate = false) => spawnSync(process.execPath, ['--input-type=module', '-e', script(a, b, validate)], { cwd: ROOT, encoding: 'utf8' });

  it('is not imported for OpenAPI documents', () => {
    const r = node('fixtures/operation-removed/old.yaml', 'fixtures/operation-removed/new.yaml');
    expect(r.stderr).not.toContain('ASYNCAPI_PARSER_LOADED');
    expect(r.stdout.trim()).toBe('breaking');
  });

  it('is not imported for AsyncAPI documents either: their official JSON Schema validates them', () => {
    const r = node(dir('convert', 'v2.yaml'), dir('convert', 'v3.yaml'));
    expect(r.stderr).not.toContain('ASYNCAPI_PARSER_LOADED');
    expect(r.stdout.trim()).toBe('unchanged');
  });

  it('is imported for AsyncAPI documents with validate (its rules beyond the schema)', () => {
    const r = node(dir('convert', 'v2.yaml'), dir('convert', 'v3.yaml'), true);
    expect(r.stderr).toContain('ASYNCAPI_PARSER_LOADED');
  });
});

describe('AsyncAPI validation that does not stop the comparison', () => {
  it('reports a channel parameter the address does not use as a warning diagnostic with file, line and pointer, and compares on', async () => {
    const r = await run(dir('diagnostics', 'old.yaml'), dir('diagnostics', 'new.yaml'));
    expect(r.findings.map((f) => [f.rule, f.level])).toEqual([['input-optional-property-added', 'compatible']]);
    expect(r.diagnostics?.filter((d) => d.file === dir('diagnostics', 'new.yaml'))).toEqual([
      { level: 'warning', code: 'invalid-document', message: 'channel parameter lightId is not in the address lights/{streetlightId}/measured', file: dir('diagnostics', 'new.yaml'), pointer: '/channels/lightMeasured/parameters/lightId', line: 7 },
      { level: 'warning', code: 'invalid-document', message: "address lights/{streetlightId}/measured uses {streetlightId}, which the channel's parameters do not define", file: dir('diagnostics', 'new.yaml'), pointer: '/channels/lightMeasured/address', line: 5 },
    ]);
    // The same problems in the old document are named once, in the new one (the document to fix).
    expect(r.diagnostics).toHaveLength(2);
  });

  it('shows them in the CLI report, and the exit code is the comparison\'s', async () => {
    let stdout = '';
    const code = await main(['breaking', dir('diagnostics', 'old.yaml'), dir('diagnostics', 'new.yaml')], { stdout: (s) => (stdout += s), stderr: () => {}, env: { NO_COLOR: '1' }, isTTY: false, cwd: ROOT });
    expect(code).toBe(0);
    expect(stdout).toContain('fixtures/asyncapi/diagnostics/new.yaml:7 /channels/lightMeasured/parameters/lightId');
    for (const format of ['sarif', 'junit', 'markdown', 'github', 'json']) {
      let out = '';
      await main(['breaking', '--format', format, dir('diagnostics', 'old.yaml'), dir('diagnostics', 'new.yaml')], { stdout: (s) => (out += s), stderr: () => {}, env: { NO_COLOR: '1' }, isTTY: false, cwd: ROOT });
      expect(out, format).toContain('channel parameter lightId is not in the address');
    }
  });

  it('reports an invalid protocol binding as a warning (bindings are compared as data), the rest of the document still validated', async () => {
    const r = await run(dir('diagnostics', 'binding.yaml'), dir('diagnostics', 'binding.yaml'));
    expect(r.findings).toEqual([]);
    // Both sides have it: named once.
    expect(r.diagnostics?.map((d) => [d.message, d.pointer, d.line])).toEqual([['invalid http binding: unknown property "type"', '/operations/onLightMeasured/bindings/http/type', 12]]);
    await expect(run(dir('diagnostics', 'binding.yaml'), dir('invalid', 'bad.yaml'))).rejects.toThrow(/invalid AsyncAPI 3\.0\.0 document/);
  });
});
