import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/compare.js';
import { compareTexts } from '../helpers/inline.js';

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
});
