import { describe, expect, it } from 'vitest';
import { compareContracts, type Report } from '../../src/compare.js';
import type { Waiver } from '../../src/engine/waivers.js';
import { compareTexts, contractOf } from '../helpers/inline.js';

// Issue 15: the summary and the recommendation count distinct changes. One property removed from a shared
// schema reaches every operation using it (through different property paths, response codes, media types),
// and is one finding naming all of them.

const diff = (oldDoc: object, newDoc: object): Promise<Report> => compareTexts(JSON.stringify(oldDoc), JSON.stringify(newDoc));

const ref = { $ref: '#/components/schemas/Pet' };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
function api(pet: object, extraQuery = true) {
  return {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.4.0' },
    paths: {
      '/pets': { get: { responses: { '200': { description: 'ok', ...json({ type: 'array', items: ref }) } } } },
      '/pets/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, ...(extraQuery ? [{ name: 'q', in: 'query', schema: { type: 'string' } }] : [])],
          responses: { '200': { description: 'ok', ...json(ref) }, '201': { description: 'ok', ...json({ type: 'object', properties: { pet: ref } }) } },
        },
      },
      '/owners': { get: { responses: { '200': { description: 'ok', ...json({ type: 'object', properties: { first: ref, second: ref } }) } } } },
    },
    components: { schemas: { Pet: pet } },
  };
}
const pet = (props: string[], required: string[]) => ({ type: 'object', required, properties: Object.fromEntries(props.map((p) => [p, { type: 'string' }])) });

describe('distinct changes', () => {
  it('one required property removed from a shared schema is one breaking change reaching every operation', async () => {
    const r = await diff(api(pet(['id', 'name'], ['id'])), api(pet(['name'], [])));
    const removed = r.findings.filter((f) => f.rule === 'output-property-removed');
    expect(removed).toHaveLength(1);
    expect([...removed[0]!.operations!].sort()).toEqual(['GET /owners', 'GET /pets', 'GET /pets/{id}']);
    expect(r.summary.breaking).toBe(1);
    expect(r.recommendation.text).toMatch(/^1 breaking change: /);
    expect(r.recommendation.text).toContain('deprecate the removed item first');
    expect(r.recommendation.alternatives?.find((a) => a.strategy === 'deprecate-then-remove')?.findings).toBe(1);
  });

  it('two properties removed from the shared schema stay two changes, and a per-operation change stays its own', async () => {
    const r = await diff(api(pet(['id', 'code', 'name'], ['id', 'code'])), api(pet(['name'], []), false));
    expect(r.findings.filter((f) => f.rule === 'output-property-removed').map((f) => f.old?.pointer).sort()).toEqual([
      '/components/schemas/Pet/properties/code',
      '/components/schemas/Pet/properties/id',
    ]);
    expect(r.findings.filter((f) => f.rule === 'parameter-removed')).toHaveLength(1);
    expect(r.summary.breaking).toBe(2);
    expect(r.recommendation.text).toContain('deprecate the 2 removed items first');
  });

  it('the same schema change read by a request and by a response stays two findings: they break different clients', async () => {
    const doc = (props: string[]) => {
      const d = api(pet(props, [])) as { paths: Record<string, Record<string, unknown>> };
      d.paths['/pets']!.post = { requestBody: json(ref), responses: { '204': { description: 'ok' } } };
      return d;
    };
    const r = await diff(doc(['id', 'name']), doc(['name']));
    const removed = r.findings.filter((f) => f.old?.pointer === '/components/schemas/Pet/properties/id');
    expect(removed.map((f) => [f.rule, f.flow]).sort()).toEqual([
      ['input-property-removed', 'input'],
      ['output-optional-property-removed', 'output'],
    ]);
  });

  it('a break in a stable operation is not folded into the warning of a draft operation sharing the schema', async () => {
    const doc = (props: string[]) => {
      const d = api(pet(props, ['id'])) as { paths: Record<string, Record<string, Record<string, unknown>>> };
      d.paths['/owners']!.get!['x-stability-level'] = 'draft';
      return d;
    };
    const r = await diff(doc(['id', 'name']), doc(['name']));
    const removed = r.findings.filter((f) => f.rule === 'output-property-removed');
    expect(removed.map((f) => [f.level, f.stability, [...(f.operations ?? [f.operation])].sort()]).sort()).toEqual([
      ['breaking', undefined, ['GET /pets', 'GET /pets/{id}']],
      ['warning', 'draft', ['GET /owners']],
    ]);
    expect(r.summary.breaking).toBe(1);
    expect(r.verdict).toBe('breaking');
  });

  it('a whole shared schema made nullable is one change, whatever name a parent gives it (first, second, pet, [])', async () => {
    const r = await diff(api(pet(['id'], [])), api({ ...pet(['id'], []), nullable: true }));
    const nullable = r.findings.filter((f) => f.rule === 'output-nullable-added');
    expect(nullable).toHaveLength(1);
    expect([...nullable[0]!.operations!].sort()).toEqual(['GET /owners', 'GET /pets', 'GET /pets/{id}']);
    expect(r.summary.breaking).toBe(1);
  });

  it('a document-wide change is not merged into the change of one operation at the same place (operations never hold a gap)', async () => {
    // Root server added; GET /b's own server replaced by the root ones: both are server-added at /servers/0 of the new document.
    const doc = (root: string, own: boolean) => ({
      openapi: '3.0.3',
      info: { title: 'S', version: '1.0.0' },
      servers: [{ url: root }],
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } }, '/b': { ...(own ? { servers: [{ url: 'https://b.example/v1' }] } : {}), get: { responses: { '200': { description: 'ok' } } } } },
    });
    const r = await diff(doc('https://a.example/v1', true), doc('https://a.example/v2', false));
    const added = r.findings.filter((f) => f.rule === 'server-added');
    expect(added.map((f) => [f.operation, f.operations, f.new?.pointer])).toEqual([
      [undefined, undefined, '/servers/0'],
      ['GET /b', undefined, '/servers/0'],
    ]);
    expect(r.findings.every((f) => (f.operations ?? []).every((op) => typeof op === 'string'))).toBe(true);
    // The neighbouring case: the same operation-level change reached by two operations is still one finding.
    const schemes = { securitySchemes: { k: { type: 'apiKey', in: 'header', name: 'X-K' }, o: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://t.example', scopes: { r: 'read' } } } } } };
    const secured = (requirement: object) => ({ ...doc('https://a.example/v1', false), security: [requirement], components: schemes });
    const two = await diff(secured({ k: [] }), secured({ k: [], o: ['r'] }));
    expect(two.findings.map((f) => [f.rule, f.operation, f.operations])).toEqual([['security-alternative-tightened', 'GET /a', ['GET /a', 'GET /b']]]);
  });
});

describe('waivers on a change reached through several operations', () => {
  const compareWith = async (ignore: Waiver[]) =>
    compareContracts(await contractOf(JSON.stringify(api(pet(['id', 'name'], ['id']))), 'old.json'), await contractOf(JSON.stringify(api(pet(['name'], []))), 'new.json'), { config: { ignore } });
  const waiver = (operation: string): Waiver => ({ rule: 'output-property-removed', operation, reason: 'agreed with its clients' });

  it('a waiver for one operation does not silence the same break in the others, and says so', async () => {
    const r = await compareWith([waiver('GET /pets')]);
    const removed = r.findings.find((f) => f.rule === 'output-property-removed')!;
    expect(removed.waived).toBeUndefined();
    expect(r.verdict).toBe('breaking');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'partial-waiver', pointer: '/ignore/0', message: expect.stringMatching(/^waiver ignore\[0\] \(output-property-removed for GET \/pets\) covers a change that also reaches (GET \/pets\/\{id\}, GET \/owners|GET \/owners, GET \/pets\/\{id\}), which no waiver covers/) }),
    ]);
  });

  it('waivers for every operation it reaches waive it; a pointer waiver covers them all at once', async () => {
    const all = await compareWith([waiver('GET /pets'), waiver('GET /pets/{id}'), waiver('GET /owners')]);
    expect(all.findings.find((f) => f.rule === 'output-property-removed')!.waived).toEqual({ reason: 'agreed with its clients' });
    expect(all.verdict).not.toBe('breaking');
    expect(all.diagnostics).toBeUndefined();
    expect(all.findings.every((f) => f.waived)).toBe(true);
    expect([all.verdict, all.bump, all.recommendation.text]).toEqual(['compatible', 'none', 'Every change is waived: no release needed.']);
    const byPointer = await compareWith([{ rule: 'output-property-removed', pointer: '/components/schemas/Pet', reason: 'agreed' }]);
    expect(byPointer.findings.find((f) => f.rule === 'output-property-removed')!.waived).toEqual({ reason: 'agreed' });
  });
});
