import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildJsonIndex, JSON_INDEX_WARMUP } from '../../src/load/json-index.js';
import { walkDocument } from '../../src/load/refs.js';

/**
 * The index scan runs on the index thread while JSON.parse checks the same text, so it meets text
 * that is not JSON at all: it must end, without throwing, on any bytes. On JSON it must agree with
 * the walk of the parsed value.
 */
const SAMPLE = Buffer.from(
  `{"a":{"$ref":"#/b"},"\\u0062":{"x":"é \\"q\\" ${'long '.repeat(12)}","y":[1,{"$ref":"#/a"}],"\\u0024ref":"#/c"},\n "k" : [true, null, -1.5e3]}`,
  'utf8',
);

describe('JSON index scan on arbitrary bytes', () => {
  it('ends without throwing on every prefix and every one-byte change of a sample', () => {
    for (let n = 0; n <= SAMPLE.length; n++) expect(() => buildJsonIndex(SAMPLE.subarray(0, n))).not.toThrow();
    fc.assert(
      fc.property(fc.nat(SAMPLE.length - 1), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const b = Buffer.from(SAMPLE);
        b[at] = byte;
        buildJsonIndex(b);
      }),
      { numRuns: 2000 },
    );
  });

  it('ends without throwing on random bytes drawn from JSON punctuation', () => {
    const chars = fc.constantFrom(...'{}[]",:\\ \n$refu0123é'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 200 }), (cs) => void buildJsonIndex(Buffer.from(cs.join(''), 'utf8'))), { numRuns: 2000 });
  });

  it('lists the same $ref targets as a walk of the parsed value, on any JSON value', () => {
    const doc = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('object'), fc.array(tie('value'), { maxLength: 4 })),
      object: fc.oneof(fc.dictionary(fc.oneof(fc.string(), fc.constant('$ref')), tie('value'), { maxKeys: 4 }), fc.record({ $ref: fc.string() })),
    })).object;
    fc.assert(
      fc.property(doc, fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const index = buildJsonIndex(Buffer.from(text, 'utf8'));
        const walk = walkDocument(JSON.parse(text), false);
        // The same targets, each once (in text order; the walk lists an object's own `$ref` before those inside it).
        expect([...index.refs].sort()).toEqual([...new Set(walk.refs.map((r) => r.ref))].sort());
        expect(new Set(index.refs).size).toBe(index.refs.length);
        expect(index.keyCount).toBe(walk.keyCount);
        expect(index.maybeDuplicate).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('has a warm-up document that is JSON', () => {
    expect(() => JSON.parse(JSON_INDEX_WARMUP)).not.toThrow();
  });
});
