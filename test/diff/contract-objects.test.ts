// The objects around the operations (issue 14): security scheme definitions across Swagger 2 and
// OpenAPI 3, operation- and path-level servers, serialization forms that mean the same, and paths that
// differ only in template names.
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../helpers/inline.js';

type Json = Record<string, unknown>;

const oas3 = (extra: Json, paths: Json = { '/trips': { get: { responses: { '200': { description: 'ok' } } } } }) => JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1.0.0' }, paths, ...extra });
const swagger2 = (extra: Json) => JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1.0.0' }, paths: { '/trips': { get: { responses: { '200': { description: 'ok' } } } } }, ...extra });
const rules = async (a: string, b: string) => (await compareTexts(a, b)).findings.map((f) => `${f.rule}: ${f.message}`);

describe('security scheme definitions', () => {
  const flows = {
    implicit: { authorizationUrl: 'https://a.example.com/authorize', scopes: { read: 'r' } },
    password: { tokenUrl: 'https://a.example.com/token', scopes: { read: 'r' } },
    clientCredentials: { tokenUrl: 'https://a.example.com/token', scopes: { read: 'r' } },
    authorizationCode: { authorizationUrl: 'https://a.example.com/authorize', tokenUrl: 'https://a.example.com/token', scopes: { read: 'r' } },
  };
  const v2 = {
    implicit: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://a.example.com/authorize', scopes: { read: 'r' } },
    password: { type: 'oauth2', flow: 'password', tokenUrl: 'https://a.example.com/token', scopes: { read: 'r' } },
    clientCredentials: { type: 'oauth2', flow: 'application', tokenUrl: 'https://a.example.com/token', scopes: { read: 'r' } },
    authorizationCode: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a.example.com/authorize', tokenUrl: 'https://a.example.com/token', scopes: { read: 'r' } },
  };
  const v3 = Object.fromEntries(Object.entries(flows).map(([name, f]) => [name, { type: 'oauth2', flows: { [name]: f } }]));
  const schemes2 = { securityDefinitions: { ...v2, basic: { type: 'basic' }, key: { type: 'apiKey', in: 'header', name: 'X-Key' } } };
  const schemes3 = { components: { securitySchemes: { ...v3, basic: { type: 'http', scheme: 'Basic' }, key: { type: 'apiKey', in: 'header', name: 'x-key' } } } };

  it('a Swagger 2 definition and its OpenAPI 3 form compare as equal, both ways', async () => {
    const a = swagger2(schemes2);
    const b = oas3(schemes3);
    expect((await rules(a, b)).filter((r) => r.startsWith('security-scheme'))).toEqual([]);
    expect((await rules(b, a)).filter((r) => r.startsWith('security-scheme'))).toEqual([]);
  });

  it('a Swagger 2 flow that changes kind is a flow removed and one added', async () => {
    const a = swagger2({ securityDefinitions: { o: v2.password } });
    const b = swagger2({ securityDefinitions: { o: v2.clientCredentials } });
    expect(await rules(a, b)).toEqual(['security-scheme-flow-removed: security scheme o no longer offers the OAuth flow password', 'security-scheme-flow-added: security scheme o offers a new OAuth flow clientCredentials']);
  });

  it('an API key name in the query is case-sensitive, in a header it is not', async () => {
    const key = (where: string, name: string) => oas3({ components: { securitySchemes: { key: { type: 'apiKey', in: where, name } } } });
    expect(await rules(key('query', 'key'), key('query', 'Key'))).toEqual(['security-scheme-credentials-changed: name of security scheme key changed from key to Key']);
    expect(await rules(key('header', 'X-Key'), key('header', 'x-key'))).toEqual([]);
  });
});

describe('operation and path item servers', () => {
  const op = (servers?: Json[], itemServers?: Json[]) => ({ '/trips': { ...(itemServers ? { servers: itemServers } : {}), get: { ...(servers ? { servers } : {}), responses: { '200': { description: 'ok' } } } } });
  const root = { servers: [{ url: 'https://api.example.com' }] };

  it('an operation that gets servers of its own is compared against the servers it used', async () => {
    const report = await compareTexts(oas3(root, op()), oas3(root, op([{ url: 'https://eu.example.com' }])));
    expect(report.findings.map((f) => [f.rule, f.operation, f.message])).toEqual([
      ['server-removed', 'GET /trips', 'server https://api.example.com removed'],
      ['server-added', 'GET /trips', 'server https://eu.example.com added'],
    ]);
  });

  it('servers written on the path item count for its operations', async () => {
    const report = await compareTexts(oas3({}, op(undefined, [{ url: 'https://a.example.com' }])), oas3({}, op(undefined, [{ url: 'https://b.example.com' }])));
    expect(report.findings.map((f) => [f.rule, f.operation])).toEqual([['server-removed', 'GET /trips'], ['server-added', 'GET /trips']]);
  });

  it('the document servers written again on the operation are no change', async () => {
    expect(await rules(oas3(root, op()), oas3(root, op([{ url: 'https://api.example.com' }])))).toEqual([]);
  });

  it('compares the variables of an operation server', async () => {
    const v = (values: string[]) => [{ url: 'https://{region}.example.com', variables: { region: { default: 'eu', enum: values } } }];
    const report = await compareTexts(oas3({}, op(v(['eu', 'us']))), oas3({}, op(v(['eu']))));
    expect(report.findings.map((f) => [f.rule, f.operation, f.message])).toEqual([['server-variable-value-removed', 'GET /trips', 'variable region of server https://{region}.example.com no longer accepts us']]);
  });
});

describe('parameter serialization', () => {
  const param = (p: Json, type: Json = { type: 'array', items: { type: 'string' } }) => oas3({}, { '/trips/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'q', schema: type, ...p }], responses: { '200': { description: 'ok' } } } } });

  it('writing out the default style is no change', async () => {
    expect(await rules(param({ in: 'query' }), param({ in: 'query', style: 'form', explode: true }))).toEqual([]);
    expect(await rules(param({ in: 'header' }), param({ in: 'header', style: 'simple', explode: false }))).toEqual([]);
  });

  it('an array that changes style is breaking; a scalar only where its text changes', async () => {
    expect(await rules(param({ in: 'query' }), param({ in: 'query', style: 'spaceDelimited', explode: false }))).toEqual([expect.stringMatching(/^parameter-style-changed: /)]);
    expect(await rules(param({ in: 'query' }, { type: 'integer' }), param({ in: 'query', explode: false }, { type: 'integer' }))).toEqual([expect.stringMatching(/^serialization-restated: /)]);
    const path = (style?: string) => oas3({}, { '/trips/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, ...(style ? { style } : {}) }], responses: { '200': { description: 'ok' } } } } });
    expect(await rules(path(), path('matrix'))).toEqual([expect.stringMatching(/^parameter-style-changed: /)]);
  });

  it('judges the values the sender writes: a scalar old clients send is written the same when the new schema also allows an array', async () => {
    const widened = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
    const found = await rules(param({ in: 'query' }, { type: 'string' }), param({ in: 'query', style: 'form', explode: false }, widened));
    expect(found.filter((r) => r.startsWith('parameter-style-changed'))).toEqual([]);
    expect(found).toContainEqual(expect.stringMatching(/^serialization-restated: /));
    // the reverse: a client that sent arrays exploded now has them read another way
    expect(await rules(param({ in: 'query' }, widened), param({ in: 'query', style: 'form', explode: false }, widened))).toContainEqual(expect.stringMatching(/^parameter-style-changed: /));
  });

  it('allowEmptyValue false written out is no change', async () => {
    expect(await rules(param({ in: 'query' }), param({ in: 'query', allowEmptyValue: false }))).toEqual([]);
  });
});

describe('paths that differ only in template names', () => {
  const ok = { responses: { '200': { description: 'ok' } } };
  const paths = { '/items/{a}': { get: ok }, '/items/{b}': { get: { responses: { '200': { description: 'other' } } }, delete: { responses: { '204': { description: 'gone' } } } } };

  it('are reported as a warning diagnostic naming the file, both paths and the pointer; a method both define is compared once, the first', async () => {
    const report = await compareTexts(oas3({}, paths), oas3({}, { '/items/{a}': { get: ok } }));
    expect(report.findings.map((f) => [f.rule, f.operation])).toEqual([['operation-removed', 'DELETE /items/{b}']]);
    expect(report.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'ambiguous-path',
        message: 'paths /items/{a} and /items/{b} differ only in template names (invalid OpenAPI: they are the same path); GET /items/{b} not compared (/items/{a} defines it too)',
        file: 'old.yaml',
        pointer: '/paths/~1items~1{b}',
        line: 1,
      },
    ]);
  });

  it('are named once, in the new document, when both versions have them', async () => {
    const report = await compareTexts(oas3({}, paths), oas3({}, paths));
    expect(report.findings).toEqual([]);
    expect(report.diagnostics?.map((d) => [d.code, d.file])).toEqual([['ambiguous-path', 'new.yaml']]);
  });

  it('with no method in common, every operation is compared', async () => {
    const apart = { '/items/{a}': { get: ok }, '/items/{b}': { delete: ok } };
    const report = await compareTexts(oas3({}, apart), oas3({}, apart));
    expect(report.diagnostics?.map((d) => d.message)).toEqual(['paths /items/{a} and /items/{b} differ only in template names (invalid OpenAPI: they are the same path); their operations are compared as written']);
  });
});
