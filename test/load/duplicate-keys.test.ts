import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from '../../src/load/duplicate-keys.js';
import { buildJsonIndex } from '../../src/load/json-index.js';
import { walkDocument } from '../../src/load/refs.js';

/**
 * As the loader does it: the byte index flags a key hash seen twice in one object, the exact scan
 * names the key. The key count of the text and of the parsed value disagree exactly when a key repeats.
 */
function check(text: string) {
  const parsedKeys = walkDocument(JSON.parse(text), false).keyCount;
  const index = buildJsonIndex(Buffer.from(text, 'utf8'));
  const dup = findDuplicateJsonKey(text);
  expect(index.keyCount !== parsedKeys, text).toBe(dup !== undefined);
  expect(index.maybeDuplicate, text).toBe(dup !== undefined);
  return dup;
}

describe('duplicate JSON keys', () => {
  it('passes documents without duplicates, whatever their strings hold', () => {
    const texts = [
      '{"a": 1, "b": {"c": [1, {"d": 2}]}}',
      '{"a":"say \\":hi\\"","b":1}', // an escaped quote followed by a colon inside a string
      '{"a":":starts with a colon","b":1}', // a string opening with a colon
      '{"a\\\\":1,"b":2}', // a key ending in a backslash
      '{"a" : 1, "b"\n:\t2}', // whitespace before the colon
      '[]',
      '{"__proto__": {"x": 1}, "y": 2}',
    ];
    for (const t of texts) expect(check(t), t).toBeUndefined();
  });

  it('finds the repeated key, at its second spelling, whatever the strings around it hold', () => {
    // [text, key, raw spelling of the second occurrence]
    const cases: Array<[string, string, string]> = [
      ['{"a":1,"a":2}', 'a', '"a"'],
      ['{"x":{"a":"say \\":hi","a":2}}', 'a', '"a"'],
      ['{"x":":colon","b":1,"b":2}', 'b', '"b"'],
      ['{"k\\\\":1,"k\\\\":2}', 'k\\', '"k\\\\"'],
      ['{"a" : 1, "a" : 2}', 'a', '"a"'],
      ['{"p":{"\\u0061":1,"a":2}}', 'a', '"a"'],
      ['{"p":{"\\u00e9":1,"é":2}}', 'é', '"é"'], // an escape and UTF-8 bytes for one character
      [`{"big":{${Array.from({ length: 200 }, (_, i) => `"k${i}":${i}`).join(',')},"k3":0}}`, 'k3', '"k3"'], // past the small-object scan
    ];
    for (const [text, key, raw] of cases) {
      const dup = check(text);
      expect(dup?.key, text).toBe(key);
      expect(dup?.offset, text).toBe(text.lastIndexOf(raw));
    }
  });

  it('never discounts a real key: a key ending in an escaped backslash is not an escaped quote', () => {
    // `"k\\":` ends a real key. Discounting it would make the quick bound equal the parsed count (2)
    // and hide the duplicate "a".
    expect(check('{"k\\\\":1,"a":2,"a":3}')?.key).toBe('a');
  });

  it('tells keys of different objects apart, however alike (the hashes of all open objects share one stack)', () => {
    const siblings = `{"a":{"x":1,"y":2},"b":{"x":1,"y":2},"c":[{"x":1},{"x":2}],"d":{${Array.from({ length: 100 }, (_, i) => `"k${i}":{"k${i}":{"k${i}":1}}`).join(',')}}}`;
    expect(check(siblings)).toBeUndefined();
    const big = `{${Array.from({ length: 100 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    expect(check(`[${big},${big},{"k1":${big}}]`)).toBeUndefined(); // large objects that start at the same place of the stack
  });
});
