import { describe, expect, it } from 'vitest';
import { RefResolver } from '../../src/load/refs.js';
import { SameSchemas } from '../../src/diff/unchanged.js';

const doc = (schemas: Record<string, unknown>) => ({ components: { schemas } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const checker = (a: object, b: object) => new SameSchemas(new RefResolver('old', a), new RefResolver('new', b));

describe('SameSchemas (raw sameness proof before the semantic diff)', () => {
  it('accepts deep-equal schemas whatever the key order, rejects any difference', () => {
    const s = checker(doc({}), doc({}));
    expect(s.same({ type: 'object', properties: { a: { type: 'string' } } }, { properties: { a: { type: 'string' } }, type: 'object' })).toBe(true);
    expect(s.same({ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { a: { type: 'integer' } } })).toBe(false);
    expect(s.same({ enum: ['a', 'b'] }, { enum: ['b', 'a'] })).toBe(false);
    expect(s.same({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(s.same([], {})).toBe(false);
  });

  it('follows refs: same name is not enough, the targets must be the same too', () => {
    const s = checker(doc({ A: { type: 'string' }, B: { type: 'string' } }), doc({ A: { type: 'integer' }, B: { type: 'string' } }));
    expect(s.same(ref('A'), ref('A'))).toBe(false);
    expect(s.same({ items: ref('B') }, { items: ref('B') })).toBe(true);
    expect(s.same(ref('A'), ref('B'))).toBe(false);
  });

  it('handles ref cycles and never keeps an answer that leaned on a pair later found different', () => {
    const old = doc({ A: { properties: { b: ref('B'), x: { type: 'string' } } }, B: { properties: { a: ref('A') } } });
    const changed = doc({ A: { properties: { b: ref('B'), x: { type: 'integer' } } }, B: { properties: { a: ref('A') } } });
    const s = checker(old, changed);
    expect(s.same(ref('A'), ref('A'))).toBe(false);
    // B looked the same while A was assumed the same; B contains A, so B changed too.
    expect(s.same(ref('B'), ref('B'))).toBe(false);
    const same = checker(old, structuredClone(old));
    expect(same.same(ref('B'), ref('B'))).toBe(true);
    expect(same.same(ref('A'), ref('A'))).toBe(true);
  });

  it('answers "not the same" for a dangling ref, leaving the error to the diff', () => {
    const s = checker(doc({}), doc({}));
    expect(s.same(ref('Missing'), ref('Missing'))).toBe(false);
  });

  it('stays linear on deep shared references (no exponential re-examination)', () => {
    const schemas: Record<string, unknown> = { N40: { type: 'string' } };
    for (let i = 39; i >= 0; i--) schemas[`N${i}`] = { oneOf: [ref(`N${i + 1}`), { allOf: [ref(`N${i + 1}`), ref(`N${i + 1}`)] }] };
    const changedSchemas = structuredClone(schemas);
    changedSchemas.N40 = { type: 'integer' };
    expect(checker(doc(schemas), doc(structuredClone(schemas))).same(ref('N0'), ref('N0'))).toBe(true);
    expect(checker(doc(schemas), doc(changedSchemas)).same(ref('N0'), ref('N0'))).toBe(false);
  });
});
