import fc from 'fast-check';

type Json = Record<string, unknown>;

const NAMES = ['id', 'name', 'status', 'count', 'tags', 'price'] as const;
const COMPONENTS = ['Trip', 'Stop', 'Fare'] as const;

/** A small JSON schema; `$ref`s only below the top of a component, so every ref names a real schema. */
export function schemaArb(depth: number, withRefs: boolean): fc.Arbitrary<Json> {
  const leaf = fc.oneof(
    fc.record({ type: fc.constant('string'), maxLength: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }), enum: fc.option(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }), { nil: undefined }) }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constantFrom('integer', 'number'), minimum: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }) }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('boolean'), description: fc.option(fc.constantFrom('flag', 'on/off'), { nil: undefined }) }, { requiredKeys: ['type'] }),
  );
  const ref = fc.constantFrom(...COMPONENTS).map((c) => ({ $ref: `#/components/schemas/${c}` }));
  if (depth <= 0) return withRefs ? fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: ref }) : leaf;
  const child = schemaArb(depth - 1, withRefs);
  const object = fc
    .uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 })
    .chain((names) => fc.tuple(fc.constant(names), fc.array(child, { minLength: names.length, maxLength: names.length }), fc.subarray(names), fc.boolean()))
    .map(([names, schemas, required, closed]) => {
      const s: Json = { type: 'object', properties: Object.fromEntries(names.map((n, i) => [n, schemas[i]])) };
      if (required.length) s.required = required;
      if (closed) s.additionalProperties = false;
      return s;
    });
  const array = child.map((items) => ({ type: 'array', items }));
  const allOf = fc.tuple(object, object).map(([a, b]) => ({ allOf: [a, b] }));
  return fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 3, arbitrary: object }, { weight: 1, arbitrary: array }, { weight: 1, arbitrary: allOf }, ...(withRefs ? [{ weight: 1, arbitrary: ref }] : []));
}

const PATHS = ['/trips', '/trips/{id}', '/stops'] as const;
const METHODS = ['get', 'post', 'put', 'delete'] as const;

const operationArb = (path: string, method: string) => {
  const params = fc.uniqueArray(fc.record({ name: fc.constantFrom('limit', 'sort', 'q'), required: fc.boolean(), deprecated: fc.boolean(), schema: schemaArb(0, false) }), { maxLength: 2, selector: (p) => p.name });
  const body = fc.option(fc.record({ required: fc.boolean(), content: fc.record({ 'application/json': fc.record({ schema: schemaArb(2, true) }) }) }), { nil: undefined });
  const response = fc.option(schemaArb(2, true), { nil: undefined });
  return fc.record({ params, body, response, deprecated: fc.boolean(), sunset: fc.option(fc.constantFrom('2020-01-01', '2999-01-01'), { nil: undefined }) }).map(({ params, body, response, deprecated, sunset }) => {
    const op: Json = { operationId: `${method}${path.replace(/\W/g, '_')}`, responses: { '200': response ? { description: 'ok', content: { 'application/json': { schema: response } } } : { description: 'ok' } } };
    const pathParams = path.includes('{id}') ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] : [];
    const all = [...pathParams, ...params.map((p) => ({ ...p, in: 'query' }))];
    if (all.length) op.parameters = all;
    if (body && method !== 'get' && method !== 'delete') op.requestBody = body;
    if (deprecated) op.deprecated = true;
    if (sunset) op['x-sunset'] = sunset;
    return op;
  });
};

/** A valid small OpenAPI 3.0 document: 1–3 paths, 1–2 operations each, components that may refer to each other (cycles included). */
export const specArb: fc.Arbitrary<Json> = fc
  .record({
    version: fc.constantFrom('1.0.0', '2.3.4'),
    paths: fc.uniqueArray(fc.constantFrom(...PATHS), { minLength: 1, maxLength: 3 }).chain((paths) =>
      fc.tuple(...paths.map((p) => fc.uniqueArray(fc.constantFrom(...METHODS), { minLength: 1, maxLength: 2 }).chain((ms) => fc.tuple(fc.constant(p), fc.tuple(...ms.map((m) => operationArb(p, m).map((op) => [m, op] as const))))))),
    ),
    components: fc.tuple(...COMPONENTS.map(() => fc.record({ type: fc.constant('object'), properties: fc.record({ ref: schemaArb(1, true), label: schemaArb(0, false) }, { requiredKeys: [] }) }))),
  })
  .map(({ version, paths, components }) => ({
    openapi: '3.0.3',
    info: { title: 'Generated', version },
    paths: Object.fromEntries(paths.map(([p, ops]) => [p, Object.fromEntries(ops)])),
    components: { schemas: Object.fromEntries(COMPONENTS.map((c, i) => [c, components[i]])) },
  }));
