
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../helpers/inline.js';

const OLD = `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Cat' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Cat' }
components:
  schemas:
    Cat: { type: object, properties: { meow: { type: string } } }
    Dog: { type: object, properties: { bark: { type: string } } }
    Fox: { type: object, properties: { yip: { type: string } } }
`;
const swap = (to: string) => OLD.replace(/schema: \{ \$ref: '#\/components\/schemas\/Cat' \}/g, `schema: ${to}`);
const DOG_OR_FOX = swap("{ oneOf: [ { $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Fox' } ] }");
const CAT_OR_DOG = swap("{ oneOf: [ { $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' } ] }");

describe('a schema replaced by alternatives', () => {
  it('is breaking for requests when the old shape is none of the new alternatives', async () => {
    const r = await compareTexts(OLD, DOG_OR_FOX);
    const mine = r.findings.filter((f) => f.rule === 'input-variant-removed');
    expect(mine.map((f) => f.message)).toEqual(['variant Cat removed from request body (application/json)']);
    expect(r.verdict).toBe('breaking');
  });

  it('is compatible for requests when the old shape stays one of the alternatives', async () => {
    const r = await compareTexts(OLD, CAT_OR_DOG);
    expect(r.findings.filter((f) => f.flow === 'input').map((f) => `${f.rule}: ${f.message}`)).toEqual(['input-variant-added: variant Dog added to request body (application/json)']);
  });

  it('reports the reverse edit (alternatives collapsed into a shape that is none of them) on the request side', async () => {
    const r = await compareTexts(DOG_OR_FOX, OLD);
    expect(r.findings.filter((f) => f.rule === 'input-variant-removed').map((f) => f.subject.value).sort()).toEqual(['Dog', 'Fox']);
  });
});

describe('a schema widened into alternatives', () => {
  const body = (schema: string) => `openapi: 3.0.3
info: { title: Issues, version: 1.0.0 }
paths:
  /issues:
    patch:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                type: ${schema}
      responses:
        '204': { description: ok }
`;
  const PLAIN = body('{ type: string, nullable: true }');
  const WIDER = body('{ nullable: true, oneOf: [ { type: string }, { type: object, properties: { value: { type: string } } } ] }');
  const GUARDED = `openapi: 3.0.3
info: { title: Alerts, version: 1.0.0 }
paths:
  /alerts:
    patch:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties: { state: { type: string }, assignees: { type: array, items: { type: string } } }
      responses:
        '204': { description: ok }
`;

  it('pairs the old type with the alternative of the same type, with nullability judged on the oneOf', async () => {
    const r = await compareTexts(PLAIN, WIDER);
    expect(r.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual(['input-variant-added: variant #1 added to type in request body (application/json)']);
  });

  it('does not read constraint-only anyOf entries (required lists) as a replaced shape', async () => {
    const guarded = GUARDED.replace("properties: { state:", "anyOf: [ { required: [state] }, { required: [assignees] } ]\n              properties: { state:");
    const r = await compareTexts(GUARDED, guarded);
    expect(r.findings.some((f) => f.rule === 'input-variant-removed')).toBe(false);
    expect(r.findings.length).toBeGreaterThan(0);
  });
});
