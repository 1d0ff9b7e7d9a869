import { describe, expect, it } from 'vitest';
import { compareContracts } from '../../src/compare.js';
import type { Contract } from '../../src/model/types.js';
import { contractOf } from '../helpers/inline.js';

// One small API written three times: Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1. The model must give all
// three the same Contract, and comparing any two of them must find nothing to report.
const SWAGGER_2 = `swagger: '2.0'
info: { title: Trips, version: 1.0.0 }
host: api.example.com
schemes: [https]
basePath: /v1
consumes: [application/json]
produces: [application/json]
securityDefinitions:
  apiKey: { type: apiKey, in: header, name: X-API-Key }
security:
  - apiKey: []
paths:
  /trips:
    get:
      operationId: listTrips
      parameters:
        - { name: limit, in: query, type: integer, maximum: 100 }
        - { name: tags, in: query, type: array, items: { type: string }, collectionFormat: multi }
        - { name: X-Trace, in: header, type: string }
      responses:
        '200':
          description: trips
          headers: { X-Total: { type: integer } }
          schema: { type: array, items: { $ref: '#/definitions/Trip' } }
    post:
      operationId: createTrip
      consumes: [application/json, application/xml]
      parameters:
        - { name: trip, in: body, required: true, schema: { $ref: '#/definitions/Trip' } }
      responses:
        '201': { description: created, schema: { $ref: '#/definitions/Trip' } }
  /trips/{id}/notes:
    parameters:
      - { name: id, in: path, required: true, type: string }
    post:
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - { name: text, in: formData, required: true, type: string, maxLength: 500 }
        - { name: pinned, in: formData, type: boolean }
      responses:
        '204': { description: stored }
definitions:
  Trip:
    type: object
    required: [id]
    properties: { id: { type: string }, name: { type: string } }
`;

const openapi3 = (version: string) => `openapi: ${version}
info: { title: Trips, version: 1.0.0 }
servers:
  - url: https://api.example.com/v1
security:
  - apiKey: []
paths:
  /trips:
    get:
      operationId: listTrips
      parameters:
        - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
        - { name: tags, in: query, schema: { type: array, items: { type: string } } }
        - { name: X-Trace, in: header, schema: { type: string } }
      responses:
        '200':
          description: trips
          headers: { X-Total: { schema: { type: integer } } }
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Trip' } }
    post:
      operationId: createTrip
      requestBody:
        required: true
        content:
          application/json: { schema: { $ref: '#/components/schemas/Trip' } }
          application/xml: { schema: { $ref: '#/components/schemas/Trip' } }
      responses:
        '201':
          description: created
          content:
            application/json: { schema: { $ref: '#/components/schemas/Trip' } }
  /trips/{id}/notes:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    post:
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [text]
              properties: { text: { type: string, maxLength: 500 }, pinned: { type: boolean } }
      responses:
        '204': { description: stored }
components:
  securitySchemes:
    apiKey: { type: apiKey, in: header, name: X-API-Key }
  schemas:
    Trip:
      type: object
      required: [id]
      properties: { id: { type: string }, name: { type: string } }
`;

/** The parts of a Contract that must not depend on the dialect: pointers and the source are left out. */
function shape(c: Contract) {
  return {
    format: c.format,
    title: c.title,
    version: c.version,
    servers: c.servers.map((s) => s.url),
    securitySchemes: [...c.securitySchemes.keys()],
    operations: [...c.operations.values()].map((op) => ({
      key: op.key,
      operationId: op.operationId,
      deprecated: op.deprecated,
      style: op.style,
      security: op.security.map((alt) => Object.fromEntries(alt)),
      parameters: [...op.parameters.values()].map((p) => ({ key: p.key, name: p.name, in: p.in, required: p.required, style: p.style, explode: p.explode })),
      requestBody: op.requestBody && { required: op.requestBody.required, content: [...op.requestBody.content.keys()] },
      responses: [...op.responses.values()].map((r) => ({ status: r.status, content: [...r.content.keys()], headers: [...r.headers.keys()] })),
    })),
  };
}

describe('OpenAPI dialects load into one Contract shape', () => {
  it('gives Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1 the same contract', async () => {
    const [v2, v30, v31] = await Promise.all([contractOf(SWAGGER_2), contractOf(openapi3('3.0.3')), contractOf(openapi3('3.1.0'))]);
    expect([v2.specVersion, v30.specVersion, v31.specVersion]).toEqual(['2.0', '3.0.3', '3.1.0']);
    expect(shape(v2)).toEqual(shape(v30));
    expect(shape(v31)).toEqual(shape(v30));
    // the translations the assertion above relies on, spelled out
    const s = shape(v2);
    expect(s.servers).toEqual(['https://api.example.com/v1']);
    const [list, create, note] = s.operations;
    expect(list!.parameters.find((p) => p.name === 'tags')).toMatchObject({ style: 'form', explode: true });
    expect(list!.responses).toEqual([{ status: '200', content: ['application/json'], headers: ['x-total'] }]);
    expect(create!.requestBody).toEqual({ required: true, content: ['application/json', 'application/xml'] });
    expect(note!.parameters.map((p) => p.key)).toEqual(['path:#0']);
    expect(note!.requestBody).toEqual({ required: true, content: ['application/x-www-form-urlencoded'] });
    expect(note!.style).toBe('notification');
  });

  it('finds nothing to report between the three writings of the same API', async () => {
    const [v2, v30, v31] = await Promise.all([contractOf(SWAGGER_2), contractOf(openapi3('3.0.3')), contractOf(openapi3('3.1.0'))]);
    expect(compareContracts(v2, v30).findings).toEqual([]);
    expect(compareContracts(v30, v2).findings).toEqual([]);
    expect(compareContracts(v30, v31).findings).toEqual([]);
  });
});

describe('Swagger 2.0 formData', () => {
  const form = (fields: string, consumes = '') => `swagger: '2.0'
info: { title: T, version: '1' }
paths:
  /photos:
    post:
${consumes}      parameters:
${fields}      responses:
        '204': { description: stored }
`;

  it('becomes a form body: multipart when a field is a file, urlencoded otherwise, optional unless a field is required', async () => {
    const upload = (await contractOf(form('        - { name: file, in: formData, required: true, type: file }\n'))).operations.get('POST /photos')!;
    expect([...upload.requestBody!.content.keys()]).toEqual(['multipart/form-data']);
    expect(upload.requestBody!.required).toBe(true);
    expect(upload.parameters.size).toBe(0);
    const plain = (await contractOf(form('        - { name: caption, in: formData, type: string }\n'))).operations.get('POST /photos')!;
    expect([...plain.requestBody!.content.keys()]).toEqual(['application/x-www-form-urlencoded']);
    expect(plain.requestBody!.required).toBe(false);
  });

  it('reports changed fields as request body properties: a changed field at its parameter, an added one at the list', async () => {
    const before = await contractOf(form('        - { name: caption, in: formData, type: string }\n'));
    const after = await contractOf(form('        - { name: caption, in: formData, type: string, maxLength: 80 }\n        - { name: album, in: formData, required: true, type: string }\n'));
    const findings = compareContracts(before, after).findings;
    expect(findings.map((f) => [f.kind, f.subject.where, f.subject.property, f.new?.line])).toEqual([
      ['schema.max.decreased', 'request body (application/x-www-form-urlencoded)', 'caption', 7],
      ['schema.property.added', 'request body (application/x-www-form-urlencoded)', 'album', 6],
      ['request-body.became-required', 'request body', undefined, 6],
    ]);
  });
});

describe('Swagger 2.0 servers', () => {
  const swagger = (top: string) => `swagger: '2.0'\ninfo: { title: T, version: '1' }\n${top}paths: {}\n`;

  it('are the OpenAPI 3 URLs: one per scheme, protocol-relative without schemes, relative without host', async () => {
    expect((await contractOf(swagger('host: api.example.com\nschemes: [https, http]\nbasePath: /v1\n'))).servers).toEqual([
      { url: 'https://api.example.com/v1', pointer: '/basePath' },
      { url: 'http://api.example.com/v1', pointer: '/basePath' },
    ]);
    expect((await contractOf(swagger('host: api.example.com\n'))).servers).toEqual([{ url: '//api.example.com', pointer: '/host' }]);
    expect((await contractOf(swagger('basePath: /v1\n'))).servers).toEqual([{ url: '/v1', pointer: '/basePath' }]);
    expect((await contractOf(swagger(''))).servers).toEqual([]);
  });
});
