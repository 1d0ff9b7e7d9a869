import { describe, expect, it } from 'vitest';
import { compareTexts } from '../helpers/inline.js';

const spec = (info: string, responses: string) => `openapi: 3.0.3
info: { title: Trips, version: 1.0.0${info} }
paths:
  /trips:
    get:
      responses:
${responses}
`;
const OK = "        '200': { description: ok }";
const DEFAULT_ERROR = "        default: { description: error }";

describe('info fields beyond title and description', () => {
  it('reports a changed licence or contact as documentation', async () => {
    const r = await compareTexts(spec(', license: { name: MIT }', OK), spec(', license: { name: Apache-2.0 }, contact: { email: api@example.com }', OK));
    expect(r.findings.map((f) => `${f.rule}: ${f.message}`).sort()).toEqual(['info-changed: contact of the API changed', 'info-changed: license of the API changed']);
    expect(r.bump).toBe('patch');
  });
});

describe('the default response', () => {
  it('is the error catch-all beside a 2XX: removing it is not breaking', async () => {
    const r = await compareTexts(spec('', `${OK}\n${DEFAULT_ERROR}`), spec('', OK));
    expect(r.findings.map((f) => f.rule)).toEqual(['response-error-status-removed']);
  });

  it('is the success answer when no 2XX is documented: removing it is breaking', async () => {
    const r = await compareTexts(spec('', DEFAULT_ERROR), spec('', "        '404': { description: missing }"));
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['response-error-status-added', 'response-success-status-removed']);
  });
});

describe('operationId', () => {
  const op = (id: string) => `openapi: 3.0.3
info: { title: Trips, version: 1.0.0 }
paths:
  /trips:
    get:
${id}      responses:
        '200': { description: ok }
`;
  it('reports one added where there was none: generated SDK method names change', async () => {
    const r = await compareTexts(op(''), op('      operationId: listTrips\n'));
    expect(r.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual(['operation-id-changed: operationId changed from (none) to listTrips']);
  });
});

describe('a parameter default inherited through allOf', () => {
  const withParam = (param: string) => `openapi: 3.0.3
info: { title: Trips, version: 1.0.0 }
paths:
  /trips:
    get:
${param}      responses:
        '200': { description: ok }
components:
  schemas:
    Limit: { type: integer, default: 20 }
`;
  it('counts like a default written on the parameter schema itself, as it does for properties', async () => {
    const r = await compareTexts(withParam(''), withParam("      parameters:\n        - { name: limit, in: query, required: true, schema: { allOf: [ { $ref: '#/components/schemas/Limit' } ] } }\n"));
    expect(r.findings.map((f) => f.rule)).toEqual(['parameter-added-required-with-default']);
  });
});
