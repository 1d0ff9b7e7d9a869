import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';

// The diff skips operations whose raw text is the same on both sides. These pairs keep every
// operation's own text identical and change only what it inherits or references.
const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-sameop-'));
let n = 0;
async function kinds(old: object, next: object): Promise<string[]> {
  const a = path.join(dir, `${++n}-old.json`);
  const b = path.join(dir, `${n}-new.json`);
  writeFileSync(a, JSON.stringify(old));
  writeFileSync(b, JSON.stringify(next));
  return (await compare(a, b)).findings.map((f) => f.kind);
}
const op = { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Trip' } } } } } };
const base = (extra: { itemParams?: unknown[]; security?: unknown[]; tripType?: string } = {}) => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1.0.0' },
  ...(extra.security ? { security: extra.security } : {}),
  paths: { '/trips/{id}': { parameters: extra.itemParams ?? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], get: op } },
  components: { schemas: { Trip: { type: 'object', properties: { id: { type: extra.tripType ?? 'string' } } } }, securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
});

describe('operations with identical text still see inherited and referenced changes', () => {
  it('no change at all: nothing reported', async () => {
    expect(await kinds(base(), base())).toEqual([]);
  });

  it('a path-level parameter changes', async () => {
    const params = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
    const more = [...params, { name: 'v', in: 'query', required: true, schema: { type: 'string' } }];
    expect(await kinds(base({ itemParams: params }), base({ itemParams: more }))).toContain('parameter.added');
  });

  it('document-level security is added', async () => {
    expect(await kinds(base(), base({ security: [{ key: [] }] }))).toContain('security.added');
  });

  it('a referenced component changes', async () => {
    expect(await kinds(base(), base({ tripType: 'integer' }))).toContain('schema.type.changed');
  });
});
