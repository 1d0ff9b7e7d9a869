import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createLineLocator, EXACT_YAML_POSITIONS_MAX } from '../../src/load/positions.js';
import { join } from '../../src/load/pointer.js';
import { createIndentLocator } from '../../src/load/yaml-lines.js';

function pointersOf(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, p: string) => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      out.push(join(p, k));
      walk(x, join(p, k));
    }
  };
  walk(doc, '');
  return out;
}

const SPEC = `openapi: 3.0.3
info:
  title: "Trips: the API"
  version: 1.0.0
paths:
  /trips/{id}:
    get:
      parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
      - name: 'it''s'
        in: query
      responses:
        '200':
          description: |
            ok:
              not: a key
          content:
            application/json:
              schema: { type: object, properties: { a: { type: string } } }
        "404": { description: missing }
    # a comment: not a key
    post:
      tags:
        - a
        - b
      responses:
        default:
          description: anything
`;

describe('indentation YAML locator', () => {
  it('agrees with the exact locator on every pointer it resolves, and resolves every block-style one', () => {
    const doc = yaml.load(SPEC);
    const ptrs = pointersOf(doc);
    const exact = createLineLocator(SPEC, 'yaml')(ptrs);
    const fast = createIndentLocator(SPEC)(ptrs);
    for (const [p, line] of fast) expect(line, p).toBe(exact.get(p));
    const flow = ptrs.filter((p) => p.includes('/content/application~1json/schema/') || p.startsWith('/paths/~1trips~1{id}/get/responses/404/'));
    expect(ptrs.filter((p) => !fast.has(p))).toEqual(flow);
    expect(fast.get('/paths/~1trips~1{id}/get/parameters/1/name')).toBe(14);
    expect(fast.get('/paths/~1trips~1{id}/post/tags/1')).toBe(29);
  });

  it('is used above the size limit and matches a block-style dump of a large generated spec', () => {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 8000; i++) paths[`/r${i}`] = { get: { description: `operation ${i}\nsecond line: here`, parameters: [{ name: 'q', in: 'query', schema: { type: 'string', enum: ['a', 'b'] } }], responses: { '200': { description: 'ok' } } } };
    const text = yaml.dump({ openapi: '3.0.3', info: { title: 'Big', version: '1' }, paths });
    expect(text.length).toBeGreaterThan(EXACT_YAML_POSITIONS_MAX);
    const sample = pointersOf(yaml.load(text)).filter((_, i) => i % 11 === 0);
    const viaLoader = createLineLocator(text, 'yaml')(sample);
    expect(viaLoader.size).toBe(sample.length);
    // The exact locator, on a prefix small enough for it: same lines.
    const head = text.slice(0, text.indexOf('  /r300:'));
    const headPtrs = pointersOf(yaml.load(head));
    const exactHead = createLineLocator(head, 'yaml')(headPtrs);
    const fastHead = createLineLocator(text, 'yaml')(headPtrs);
    for (const p of headPtrs) expect(fastHead.get(p), p).toBe(exactHead.get(p));
  });
});
