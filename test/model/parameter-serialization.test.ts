import { describe, expect, it } from 'vitest';
import { compareTexts, contractOf } from '../helpers/inline.js';

const oas3 = (param: string) => `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
paths:
  /trips/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: tags, in: query, ${param}schema: { type: array, items: { type: string } } }
      responses:
        '200': { description: ok }
`;
const swagger2 = (format: string) => `swagger: '2.0'
info: { title: T, version: 1.0.0 }
paths:
  /trips/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, type: string }
        - { name: tags, in: query, ${format}type: array, items: { type: string } }
      responses:
        '200': { description: ok }
`;

const serialization = async (text: string) =>
  [...(await contractOf(text)).operations.get('GET /trips/{}')!.parameters.values()].map((p) => [p.key, p.style, p.explode]);

describe('parameter serialization', () => {
  it('fills in the OpenAPI 3 defaults by location', async () => {
    expect(await serialization(oas3(''))).toEqual([
      ['path:#0', 'simple', false],
      ['query:tags', 'form', true],
    ]);
  });

  it('maps Swagger 2 collectionFormat onto style and explode', async () => {
    expect(await serialization(swagger2(''))).toEqual([
      ['path:#0', 'simple', false],
      ['query:tags', 'form', false],
    ]);
    expect((await serialization(swagger2('collectionFormat: multi, ')))[1]).toEqual(['query:tags', 'form', true]);
    expect((await serialization(swagger2('collectionFormat: pipes, ')))[1]).toEqual(['query:tags', 'pipeDelimited', false]);
    expect((await serialization(swagger2('collectionFormat: csv, ')))[1]).toEqual((await serialization(oas3('style: form, explode: false, ')))[1]);
  });

  it('reports no change when a default is written out, and names both halves when explode flips', async () => {
    const same = await compareTexts(oas3(''), oas3('style: form, explode: true, '));
    expect(same.findings).toEqual([]);
    const flipped = await compareTexts(oas3(''), oas3('explode: false, '));
    expect(flipped.findings.map((f) => f.message)).toEqual(['serialization of query parameter tags changed from form (explode=true) to form (explode=false)']);
  });

  it('reports a Swagger 2 parameter description change once, as the parameter’s', async () => {
    const report = await compareTexts(swagger2(''), swagger2('description: Filter, '));
    expect(report.findings.map((f) => f.rule)).toEqual(['parameter-documentation-changed']);
  });
});
