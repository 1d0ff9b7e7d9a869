import { describe, expect, it } from 'vitest';
import type { SchemaChange } from '../../src/diff/schema.js';
import { diff, doc, ref, type Doc, type Schema } from '../helpers/schema-diff.js';

const summary = (cs: SchemaChange[]) => cs.map((c) => ({ kind: c.kind, path: c.path.join('.'), ...(c.keyword ? { keyword: c.keyword } : {}), ...(c.value !== undefined ? { value: c.value } : {}) }));

describe('SchemaDiffer: types', () => {
  it('integer -> number is a widening', () => {
    const cs = diff(doc({ type: 'integer' }), doc({ type: 'number' }));
    expect(cs.map((c) => [c.kind, c.before, c.after])).toEqual([['schema.type.widened', 'integer', 'number']]);
  });

  it('number -> integer is a narrowing', () => {
    const cs = diff(doc({ type: 'number' }), doc({ type: 'integer' }));
    expect(cs.map((c) => [c.kind, c.before, c.after])).toEqual([['schema.type.narrowed', 'number', 'integer']]);
  });

  it('allOf of number and integer is integer, in either order', () => {
    expect(diff(doc({ allOf: [{ type: 'number' }, { type: 'integer' }] }), doc({ type: 'integer' }))).toEqual([]);
    expect(diff(doc({ allOf: [{ type: 'integer' }, { type: 'number' }] }), doc({ type: 'integer' }))).toEqual([]);
    expect(summary(diff(doc({ allOf: [{ type: 'number' }, { type: 'integer' }] }), doc({ type: 'number' })))).toEqual([{ kind: 'schema.type.widened', path: '' }]);
  });

  it('string -> integer is neither: a type change', () => {
    expect(summary(diff(doc({ type: 'string' }), doc({ type: 'integer' })))).toEqual([{ kind: 'schema.type.changed', path: '' }]);
  });
});

describe('SchemaDiffer: enums', () => {
  it('compares values as JSON values: 1 and "1" differ, and the messages can tell them apart', () => {
    const cs = diff(doc({ enum: [1, 2] }), doc({ enum: ['1', 2] }));
    expect(cs.map((c) => c.kind)).toEqual(['schema.enum.value-removed', 'schema.enum.value-added']);
    const [removed, added] = cs.map((c) => c.value);
    expect(removed).toBe('1');
    expect(added).toBe('"1"');
  });

  it('keeps plain strings readable and reports nothing when only the order changes', () => {
    expect(summary(diff(doc({ enum: ['a', 'b'] }), doc({ enum: ['b', 'a', 'c'] })))).toEqual([{ kind: 'schema.enum.value-added', path: '', value: 'c' }]);
    expect(diff(doc({ enum: [true, null, { k: 1 }] }), doc({ enum: [{ k: 1 }, null, true] }))).toEqual([]);
  });
});

describe('SchemaDiffer: limits', () => {
  it('a numeric exclusiveMaximum (3.1) counts as a max keyword', () => {
    expect(summary(diff(doc({ type: 'number', exclusiveMaximum: 10 }), doc({ type: 'number', exclusiveMaximum: 5 })))).toEqual([{ kind: 'schema.max.decreased', path: '', keyword: 'exclusiveMaximum' }]);
    expect(summary(diff(doc({ type: 'number' }), doc({ type: 'number', exclusiveMaximum: 5 })))).toEqual([{ kind: 'schema.max.decreased', path: '', keyword: 'exclusiveMaximum' }]);
    expect(summary(diff(doc({ type: 'number', exclusiveMaximum: 5 }), doc({ type: 'number' })))).toEqual([{ kind: 'schema.max.increased', path: '', keyword: 'exclusiveMaximum' }]);
  });

  it('maximum/exclusiveMaximum are one effective bound: the 3.0 boolean form flips, the 3.1 numeric form is the same bound', () => {
    const flip = diff(doc({ type: 'integer', maximum: 10 }), doc({ type: 'integer', maximum: 10, exclusiveMaximum: true }));
    expect(flip.map((c) => [c.kind, c.keyword, c.before, c.after])).toEqual([['schema.max.decreased', 'maximum', '<= 10', '< 10']]);
    const min = diff(doc({ type: 'number', minimum: 0, exclusiveMinimum: true }), doc({ type: 'number', minimum: 0 }));
    expect(min.map((c) => [c.kind, c.keyword, c.before, c.after])).toEqual([['schema.min.decreased', 'minimum', '> 0', '>= 0']]);
    expect(diff(doc({ type: 'number', maximum: 10, exclusiveMaximum: true, minimum: 1, exclusiveMinimum: true }), doc({ type: 'number', exclusiveMaximum: 10, exclusiveMinimum: 1 }))).toEqual([]);
    expect(diff(doc({ type: 'number', maximum: 10, exclusiveMaximum: 20 }), doc({ type: 'number', maximum: 10, exclusiveMaximum: 15 }))).toEqual([]);
    const moved = diff(doc({ type: 'number', maximum: 10 }), doc({ type: 'number', exclusiveMaximum: 12 }));
    expect(moved.map((c) => [c.kind, c.keyword, c.before, c.after])).toEqual([['schema.max.increased', 'maximum', '<= 10', '< 12']]);
  });

  it('minLength added counts as the minimum increased', () => {
    const cs = diff(doc({ type: 'string' }), doc({ type: 'string', minLength: 3 }));
    expect(cs.map((c) => [c.kind, c.keyword, c.before, c.after])).toEqual([['schema.min.increased', 'minLength', undefined, 3]]);
  });

  it('minLength: 0 (or minItems: 0) added or removed changes nothing: 0 is the implied lower bound', () => {
    expect(diff(doc({ type: 'string' }), doc({ type: 'string', minLength: 0 }))).toEqual([]);
    expect(diff(doc({ type: 'array', minItems: 0 }), doc({ type: 'array' }))).toEqual([]);
    expect(summary(diff(doc({ type: 'integer' }), doc({ type: 'integer', minimum: 0 })))).toEqual([{ kind: 'schema.min.increased', path: '', keyword: 'minimum' }]);
  });
});

describe('SchemaDiffer: variants', () => {
  const schemas = {
    Card: { type: 'object', properties: { number: { type: 'string', maxLength: 19 } } },
    Bank: { type: 'object', properties: { iban: { type: 'string' } } },
    Voucher: { type: 'object', properties: { code: { type: 'string' } } },
  };

  it('matches oneOf variants by $ref name, so reordering them reports nothing', () => {
    const a = doc({ oneOf: [ref('Card'), ref('Bank'), ref('Voucher')] }, schemas);
    const b = doc({ oneOf: [ref('Voucher'), ref('Card'), ref('Bank')] }, schemas);
    expect(diff(a, b)).toEqual([]);
    expect(diff(a, b, 'output')).toEqual([]);
  });

  it('compares a reordered variant with its namesake, not with the variant at the same index', () => {
    const a = doc({ oneOf: [ref('Card'), ref('Bank')] }, schemas);
    const b = doc({ oneOf: [ref('Bank'), ref('Card')] }, { ...schemas, Card: { type: 'object', properties: { number: { type: 'string', maxLength: 16 } } } });
    expect(summary(diff(a, b))).toEqual([{ kind: 'schema.max.decreased', path: '<Card>.number', keyword: 'maxLength' }]);
  });

  it('reports an added and a removed variant by name', () => {
    const a = doc({ oneOf: [ref('Card'), ref('Bank')] }, schemas);
    const b = doc({ oneOf: [ref('Voucher'), ref('Card')] }, schemas);
    expect(summary(diff(a, b))).toEqual([
      { kind: 'schema.variant.removed', path: '', value: 'Bank' },
      { kind: 'schema.variant.added', path: '', value: 'Voucher' },
    ]);
  });

  it('`$ref X` -> `oneOf: [$ref X, $ref Y]` is only Y added: X is compared with its namesake, not with the wrapper', () => {
    const plain = doc({ type: 'object', properties: { pay: ref('Card') } }, schemas);
    const wrapped = doc({ type: 'object', properties: { pay: { oneOf: [ref('Bank'), ref('Card')] } } }, schemas);
    expect(summary(diff(plain, wrapped, 'output'))).toEqual([{ kind: 'schema.variant.added', path: 'pay', value: 'Bank' }]);
    expect(summary(diff(wrapped, plain, 'output'))).toEqual([{ kind: 'schema.variant.removed', path: 'pay', value: 'Bank' }]);
    const shorter = doc({ type: 'object', properties: { pay: { anyOf: [ref('Card'), ref('Bank'), { type: 'null' }] } } }, { ...schemas, Card: { type: 'object', properties: { number: { type: 'string', maxLength: 16 } } } });
    expect(summary(diff(plain, shorter))).toEqual([
      { kind: 'schema.nullable.added', path: 'pay' },
      { kind: 'schema.max.decreased', path: 'pay.<Card>.number', keyword: 'maxLength' },
      { kind: 'schema.variant.added', path: 'pay', value: 'Bank' },
    ]);
  });

  it('`anyOf: [$ref X, {type: null}]` vs `$ref X` is only a nullable change, both ways', () => {
    const plain = doc({ type: 'object', properties: { card: ref('Card') } }, schemas);
    const nullable = doc({ type: 'object', properties: { card: { anyOf: [ref('Card'), { type: 'null' }] } } }, schemas);
    expect(summary(diff(plain, nullable))).toEqual([{ kind: 'schema.nullable.added', path: 'card' }]);
    expect(summary(diff(nullable, plain, 'output'))).toEqual([{ kind: 'schema.nullable.removed', path: 'card' }]);
    expect(diff(nullable, nullable)).toEqual([]);
  });

  it('still sees a real change inside X behind the nullable anyOf', () => {
    const plain = doc({ anyOf: [ref('Card'), { type: 'null' }] }, schemas);
    const changed = doc(ref('Card'), { ...schemas, Card: { type: 'object', properties: { number: { type: 'string', maxLength: 16 } } } });
    expect(summary(diff(plain, changed))).toEqual([
      { kind: 'schema.nullable.removed', path: '' },
      { kind: 'schema.max.decreased', path: 'number', keyword: 'maxLength' },
    ]);
  });
});

describe('SchemaDiffer: pathological shapes', () => {
  /** Level i: allOf of allOf of oneOf [Level i-1, Stop i]; Level 0 is a string with a maxLength. */
  function nested(depth: number, maxLength: number): Doc {
    const schemas: Record<string, Schema> = { L0: { type: 'string', maxLength } };
    for (let i = 1; i <= depth; i++) {
      schemas[`Stop${i}`] = { type: 'object', properties: { at: { type: 'integer' } } };
      schemas[`L${i}`] = { allOf: [{ allOf: [{ oneOf: [ref(`L${i - 1}`), ref(`Stop${i}`)] }] }] };
    }
    return doc(ref(`L${depth}`), schemas);
  }

  /** The same nesting written inline: variant #0 nests one level deeper, variant #1 is a stop. */
  function inline(depth: number, maxLength: number): Doc {
    const level = (n: number): unknown => (n === 0 ? { type: 'string', maxLength } : { allOf: [{ allOf: [{ oneOf: [level(n - 1), { type: 'integer' }] }] }] });
    return doc(level(depth));
  }

  it('allOf of allOf of oneOf, 12 levels of components: the one leaf change, with its full path', () => {
    const cs = diff(nested(12, 10), nested(12, 5));
    expect(summary(cs)).toEqual([{ kind: 'schema.max.decreased', path: ['L11', 'L10', 'L9', 'L8', 'L7', 'L6', 'L5', 'L4', 'L3', 'L2', 'L1', 'L0'].map((n) => `<${n}>`).join('.'), keyword: 'maxLength' }]);
    expect(diff(nested(12, 10), nested(12, 10))).toEqual([]);
  });

  it('allOf of allOf of oneOf, 12 levels inline: the one leaf change, matched by position', () => {
    const cs = diff(inline(12, 10), inline(12, 5));
    expect(summary(cs)).toEqual([{ kind: 'schema.max.decreased', path: Array(12).fill('<#0>').join('.'), keyword: 'maxLength' }]);
    expect(cs[0]!.oldPointer).toBe(`/root${'/allOf/0/allOf/0/oneOf/0'.repeat(12)}`);
    expect(diff(inline(12, 10), inline(12, 10))).toEqual([]);
  });

  it('a chain of 200 components reached through properties: the change at the end, once', () => {
    const chain = (lastType: string): Doc => {
      const schemas: Record<string, Schema> = {};
      for (let i = 0; i < 199; i++) schemas[`C${i}`] = { type: 'object', properties: { next: ref(`C${i + 1}`) } };
      schemas.C199 = { type: lastType };
      return doc(ref('C0'), schemas);
    };
    const cs = diff(chain('integer'), chain('number'));
    expect(cs.map((c) => c.kind)).toEqual(['schema.type.widened']);
    expect(cs[0]!.path).toEqual(Array(199).fill('next'));
    expect(cs[0]!.newPointer).toBe('/components/schemas/C199');
  });

  it('a chain of 200 $ref-to-$ref hops resolves to its target', () => {
    const hops = (maxLength: number): Doc => {
      const schemas: Record<string, Schema> = {};
      for (let i = 0; i < 199; i++) schemas[`R${i}`] = ref(`R${i + 1}`);
      schemas.R199 = { type: 'string', maxLength };
      return doc(ref('R0'), schemas);
    };
    expect(summary(diff(hops(10), hops(20)))).toEqual([{ kind: 'schema.max.increased', path: '', keyword: 'maxLength' }]);
    expect(diff(hops(10), hops(10))).toEqual([]);
  });

  it('a 30-level diamond of inline `allOf: [$ref]` wrappers around shared components is compared once per pair', () => {
    // Each level offers two wrappers around the level below: 2^30 paths reach the bottom if pairs reached
    // through a wrapper (not through a `$ref` view) are not memoised.
    const diamond = (description: string): Doc => {
      const schemas: Record<string, Schema> = { D0: { type: 'string' } };
      for (let i = 1; i <= 30; i++) schemas[`D${i}`] = { oneOf: [{ allOf: [ref(`D${i - 1}`)], title: 'a' }, { allOf: [ref(`D${i - 1}`)], title: 'b' }] };
      return doc({ description, allOf: [ref('D30')] }, schemas);
    };
    expect(summary(diff(diamond('old'), diamond('new')))).toEqual([{ kind: 'schema.documentation.changed', path: '', keyword: 'description' }]);
  });

  it('a $ref cycle compares as equal at the point of recursion and still reports the change', () => {
    const tree = (t: string) => doc(ref('Node'), { Node: { type: 'object', properties: { label: { type: t }, children: { type: 'array', items: ref('Node') } } } });
    expect(summary(diff(tree('integer'), tree('number')))).toEqual([{ kind: 'schema.type.widened', path: 'label' }]);
  });
});
