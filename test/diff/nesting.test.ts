import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';

const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-nesting-'));
function pair(make: (changed: boolean) => object): [string, string] {
  const a = path.join(dir, `${Math.random().toString(36).slice(2)}-old.json`);
  const b = a.replace('-old', '-new');
  writeFileSync(a, JSON.stringify(make(false)));
  writeFileSync(b, JSON.stringify(make(true)));
  return [a, b];
}
const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });
const spec = (schemas: object, schema: object) => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1.0.0' },
  paths: { '/x': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema } } } } } } },
  components: { schemas },
});

describe('schema diff on nested composition', () => {
  it('finishes on 3^depth paths to one changed leaf, reporting the change a bounded number of times', async () => {
    const depth = 30;
    const make = (changed: boolean) => {
      const schemas: Record<string, unknown> = { [`N${depth}`]: { type: 'object', properties: { v: { type: changed ? 'integer' : 'string' }, back: ref('N0') } } };
      for (let i = depth - 1; i >= 0; i--) schemas[`N${i}`] = { oneOf: [ref(`N${i + 1}`), { allOf: [ref(`N${i + 1}`), ref(`N${i + 1}`)] }] };
      return spec(schemas, ref('N0'));
    };
    const [a, b] = pair(make);
    const report = await compare(a, b);
    const typeChanges = report.findings.filter((f) => f.kind === 'schema.type.changed');
    expect(typeChanges.length).toBeGreaterThan(0);
    expect(typeChanges.length).toBeLessThanOrEqual(8);
    expect(typeChanges[0]!.old?.pointer).toBe(`/components/schemas/N${depth}/properties/v`);
  });

  it('reports one change reached through a few different properties once, where the schema changed', async () => {
    const make = (changed: boolean) =>
      spec({ User: { type: 'object', properties: { login: { type: 'string' }, ...(changed ? {} : { email: { type: 'string' } }) } } }, {
        type: 'object',
        properties: { owner: ref('User'), assignee: ref('User'), closedBy: ref('User') },
      });
    const [a, b] = pair(make);
    const report = await compare(a, b);
    const removed = report.findings.filter((f) => f.kind === 'schema.property.removed');
    expect(removed).toHaveLength(1);
    expect(removed[0]!.message).toMatch(/(owner|assignee|closedBy)\.email removed/);
    expect(removed[0]!.old?.pointer).toBe('/components/schemas/User/properties/email');
    expect(report.summary.total).toBe(1);
  });
});
