import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/compare.js';

// The diff stage compares meaning, not text: these are the promises of src/model/schema-view.ts and
// schema.ts, each proved with compare() on two small specs written to a temp folder.

const dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-semantic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function diff(oldDoc: object, newDoc: object): Promise<Report> {
  const base = path.join(dir, String(n++));
  writeFileSync(`${base}-old.json`, JSON.stringify(oldDoc));
  writeFileSync(`${base}-new.json`, JSON.stringify(newDoc));
  return compare(`${base}-old.json`, `${base}-new.json`);
}

const rulesOf = (r: Report) => r.findings.map((f) => f.rule);

type Schema = Record<string, unknown>;
const json = (schema: Schema) => ({ 'application/json': { schema } });

/** POST /trips taking `req` and answering `res`; components.schemas from `schemas`. */
function api(req: Schema, res: Schema, schemas: Record<string, Schema> = {}, openapi = '3.0.3') {
  return {
    openapi,
    info: { title: 'Trips', version: '1.0.0' },
    paths: {
      '/trips': {
        post: {
          requestBody: { required: true, content: json(req) },
          responses: { '201': { description: 'Created', content: json(res) } },
        },
      },
    },
    ...(Object.keys(schemas).length ? { components: { schemas } } : {}),
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const trip: Schema = {
  type: 'object',
  required: ['destination'],
  properties: {
    destination: { type: 'string', maxLength: 200 },
    travellers: { type: 'integer', minimum: 1 },
    stops: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
  },
};

describe('semantic diff', () => {
  it('(1) an inline schema moved into components behind a $ref is no change', async () => {
    const report = await diff(api(trip, trip), api(ref('Trip'), ref('Trip'), { Trip: trip }));
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('unchanged');
    // and the reverse: a component inlined again
    expect((await diff(api(ref('Trip'), ref('Trip'), { Trip: trip }), api(trip, trip))).findings).toEqual([]);
  });

  it('(1) a change inside the moved schema is still seen', async () => {
    const changed = { ...trip, properties: { ...(trip.properties as object), destination: { type: 'string', maxLength: 100 } } };
    const report = await diff(api(trip, trip), api(ref('Trip'), ref('Trip'), { Trip: changed }));
    expect(rulesOf(report).sort()).toEqual(['input-constraint-tightened', 'output-constraint-tightened']);
  });

  it('(1) oneOf variants moved into components behind $refs are no change', async () => {
    const Cat = { type: 'object', required: ['meow'], properties: { meow: { type: 'string' } } };
    const Dog = { type: 'object', required: ['bark'], properties: { bark: { type: 'string' } } };
    const inline = { oneOf: [Cat, Dog] };
    const named = { oneOf: [ref('Cat'), ref('Dog')] };
    expect((await diff(api(inline, inline), api(named, named, { Cat, Dog }))).findings).toEqual([]);
    expect((await diff(api(named, named, { Cat, Dog }), api(inline, inline))).findings).toEqual([]);
    // a variant that really is new is still reported, once per side
    const more = { oneOf: [ref('Cat'), ref('Dog'), ref('Fox')] };
    const Fox = { type: 'object', properties: { fox: { type: 'string' } } };
    expect(rulesOf(await diff(api(inline, inline), api(more, more, { Cat, Dog, Fox }))).sort()).toEqual(['input-variant-added', 'output-variant-added']);
    // A plain schema that becomes one variant of several is compared with that variant, not with the
    // bare wrapper (which would read as every property removed and the type widened to any).
    const found = (r: Report) => r.findings.map((f) => `${f.rule} ${f.subject.value}`).sort();
    expect(found(await diff(api(Cat, Cat), api(named, named, { Cat, Dog })))).toEqual(['input-variant-added Dog', 'output-variant-added Dog']);
    expect(found(await diff(api(named, named, { Cat, Dog }), api(ref('Cat'), ref('Cat'), { Cat, Dog })))).toEqual(['input-variant-removed Dog', 'output-variant-removed Dog']);
  });

  it('(2) a schema split into an allOf of parts with the same properties is no change', async () => {
    const parts = {
      Place: { type: 'object', required: ['destination'], properties: { destination: { type: 'string', maxLength: 200 } } },
      Party: { type: 'object', properties: { travellers: { type: 'integer', minimum: 1 } } },
    };
    const split = { allOf: [ref('Place'), ref('Party'), { properties: { stops: (trip.properties as Record<string, Schema>).stops } }] };
    expect((await diff(api(trip, trip), api(split, split, parts))).findings).toEqual([]);
    // an allOf part that drops a required name is a change, so the merge is not blind
    const loose = { allOf: [{ ...parts.Place, required: [] }, ref('Party'), { properties: { stops: (trip.properties as Record<string, Schema>).stops } }] };
    expect(rulesOf(await diff(api(trip, trip), api(loose, trip, parts)))).toEqual(['input-property-became-optional']);
  });

  it('(3) a renamed path variable is the same operation', async () => {
    const get = (p: string, v: string, props: Schema) => ({
      openapi: '3.0.3',
      info: { title: 'Trips', version: '1.0.0' },
      paths: {
        [p]: {
          get: {
            parameters: [{ name: v, in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: 'One trip', content: json({ type: 'object', properties: props }) } },
          },
        },
      },
    });
    const id = { id: { type: 'string' } };
    expect((await diff(get('/trips/{id}', 'id', id), get('/trips/{tripId}', 'tripId', id))).findings).toEqual([]);
    // Paired, not just silent: a change inside is reported on the operation under its new name.
    const report = await diff(get('/trips/{id}', 'id', id), get('/trips/{tripId}', 'tripId', { ...id, name: { type: 'string' } }));
    expect(report.findings.map((f) => [f.rule, f.operation])).toEqual([['output-property-added', 'GET /trips/{tripId}']]);
  });

  it('(4) a readOnly property removed from a shared schema only breaks the response side', async () => {
    // Required: removing an optional response property is only a warning (output-optional-property-removed).
    const withId = { ...trip, required: ['id', 'destination'], properties: { id: { type: 'string', readOnly: true }, ...(trip.properties as object) } };
    const report = await diff(api(ref('Trip'), ref('Trip'), { Trip: withId }), api(ref('Trip'), ref('Trip'), { Trip: trip }));
    expect(report.findings.map((f) => [f.rule, f.flow, f.subject.property])).toEqual([['output-property-removed', 'output', 'id']]);
  });

  it('(4) a writeOnly property removed from a shared schema only touches the request side', async () => {
    const withPassword = { ...trip, properties: { ...(trip.properties as object), password: { type: 'string', writeOnly: true } } };
    const report = await diff(api(ref('Trip'), ref('Trip'), { Trip: withPassword }), api(ref('Trip'), ref('Trip'), { Trip: trip }));
    expect(report.findings.map((f) => [f.rule, f.flow, f.subject.property])).toEqual([['input-property-removed', 'input', 'password']]);
  });

  it('(5) a $ref cycle terminates and a change inside the cycle is reported', { timeout: 5000 }, async () => {
    const node = (nameType: string): Schema => ({
      type: 'object',
      properties: { name: { type: nameType }, children: { type: 'array', items: ref('Node') }, parent: ref('Edge') },
    });
    const edge: Schema = { type: 'object', properties: { to: ref('Node') } };
    const same = await diff(api(ref('Node'), ref('Node'), { Node: node('string'), Edge: edge }), api(ref('Node'), ref('Node'), { Node: node('string'), Edge: edge }));
    expect(same.findings).toEqual([]);
    const report = await diff(api(ref('Node'), ref('Node'), { Node: node('string'), Edge: edge }), api(ref('Node'), ref('Node'), { Node: node('integer'), Edge: edge }));
    expect(report.findings.map((f) => [f.rule, f.flow, f.subject.property])).toEqual([
      ['type-changed', 'input', 'name'],
      ['type-changed', 'output', 'name'],
    ]);
    // A change only reachable through the second hop of the cycle (Node -> Edge -> Node) is seen too.
    const edge2 = { type: 'object', properties: { to: ref('Node'), weight: { type: 'number' } } };
    const hop = await diff(api(ref('Node'), ref('Node'), { Node: node('string'), Edge: edge }), api(ref('Node'), ref('Node'), { Node: node('string'), Edge: edge2 }));
    expect(hop.findings.map((f) => [f.rule, f.subject.property])).toEqual([
      ['input-optional-property-added', 'parent.weight'],
      ['output-property-added', 'parent.weight'],
    ]);
  });

  it('(5) a schema first compared inside a cycle is compared in full when another operation uses it directly', async () => {
    // GET /nodes answers Node (-> Edge -> Node); GET /edges answers Edge. Comparing Node first must not leave
    // behind an Edge result that skipped Node (the pair being compared at that point of the cycle).
    const spec = (nameType: string) => ({
      openapi: '3.0.3',
      info: { title: 'Graph', version: '1.0.0' },
      paths: Object.fromEntries(
        ['Node', 'Edge'].map((s) => [`/${s.toLowerCase()}s`, { get: { responses: { '200': { description: s, content: json(ref(s)) } } } }]),
      ),
      components: {
        schemas: {
          Node: { type: 'object', properties: { name: { type: nameType }, parent: ref('Edge') } },
          Edge: { type: 'object', properties: { to: ref('Node') } },
        },
      },
    });
    const report = await diff(spec('string'), spec('integer'));
    // One change (Node.name), reached by both operations.
    expect(report.findings.map((f) => [f.rule, f.old?.pointer, [...(f.operations ?? [])].sort()])).toEqual([
      ['type-changed', '/components/schemas/Node/properties/name', ['GET /edges', 'GET /nodes']],
    ]);
  });

  it('(5) densely cyclic schemas stay linear: every operation sees the change, each once', { timeout: 10_000 }, async () => {
    // 20 schemas that all reference each other: there are factorially many paths to S19.v, so the
    // diff must neither follow them all nor list the change once per path.
    const names = Array.from({ length: 20 }, (_, i) => `S${i}`);
    const spec = (vType: string) => ({
      openapi: '3.0.3',
      info: { title: 'Mesh', version: '1.0.0' },
      paths: Object.fromEntries(names.map((s) => [`/${s}`, { get: { responses: { '200': { description: s, content: json(ref(s)) } } } }])),
      components: {
        schemas: Object.fromEntries(
          names.map((s, i) => [s, { type: 'object', properties: { v: { type: i === names.length - 1 ? vType : 'string' }, ...Object.fromEntries(names.map((o) => [o.toLowerCase(), ref(o)])) } }]),
        ),
      },
    });
    const report = await diff(spec('string'), spec('integer'));
    const reached = report.findings.flatMap((f) => {
      expect(f.rule).toBe('type-changed');
      return f.operations ?? [f.operation];
    });
    expect(reached.sort()).toEqual(names.map((s) => `GET /${s}`).sort());
  });

  it('(6) a required request property added with a default is compatible, without one breaking', async () => {
    const add = (currency: Schema): Schema => ({ ...trip, required: ['destination', 'currency'], properties: { ...(trip.properties as object), currency } });
    const withDefault = await diff(api(trip, { type: 'object' }), api(add({ type: 'string', default: 'EUR' }), { type: 'object' }));
    expect(rulesOf(withDefault)).toEqual(['input-required-property-added-with-default']);
    expect(withDefault.verdict).toBe('compatible');
    const without = await diff(api(trip, { type: 'object' }), api(add({ type: 'string' }), { type: 'object' }));
    expect(rulesOf(without)).toEqual(['input-required-property-added']);
    expect(without.verdict).toBe('breaking');
  });

  it('(7) 3.0 `nullable: true` and 3.1 `type: [x, null]` compare equal, both ways', async () => {
    const v30 = api({ type: 'object', properties: { notes: { type: 'string', nullable: true } } }, { type: 'object', properties: { n: { type: 'integer', nullable: true } } });
    const v31 = api({ type: 'object', properties: { notes: { type: ['string', 'null'] } } }, { type: 'object', properties: { n: { anyOf: [{ type: 'integer' }, { type: 'null' }] } } }, {}, '3.1.0');
    expect((await diff(v30, v31)).findings).toEqual([]);
    expect((await diff(v31, v30)).findings).toEqual([]);
    // while dropping null in either spelling is still seen
    const plain = api({ type: 'object', properties: { notes: { type: 'string' } } }, { type: 'object', properties: { n: { type: 'integer' } } }, {}, '3.1.0');
    expect(rulesOf(await diff(v30, plain)).sort()).toEqual(['input-nullable-removed', 'output-nullable-removed']);
    expect(rulesOf(await diff(v31, plain)).sort()).toEqual(['input-nullable-removed', 'output-nullable-removed']);
  });

  it('(8) a numeric format that comes or goes with a type change is that type change, not a second finding', async () => {
    const amount = (s: Schema) => api({ type: 'object' }, { type: 'object', properties: { amount: s } });
    const narrowed = await diff(amount({ type: 'number', format: 'float' }), amount({ type: 'integer', minimum: 0 }));
    expect(rulesOf(narrowed).sort()).toEqual(['output-constraint-tightened', 'output-type-narrowed']);
    // the neighbouring change: the same format dropped while the type stays is still a finding
    const dropped = await diff(amount({ type: 'number', format: 'float' }), amount({ type: 'number' }));
    expect(rulesOf(dropped)).toEqual(['format-changed']);
    // and a non-numeric format with a type change is reported on its own
    const date = await diff(amount({ type: 'string', format: 'date-time' }), amount({ type: 'integer' }));
    expect(rulesOf(date)).toContain('format-changed');
  });

  it('(9) a scalar default on a string schema is its text: `true` and `"true"` are the same default', async () => {
    const latest = (d: unknown) => api({ type: 'object', properties: { make_latest: { type: 'string', enum: ['true', 'false', 'legacy'], default: d } } }, { type: 'object' });
    expect((await diff(latest(true), latest('true'))).findings).toEqual([]);
    expect(rulesOf(await diff(latest('true'), latest('false')))).toEqual(['input-default-changed']);
    // on a schema that is not only strings, `1` and `"1"` stay different values
    const count = (d: unknown) => api({ type: 'object', properties: { n: { type: ['integer', 'string'], default: d } } }, { type: 'object' }, {}, '3.1.0');
    expect(rulesOf(await diff(count(1), count('1')))).toEqual(['input-default-changed']);
  });
});
