
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
