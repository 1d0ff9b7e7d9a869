// Nothing unaccounted: every keyword of the JSON Schema 2020-12 vocabularies and of the draft-04 /
// OpenAPI 3.0 Schema Object, changed on its own in a request and in a response, gives a finding of the
// expected level (or, where the edit means the same, none: the documented no-op forms).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/engine/types.js';
import { compareTexts } from '../helpers/inline.js';

type Json = Record<string, unknown>;
type Side = 'input' | 'output';

function spec(schema: Json, side: Side, version: string): string {
  const body = { content: { 'application/json': { schema: { type: 'object', properties: { v: schema } } } } };
  const operation = side === 'input' ? { post: { requestBody: body, responses: { '204': { description: 'ok' } } } } : { get: { responses: { '200': { description: 'ok', ...body } } } };
  const components = { schemas: { Str: { type: 'string' }, Int: { type: 'integer' }, Copy: { type: 'string', maxLength: 3 } } };
  return JSON.stringify({ openapi: version, info: { title: 'v', version: '1.0.0' }, paths: { '/v': operation }, components });
}

async function levels(old: Json, next: Json, side: Side, version: string): Promise<{ levels: Level[]; rules: string[] }> {
  const report = await compareTexts(spec(old, side, version), spec(next, side, version));
  return { levels: report.findings.map((f) => f.level), rules: report.findings.map((f) => f.rule) };
}

/** The most severe level of a list, as the verdict reads it. */
function worst(list: Level[]): Level | 'none' {
  for (const l of ['breaking', 'warning', 'compatible', 'info'] as const) if (list.includes(l)) return l;
  return 'none';
}

interface Case {
  keyword: string;
  old: Json;
  new: Json;
  /** Worst level in a request, then in a response; `any` = some classified finding, level set by its own rule's fixtures. */
  expect: [Level, Level] | 'any';
  version?: string;
}

const str = { type: 'string' };
const arr = { type: 'array' };
const obj = { type: 'object' };

const CASES: Case[] = [
  // core
  { keyword: '$schema', old: str, new: { ...str, $schema: 'https://json-schema.org/draft/2020-12/schema' }, expect: ['warning', 'warning'] },
  { keyword: '$id', old: str, new: { ...str, $id: 'https://example.com/v' }, expect: ['warning', 'warning'] },
  { keyword: '$ref', old: { $ref: '#/components/schemas/Str' }, new: { $ref: '#/components/schemas/Int' }, expect: 'any' },
  { keyword: '$anchor', old: str, new: { ...str, $anchor: 'v' }, expect: ['warning', 'warning'] },
  { keyword: '$dynamicRef', old: str, new: { ...str, $dynamicRef: '#meta' }, expect: ['warning', 'warning'] },
  { keyword: '$dynamicAnchor', old: str, new: { ...str, $dynamicAnchor: 'meta' }, expect: ['warning', 'warning'] },
  { keyword: '$vocabulary', old: str, new: { ...str, $vocabulary: { 'https://example.com/vocab': true } }, expect: ['warning', 'warning'] },
  { keyword: '$comment', old: str, new: { ...str, $comment: 'a note' }, expect: ['info', 'info'] },
  // applicator
  { keyword: 'prefixItems', old: arr, new: { ...arr, prefixItems: [str] }, expect: ['breaking', 'compatible'] },
  { keyword: 'prefixItems (a position changed)', old: { ...arr, prefixItems: [str] }, new: { ...arr, prefixItems: [{ type: 'integer' }] }, expect: 'any' },
  { keyword: 'items', old: arr, new: { ...arr, items: str }, expect: ['breaking', 'compatible'] },
  { keyword: 'items: false', old: { ...arr, prefixItems: [str] }, new: { ...arr, prefixItems: [str], items: false }, expect: ['breaking', 'compatible'] },
  { keyword: 'contains', old: arr, new: { ...arr, contains: str }, expect: ['breaking', 'compatible'] },
  { keyword: 'contains (wider)', old: { ...arr, contains: { type: 'string', maxLength: 3 } }, new: { ...arr, contains: str }, expect: ['compatible', 'warning'] },
  { keyword: 'additionalProperties', old: obj, new: { ...obj, additionalProperties: false }, expect: 'any' },
  { keyword: 'additionalProperties (a schema)', old: obj, new: { ...obj, additionalProperties: str }, expect: ['breaking', 'compatible'] },
  { keyword: 'properties', old: obj, new: { ...obj, properties: { a: str } }, expect: 'any' },
  { keyword: 'patternProperties', old: obj, new: { ...obj, patternProperties: { '^x-': str } }, expect: ['breaking', 'compatible'] },
  { keyword: 'patternProperties (entry changed)', old: { ...obj, patternProperties: { '^x-': str } }, new: { ...obj, patternProperties: { '^x-': { type: 'integer' } } }, expect: 'any' },
  { keyword: 'dependentSchemas', old: obj, new: { ...obj, dependentSchemas: { card: { required: ['billing'] } } }, expect: ['breaking', 'compatible'] },
  { keyword: 'propertyNames', old: obj, new: { ...obj, propertyNames: { maxLength: 3 } }, expect: ['breaking', 'compatible'] },
  { keyword: 'if/then', old: str, new: { ...str, if: { minLength: 3 }, then: { maxLength: 5 } }, expect: ['breaking', 'compatible'] },
  { keyword: 'if (with then)', old: { ...str, if: { minLength: 3 }, then: { maxLength: 5 } }, new: { ...str, if: { minLength: 2 }, then: { maxLength: 5 } }, expect: ['breaking', 'warning'] },
  { keyword: 'else', old: { ...str, if: { minLength: 3 }, then: { maxLength: 5 } }, new: { ...str, if: { minLength: 3 }, then: { maxLength: 5 }, else: { const: 'x' } }, expect: ['breaking', 'compatible'] },
  { keyword: 'allOf', old: str, new: { allOf: [str, { minLength: 2 }] }, expect: ['breaking', 'compatible'] },
  { keyword: 'anyOf', old: { anyOf: [str, { type: 'object', properties: { a: str } }] }, new: { anyOf: [str, { type: 'object', properties: { a: str } }, { type: 'array' }] }, expect: ['compatible', 'warning'] },
  { keyword: 'anyOf (scalar alternatives are a type list)', old: { anyOf: [str] }, new: { anyOf: [str, { type: 'integer' }] }, expect: ['compatible', 'breaking'] },
  { keyword: 'oneOf', old: { oneOf: [str, { type: 'object', properties: { a: str } }] }, new: { oneOf: [str, { type: 'object', properties: { a: str } }, { type: 'array' }] }, expect: ['compatible', 'warning'] },
  { keyword: 'not', old: str, new: { ...str, not: { const: 'x' } }, expect: ['breaking', 'compatible'] },
  { keyword: 'not (changed)', old: { ...str, not: { const: 'x' } }, new: { ...str, not: { const: 'y' } }, expect: ['breaking', 'warning'] },
  // unevaluated
  { keyword: 'unevaluatedItems', old: arr, new: { ...arr, unevaluatedItems: false }, expect: ['breaking', 'compatible'] },
  { keyword: 'unevaluatedProperties', old: obj, new: { ...obj, unevaluatedProperties: false }, expect: ['breaking', 'compatible'] },
  // validation
  { keyword: 'type', old: str, new: { type: 'integer' }, expect: 'any' },
  { keyword: 'const', old: { const: 'a' }, new: { const: 'b' }, expect: ['breaking', 'breaking'] },
  { keyword: 'enum', old: { ...str, enum: ['a'] }, new: { ...str, enum: ['a', 'b'] }, expect: ['compatible', 'warning'] },
  { keyword: 'multipleOf', old: { type: 'integer', multipleOf: 2 }, new: { type: 'integer', multipleOf: 4 }, expect: ['breaking', 'compatible'] },
  { keyword: 'multipleOf (looser)', old: { type: 'integer', multipleOf: 4 }, new: { type: 'integer', multipleOf: 2 }, expect: ['compatible', 'warning'] },
  { keyword: 'maximum', old: { type: 'integer', maximum: 10 }, new: { type: 'integer', maximum: 5 }, expect: ['breaking', 'compatible'] },
  { keyword: 'exclusiveMaximum', old: { type: 'integer', exclusiveMaximum: 10 }, new: { type: 'integer', exclusiveMaximum: 5 }, expect: ['breaking', 'compatible'] },
  { keyword: 'minimum', old: { type: 'integer', minimum: 1 }, new: { type: 'integer', minimum: 5 }, expect: ['breaking', 'compatible'] },
  { keyword: 'exclusiveMinimum', old: { type: 'integer', exclusiveMinimum: 1 }, new: { type: 'integer', exclusiveMinimum: 5 }, expect: ['breaking', 'compatible'] },
  { keyword: 'maxLength', old: { ...str, maxLength: 10 }, new: { ...str, maxLength: 5 }, expect: ['breaking', 'compatible'] },
  { keyword: 'minLength', old: str, new: { ...str, minLength: 2 }, expect: ['breaking', 'compatible'] },
  { keyword: 'pattern', old: str, new: { ...str, pattern: '^[a-z]+$' }, expect: 'any' },
  { keyword: 'maxItems', old: { ...arr, maxItems: 10 }, new: { ...arr, maxItems: 5 }, expect: ['breaking', 'compatible'] },
  { keyword: 'minItems', old: arr, new: { ...arr, minItems: 1 }, expect: ['breaking', 'compatible'] },
  { keyword: 'uniqueItems', old: arr, new: { ...arr, uniqueItems: true }, expect: ['breaking', 'compatible'] },
  { keyword: 'maxContains', old: { ...arr, contains: str }, new: { ...arr, contains: str, maxContains: 2 }, expect: ['breaking', 'compatible'] },
  { keyword: 'minContains', old: { ...arr, contains: str }, new: { ...arr, contains: str, minContains: 2 }, expect: ['breaking', 'compatible'] },
  { keyword: 'maxProperties', old: obj, new: { ...obj, maxProperties: 3 }, expect: ['breaking', 'compatible'] },
  { keyword: 'minProperties', old: obj, new: { ...obj, minProperties: 1 }, expect: ['breaking', 'compatible'] },
  { keyword: 'required', old: { ...obj, properties: { a: str } }, new: { ...obj, properties: { a: str }, required: ['a'] }, expect: 'any' },
  { keyword: 'dependentRequired', old: obj, new: { ...obj, dependentRequired: { card: ['billing'] } }, expect: ['breaking', 'compatible'] },
  // meta-data, format, content
  { keyword: 'title', old: str, new: { ...str, title: 'V' }, expect: ['info', 'info'] },
  { keyword: 'description', old: str, new: { ...str, description: 'the v' }, expect: ['info', 'info'] },
  { keyword: 'default', old: str, new: { ...str, default: 'x' }, expect: 'any' },
  { keyword: 'deprecated', old: str, new: { ...str, deprecated: true }, expect: ['info', 'info'] },
  { keyword: 'deprecated (lifted)', old: { ...str, deprecated: true }, new: str, expect: ['info', 'info'] },
  { keyword: 'readOnly', old: str, new: { ...str, readOnly: true }, expect: 'any' },
  { keyword: 'writeOnly', old: str, new: { ...str, writeOnly: true }, expect: 'any' },
  { keyword: 'examples', old: str, new: { ...str, examples: ['x'] }, expect: ['info', 'info'] },
  { keyword: 'format', old: str, new: { ...str, format: 'email' }, expect: 'any' },
  { keyword: 'contentEncoding', old: str, new: { ...str, contentEncoding: 'base64' }, expect: ['breaking', 'compatible'] },
  { keyword: 'contentEncoding (another)', old: { ...str, contentEncoding: 'base64' }, new: { ...str, contentEncoding: 'base32' }, expect: ['breaking', 'warning'] },
  { keyword: 'contentMediaType', old: str, new: { ...str, contentMediaType: 'application/json' }, expect: ['breaking', 'compatible'] },
  { keyword: 'contentSchema', old: { ...str, contentMediaType: 'application/json' }, new: { ...str, contentMediaType: 'application/json', contentSchema: { type: 'object' } }, expect: ['breaking', 'compatible'] },
  // OpenAPI 3.1 Schema Object additions
  { keyword: 'discriminator', old: { oneOf: [{ $ref: '#/components/schemas/Str' }] }, new: { oneOf: [{ $ref: '#/components/schemas/Str' }], discriminator: { propertyName: 'kind' } }, expect: ['breaking', 'compatible'] },
  { keyword: 'discriminator.propertyName', old: { oneOf: [obj, arr], discriminator: { propertyName: 'kind' } }, new: { oneOf: [obj, arr], discriminator: { propertyName: 'type' } }, expect: ['breaking', 'warning'] },
  { keyword: 'discriminator.mapping', old: { oneOf: [obj, arr], discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/Str' } } }, new: { oneOf: [obj, arr], discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/Str', b: '#/components/schemas/Int' } } }, expect: ['compatible', 'warning'] },
  { keyword: 'xml', old: str, new: { ...str, xml: { name: 'value' } }, expect: ['warning', 'warning'] },
  { keyword: 'externalDocs', old: str, new: { ...str, externalDocs: { url: 'https://example.com' } }, expect: ['info', 'info'] },
  { keyword: 'example', old: str, new: { ...str, example: 'x' }, expect: ['info', 'info'] },
  { keyword: 'x-extension', old: str, new: { ...str, 'x-order': 1 }, expect: ['info', 'info'] },
  // draft-04 / OpenAPI 3.0 spellings
  { keyword: 'nullable (3.0)', old: str, new: { ...str, nullable: true }, expect: 'any', version: '3.0.3' },
  { keyword: 'exclusiveMaximum: true (3.0)', old: { type: 'integer', maximum: 10 }, new: { type: 'integer', maximum: 10, exclusiveMaximum: true }, expect: ['breaking', 'compatible'], version: '3.0.3' },
  { keyword: 'exclusiveMinimum: true (3.0)', old: { type: 'integer', minimum: 1 }, new: { type: 'integer', minimum: 1, exclusiveMinimum: true }, expect: ['breaking', 'compatible'], version: '3.0.3' },
  { keyword: 'items as a tuple (draft-04)', old: arr, new: { ...arr, items: [str] }, expect: ['breaking', 'compatible'], version: '3.0.3' },
  { keyword: 'additionalItems (draft-04)', old: { ...arr, items: [str] }, new: { ...arr, items: [str], additionalItems: false }, expect: ['breaking', 'compatible'], version: '3.0.3' },
  { keyword: 'dependencies (draft-04)', old: obj, new: { ...obj, dependencies: { card: ['billing'] } }, expect: ['breaking', 'compatible'], version: '3.0.3' },
  { keyword: 'discriminator (3.0)', old: { oneOf: [obj, arr], discriminator: { propertyName: 'kind' } }, new: { oneOf: [obj, arr], discriminator: { propertyName: 'type' } }, expect: ['breaking', 'warning'], version: '3.0.3' },
];

/** Edits that mean the same schema: documented no-ops (README, "What counts as a change"). */
const NO_OPS: Case[] = [
  { keyword: 'exclusiveMaximum: false vs absent (3.0)', old: { type: 'integer', maximum: 10 }, new: { type: 'integer', maximum: 10, exclusiveMaximum: false }, expect: 'any', version: '3.0.3' },
  { keyword: 'uniqueItems: false vs absent', old: arr, new: { ...arr, uniqueItems: false }, expect: 'any' },
  { keyword: 'minItems on a string', old: str, new: { ...str, minItems: 2 }, expect: 'any' },
  { keyword: 'maxLength on an integer', old: { type: 'integer' }, new: { type: 'integer', maxLength: 3 }, expect: 'any' },
  { keyword: 'uniqueItems on an object', old: obj, new: { ...obj, uniqueItems: true }, expect: 'any' },
  { keyword: "pattern: ''", old: str, new: { ...str, pattern: '' }, expect: 'any' },
  { keyword: 'minContains: 1 vs absent', old: { ...arr, contains: str }, new: { ...arr, contains: str, minContains: 1 }, expect: 'any' },
  { keyword: 'minItems: 0 vs absent', old: arr, new: { ...arr, minItems: 0 }, expect: 'any' },
  { keyword: 'additionalProperties: true vs absent', old: obj, new: { ...obj, additionalProperties: true }, expect: 'any' },
  { keyword: 'nullable: false vs absent (3.0)', old: str, new: { ...str, nullable: false }, expect: 'any', version: '3.0.3' },
  { keyword: '$defs (compared through the $refs that use them)', old: { ...str, $defs: { a: str } }, new: { ...str, $defs: { a: { type: 'integer' } } }, expect: 'any' },
  { keyword: 'if without then/else', old: { ...str, if: { minLength: 3 } }, new: { ...str, if: { minLength: 4 } }, expect: 'any' },
  { keyword: 'allOf member that adds no constraint', old: str, new: { allOf: [str, {}] }, expect: 'any' },
  { keyword: '$ref to a copy of the same schema', old: { type: 'string', maxLength: 3 }, new: { $ref: '#/components/schemas/Copy' }, expect: 'any' },
  { keyword: 'oneOf variants reordered', old: { oneOf: [str, { type: 'integer' }] }, new: { oneOf: [{ type: 'integer' }, str] }, expect: 'any' },
  { keyword: 'oneOf with one branch is that branch', old: str, new: { oneOf: [str] }, expect: 'any' },
];

describe('every schema keyword, changed, is a finding', () => {
  it.each(CASES.map((c) => [c.keyword, c] as const))('%s', async (_, c) => {
    for (const [i, side] of (['input', 'output'] as const).entries()) {
      const got = await levels(c.old, c.new, side, c.version ?? '3.1.0');
      expect(got.levels.length, `${side}: no finding`).toBeGreaterThan(0);
      expect(got.rules, side).not.toContain('unclassified');
      if (c.expect !== 'any') expect(worst(got.levels), side).toBe(c.expect[i]);
    }
  });
});

describe('forms that mean the same are no change', () => {
  it.each(NO_OPS.map((c) => [c.keyword, c] as const))('%s', async (_, c) => {
    for (const side of ['input', 'output'] as const) {
      const got = await levels(c.old, c.new, side, c.version ?? '3.1.0');
      expect(got.rules, side).toEqual([]);
    }
  });
});

describe('property: a real edit of a validation keyword is never "unchanged"', () => {
  // Each edit changes which instances are valid: the verdict must say something changed.
  const edits = fc.oneof(
    fc.tuple(fc.constantFrom('maxLength', 'minLength'), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })).filter(([, a, b]) => a !== b).map(([k, a, b]) => [{ ...str, [k]: a }, { ...str, [k]: b }] as const),
    fc.tuple(fc.constantFrom('maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum'), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })).filter(([, a, b]) => a !== b).map(([k, a, b]) => [{ type: 'number', [k]: a }, { type: 'number', [k]: b }] as const),
    fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 9 })).filter(([a, b]) => a !== b).map(([a, b]) => [{ type: 'integer', multipleOf: a }, { type: 'integer', multipleOf: b }] as const),
    fc.tuple(fc.constantFrom('maxItems', 'minItems', 'maxContains', 'minContains'), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 9 })).filter(([, a, b]) => a !== b).map(([k, a, b]) => [{ ...arr, contains: str, [k]: a }, { ...arr, contains: str, [k]: b }] as const),
    fc.tuple(fc.constantFrom('maxProperties', 'minProperties'), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).filter(([, a, b]) => a !== b).map(([k, a, b]) => [{ ...obj, [k]: a }, { ...obj, [k]: b }] as const),
    fc.tuple(fc.constantFrom('^a', '^b', 'c$', '[0-9]'), fc.constantFrom('^a', '^b', 'c$', '[0-9]')).filter(([a, b]) => a !== b).map(([a, b]) => [{ ...str, pattern: a }, { ...str, pattern: b }] as const),
    fc.tuple(fc.constantFrom('a', 'b', 1, true, null), fc.constantFrom('a', 'b', 1, true, null)).filter(([a, b]) => a !== b).map(([a, b]) => [{ const: a }, { const: b }] as const),
    fc.tuple(fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1 }), fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1 })).filter(([a, b]) => [...a].sort().join() !== [...b].sort().join()).map(([a, b]) => [{ ...str, enum: a }, { ...str, enum: b }] as const),
    fc.constantFrom('uniqueItems', 'contains', 'not', 'propertyNames', 'dependentRequired', 'unevaluatedItems', 'unevaluatedProperties', 'contentEncoding', 'contentMediaType').map((k) => {
      const value = { uniqueItems: true, contains: str, not: { const: 'x' }, propertyNames: { maxLength: 2 }, dependentRequired: { a: ['b'] }, unevaluatedItems: false, unevaluatedProperties: false, contentEncoding: 'base64', contentMediaType: 'text/csv' }[k];
      const base = ['uniqueItems', 'contains', 'unevaluatedItems'].includes(k) ? arr : ['propertyNames', 'dependentRequired', 'unevaluatedProperties'].includes(k) ? obj : str;
      return [base, { ...base, [k]: value }] as const;
    }),
  );
  it('holds in both flows and both directions', async () => {
    await fc.assert(
      fc.asyncProperty(edits, fc.constantFrom<Side>('input', 'output'), fc.boolean(), async ([a, b], side, reverse) => {
        const [x, y] = reverse ? [b, a] : [a, b];
        const report = await compareTexts(spec(x, side, '3.1.0'), spec(y, side, '3.1.0'));
        expect(report.verdict).not.toBe('unchanged');
        expect(report.findings.every((f) => f.level !== 'info')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

// Every field of the OpenAPI 3.1 operation, parameter, request body, media type, response and header
// objects, changed on its own, gives a classified finding.
describe('every field of the OpenAPI objects, changed, is a finding', () => {
  type Edit = (op: Json) => void;
  const base = (): Json => ({
    tags: ['a'],
    summary: 's',
    description: 'd',
    operationId: 'op',
    parameters: [{ name: 'q', in: 'query', description: 'q', schema: { type: 'string' } }],
    requestBody: { description: 'b', content: { 'application/json': { schema: { type: 'object' } } } },
    responses: { '200': { description: 'ok', headers: { 'X-Rate': { description: 'r', schema: { type: 'integer' } } }, content: { 'application/json': { schema: { type: 'object' } } } } },
  });
  const param = (op: Json) => (op.parameters as Json[])[0]!;
  const body = (op: Json) => op.requestBody as Json;
  const reqMedia = (op: Json) => (body(op).content as Json)['application/json'] as Json;
  const response = (op: Json) => (op.responses as Json)['200'] as Json;
  const header = (op: Json) => (response(op).headers as Json)['X-Rate'] as Json;
  const resMedia = (op: Json) => (response(op).content as Json)['application/json'] as Json;
  const FIELDS: Array<[string, Edit]> = [
    ['operation.tags', (op) => void (op.tags = ['b'])],
    ['operation.summary', (op) => void (op.summary = 't')],
    ['operation.description', (op) => void (op.description = 'e')],
    ['operation.externalDocs', (op) => void (op.externalDocs = { url: 'https://example.com' })],
    ['operation.operationId', (op) => void (op.operationId = 'op2')],
    ['operation.parameters', (op) => void (op.parameters = [])],
    ['operation.requestBody', (op) => void delete op.requestBody],
    ['operation.responses', (op) => void ((op.responses as Json)['404'] = { description: 'gone' })],
    ['operation.callbacks', (op) => void (op.callbacks = { done: { '{$request.body#/url}': { post: { responses: { '200': { description: 'ok' } } } } } })],
    ['operation.deprecated', (op) => void (op.deprecated = true)],
    ['operation.security', (op) => void (op.security = [{ key: [] }])],
    ['operation.servers', (op) => void (op.servers = [{ url: 'https://other.example.com' }])],
    ['operation.x-extension', (op) => void (op['x-internal'] = true)],
    ['parameter.name', (op) => void (param(op).name = 'r')],
    ['parameter.in', (op) => void (param(op).in = 'header')],
    ['parameter.description', (op) => void (param(op).description = 'r')],
    ['parameter.required', (op) => void (param(op).required = true)],
    ['parameter.deprecated', (op) => void (param(op).deprecated = true)],
    ['parameter.allowEmptyValue', (op) => void (param(op).allowEmptyValue = true)],
    ['parameter.style', (op) => void (param(op).style = 'pipeDelimited')],
    ['parameter.explode', (op) => void (param(op).explode = false)],
    ['parameter.allowReserved', (op) => void (param(op).allowReserved = true)],
    ['parameter.schema', (op) => void (param(op).schema = { type: 'integer' })],
    ['parameter.example', (op) => void (param(op).example = 'x')],
    ['parameter.examples', (op) => void (param(op).examples = { one: { value: 'x' } })],
    ['requestBody.description', (op) => void (body(op).description = 'c')],
    ['requestBody.content', (op) => void ((body(op).content as Json)['text/plain'] = { schema: { type: 'string' } })],
    ['requestBody.required', (op) => void (body(op).required = true)],
    ['mediaType.schema', (op) => void (reqMedia(op).schema = { type: 'array' })],
    ['mediaType.example', (op) => void (reqMedia(op).example = {})],
    ['mediaType.examples', (op) => void (reqMedia(op).examples = { one: { value: {} } })],
    ['mediaType.encoding', (op) => void (reqMedia(op).encoding = { a: { contentType: 'text/plain' } })],
    ['response.description', (op) => void (response(op).description = 'fine')],
    ['response.headers', (op) => void ((response(op).headers as Json)['X-New'] = { schema: { type: 'string' } })],
    ['response.content', (op) => void delete (response(op).content as Json)['application/json']],
    ['response.links', (op) => void (response(op).links = { next: { operationId: 'op' } })],
    ['response media type.schema', (op) => void (resMedia(op).schema = { type: 'array' })],
    ['header.description', (op) => void (header(op).description = 's')],
    ['header.required', (op) => void (header(op).required = true)],
    ['header.deprecated', (op) => void (header(op).deprecated = true)],
    ['header.schema', (op) => void (header(op).schema = { type: 'string' })],
    ['header.example', (op) => void (header(op).example = 5)],
    ['header.style', (op) => void (header(op).explode = true)],
    ['parameter.content', (op) => void ((param(op).content = { 'application/json': { schema: { type: 'string' } } }), delete param(op).schema)],
    ['mediaType.schema removed', (op) => void delete reqMedia(op).schema],
    ['response.links changed', (op) => void (response(op).links = { next: { operationId: 'other' } })],
  ];
  const doc = (op: Json) => JSON.stringify({ openapi: '3.1.0', info: { title: 'f', version: '1.0.0' }, paths: { '/f': { post: op } }, components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'k' } } } });
  it.each(FIELDS)('%s', async (_, edit) => {
    const next = base();
    edit(next);
    const report = await compareTexts(doc(base()), doc(next));
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.rule)).not.toContain('unclassified');
  });
});

// The objects around the operations: the document's own fields, info, path items, servers and security
// scheme definitions. Each field, changed on its own, gives a classified finding of the expected level.
describe('every field of the document, its path items, servers and security schemes, changed, is a finding', () => {
  const base = (): Json => ({
    openapi: '3.1.0',
    info: { title: 'f', version: '1.0.0', summary: 's', contact: { name: 'c' }, license: { name: 'MIT' }, termsOfService: 'https://example.com/terms' },
    servers: [{ url: 'https://{region}.example.com', description: 'd', variables: { region: { default: 'eu', enum: ['eu', 'us'] } } }],
    tags: [{ name: 't' }],
    paths: { '/f': { summary: 's', description: 'd', get: { security: [{ key: [] }], responses: { '200': { description: 'ok' } } } } },
    components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key', description: 'k' }, oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r' } } } } } },
  });
  const item = (d: Json) => (d.paths as Json)['/f'] as Json;
  const server = (d: Json) => (d.servers as Json[])[0]!;
  const scheme = (d: Json, name: string) => ((d.components as Json).securitySchemes as Json)[name] as Json;
  const info = (d: Json) => d.info as Json;
  const FIELDS: Array<[string, (d: Json) => void, Level | 'none']> = [
    ['document.tags', (d) => void (d.tags = [{ name: 'u' }]), 'info'],
    ['document.externalDocs', (d) => void (d.externalDocs = { url: 'https://example.com' }), 'info'],
    ['document.x-extension', (d) => void (d['x-logo'] = 'a.png'), 'info'],
    ['document.jsonSchemaDialect', (d) => void (d.jsonSchemaDialect = 'https://spec.openapis.org/oas/3.1/dialect/base'), 'warning'],
    ['document.webhooks', (d) => void (d.webhooks = { ping: { post: { responses: { '200': { description: 'ok' } } } } }), 'compatible'],
    ['document.x-webhooks', (d) => void (d['x-webhooks'] = { ping: { post: { responses: { '200': { description: 'ok' } } } } }), 'compatible'],
    ['info.summary', (d) => void (info(d).summary = 't'), 'info'],
    ['info.contact', (d) => void (info(d).contact = { name: 'e' }), 'info'],
    ['info.license', (d) => void (info(d).license = { name: 'Apache-2.0' }), 'info'],
    ['info.termsOfService', (d) => void (info(d).termsOfService = 'https://example.com/t'), 'info'],
    ['info.x-extension', (d) => void (info(d)['x-audience'] = 'public'), 'info'],
    ['pathItem.summary', (d) => void (item(d).summary = 't'), 'info'],
    ['pathItem.description', (d) => void (item(d).description = 'e'), 'info'],
    ['pathItem.servers', (d) => void (item(d).servers = [{ url: 'https://other.example.com' }]), 'warning'],
    ['pathItem.x-extension', (d) => void (item(d)['x-internal'] = true), 'info'],
    ['server.description', (d) => void (server(d).description = 'e'), 'info'],
    // Server variables, security scheme definitions: specific rules since issue 14 (a value removed, a key moved: breaking).
    ['server.variables (value removed)', (d) => void (server(d).variables = { region: { default: 'eu', enum: ['eu'] } }), 'breaking'],
    ['server.variables (value added)', (d) => void (server(d).variables = { region: { default: 'eu', enum: ['eu', 'us', 'ap'] } }), 'compatible'],
    ['server.variables (default)', (d) => void (server(d).variables = { region: { default: 'us', enum: ['eu', 'us'] } }), 'warning'],
    ['server.variables (description)', (d) => void (server(d).variables = { region: { default: 'eu', enum: ['eu', 'us'], description: 'r' } }), 'info'],
    ['securityScheme.description', (d) => void (scheme(d, 'key').description = 'l'), 'info'],
    ['securityScheme.in', (d) => void (scheme(d, 'key').in = 'query'), 'breaking'],
    ['securityScheme.name', (d) => void (scheme(d, 'key').name = 'X-Token'), 'breaking'],
    ['securityScheme.name (case of a header)', (d) => void (scheme(d, 'key').name = 'x-key'), 'none'],
    ['securityScheme.type', (d) => void (((d.components as Json).securitySchemes as Json).key = { type: 'http', scheme: 'basic' }), 'breaking'],
    ['securityScheme.bearerFormat', (d) => void (scheme(d, 'key').bearerFormat = 'JWT'), 'warning'],
    ['securityScheme.flows (flow removed)', (d) => void (scheme(d, 'oauth').flows = { password: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r' } } }), 'breaking'],
    ['securityScheme.flows (scope added)', (d) => void (scheme(d, 'oauth').flows = { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r', write: 'w' } } }), 'compatible'],
    ['securityScheme.flows (scope removed)', (d) => void (scheme(d, 'oauth').flows = { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: {} } }), 'warning'],
    ['securityScheme.flows (scope description)', (d) => void (scheme(d, 'oauth').flows = { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'read' } } }), 'info'],
    ['securityScheme.flows (x-extension)', (d) => void (scheme(d, 'oauth').flows = { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r' }, 'x-internal': true } }), 'info'],
    ['securityScheme.flows', (d) => void (scheme(d, 'oauth').flows = { clientCredentials: { tokenUrl: 'https://auth.example.com/v2/token', scopes: { read: 'r' } } }), 'warning'],
    ['securityScheme added', (d) => void (((d.components as Json).securitySchemes as Json).basic = { type: 'http', scheme: 'basic' }), 'compatible'],
    ['securityScheme removed', (d) => void delete ((d.components as Json).securitySchemes as Json).oauth, 'warning'],
  ];
  it.each(FIELDS)('%s', async (_, edit, level) => {
    const next = base();
    edit(next);
    const report = await compareTexts(JSON.stringify(base()), JSON.stringify(next));
    // Nothing is reported twice: a field compared by a specific rule is not also a field-changed finding.
    if (report.findings.some((f) => f.rule !== 'field-changed' && f.rule !== 'field-annotation-changed')) expect(report.findings.map((f) => f.rule)).not.toContain('field-changed');
    expect(report.findings.map((f) => f.rule)).not.toContain('unclassified');
    expect(worst(report.findings.map((f) => f.level))).toBe(level);
  });

  it('the same document is no change at all', async () => {
    const report = await compareTexts(JSON.stringify(base()), JSON.stringify(base()));
    expect(report.findings).toEqual([]);
  });
});
