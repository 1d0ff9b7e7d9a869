// oneOf/anyOf variants are paired by meaning ($ref target, discriminator value, structure), never by
// position alone: a reorder is no change, an inserted variant is one addition, merged variants are merged.
import { describe, expect, it } from 'vitest';
import type { SchemaChange } from '../../src/diff/schema.js';
import { pairVariants } from '../../src/diff/variant-pairing.js';
import { RefResolver } from '../../src/load/refs.js';
import { SchemaViews } from '../../src/model/schema-view.js';
import { compareTexts } from '../helpers/inline.js';
import { diff, doc, ref, type Doc, type Schema } from '../helpers/schema-diff.js';

const summary = (cs: SchemaChange[]) => cs.map((c) => ({ kind: c.kind, path: c.path.join('.'), ...(c.value !== undefined ? { value: c.value } : {}) }));

const card = { type: 'object', required: ['number'], properties: { number: { type: 'string' }, expiry: { type: 'string' } } };
const bank = { type: 'object', required: ['iban'], properties: { iban: { type: 'string' }, bic: { type: 'string' } } };
const voucher = { type: 'object', required: ['code'], properties: { code: { type: 'string' } } };
const amount = { type: 'integer', minimum: 1 };
const schemas = { Card: card, Bank: bank, Voucher: voucher };

/** GitHub's repository rules: inline `allOf` variants told apart by a one-value `type` enum. */
const rule = (type: string, parameters: Schema) => ({ type: 'object', required: ['type'], properties: { type: { type: 'string', enum: [type] }, parameters: { type: 'object', properties: parameters } } });
const creation = rule('creation', {});
const workflows = rule('workflows', { workflows: { type: 'array', items: { type: 'string' } } });
const maxSize = rule('max_file_size', { max_file_size: { type: 'integer' } });
const pathLength = rule('max_file_path_length', { max_file_path_length: { type: 'integer' } });

describe('variants: a reorder is no change', () => {
  it('inline variants', () => {
    const a = doc({ oneOf: [card, bank, voucher, amount] });
    const b = doc({ oneOf: [amount, voucher, card, bank] });
    expect(diff(a, b)).toEqual([]);
    expect(diff(a, b, 'output')).toEqual([]);
  });

  it('$ref variants', () => {
    expect(diff(doc({ anyOf: [ref('Card'), ref('Bank'), ref('Voucher')] }, schemas), doc({ anyOf: [ref('Voucher'), ref('Bank'), ref('Card')] }, schemas), 'output')).toEqual([]);
  });

  it('inline variants that differ only in a pinned discriminator value', () => {
    expect(diff(doc({ oneOf: [creation, workflows, maxSize] }), doc({ oneOf: [maxSize, creation, workflows] }), 'output')).toEqual([]);
  });

  it('inline variants of one type, told apart by format and limits', () => {
    const date = { type: 'string', format: 'date' };
    const short = { type: 'string', maxLength: 8 };
    expect(diff(doc({ oneOf: [date, short] }), doc({ oneOf: [short, date] }))).toEqual([]);
  });
});

describe('variants: an inserted variant is one addition', () => {
  it('inline, inserted at the front: no cascade of changes on the variants after it', () => {
    const cs = diff(doc({ oneOf: [card, bank] }), doc({ oneOf: [voucher, card, bank] }), 'output');
    expect(summary(cs)).toEqual([{ kind: 'schema.variant.added', path: '', value: '#0' }]);
    expect(cs[0]!.newPointer).toBe('/root/oneOf/0');
  });

  it('inline, tagged by a pinned value, inserted in the middle of a reordered list (GitHub 22 -> 23)', () => {
    const cs = diff(doc({ items: { oneOf: [creation, maxSize, pathLength, workflows] } }), doc({ items: { oneOf: [creation, workflows, rule('license', {}), maxSize, pathLength] } }), 'output');
    expect(summary(cs)).toEqual([{ kind: 'schema.variant.added', path: '[]', value: 'type=license' }]);
  });

  it('inline allOf variants, as GitHub writes them', () => {
    const info = { type: 'object', properties: { ruleset_id: { type: 'integer' } } };
    const wrap = (r: string) => ({ allOf: [ref(r), ref('Info')] });
    const parts = { Info: info, Creation: creation, Workflows: workflows, MaxSize: maxSize, License: rule('license', {}) };
    const cs = diff(doc({ oneOf: [wrap('Creation'), wrap('MaxSize'), wrap('Workflows')] }, parts), doc({ oneOf: [wrap('Creation'), wrap('Workflows'), wrap('License'), wrap('MaxSize')] }, parts), 'output');
    expect(summary(cs)).toEqual([{ kind: 'schema.variant.added', path: '', value: 'type=license' }]);
  });
});

describe('variants: paired by discriminator', () => {
  const cat = { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['cat'] }, name: { type: 'string', maxLength: 50 } } };
  const dog = { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['dog'] }, name: { type: 'string', maxLength: 50 } } };
  const shorter = (v: Schema) => ({ ...v, properties: { ...(v.properties as Schema), name: { type: 'string', maxLength: 20 } } });

  it('a changed property is reported under the variant with the same discriminator value, not the one at its index', () => {
    const a = doc({ oneOf: [cat, dog], discriminator: { propertyName: 'kind' } });
    const b = doc({ oneOf: [shorter(dog), cat], discriminator: { propertyName: 'kind' } });
    const cs = diff(a, b);
    expect(summary(cs)).toEqual([{ kind: 'schema.max.decreased', path: '<kind=dog>.name' }]);
    expect(cs[0]!.oldPointer).toBe('/root/oneOf/1/properties/name');
    expect(cs[0]!.newPointer).toBe('/root/oneOf/0/properties/name');
  });

  it('`const` pins a value as an enum of one does', () => {
    const pin = (v: Schema, k: string) => ({ ...v, properties: { ...(v.properties as Schema), kind: { const: k } } });
    const cs = diff(doc({ oneOf: [pin(cat, 'cat'), pin(dog, 'dog')] }), doc({ oneOf: [pin(shorter(dog), 'dog'), pin(cat, 'cat')] }));
    expect(summary(cs)).toEqual([{ kind: 'schema.max.decreased', path: '<kind=dog>.name' }]);
  });

  it('the mapping pairs a renamed component with its old name', () => {
    const a = doc({ oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } }, { Cat: cat, Dog: dog });
    const b = doc({ oneOf: [ref('Hound'), ref('Cat')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Hound' } } }, { Cat: cat, Hound: shorter(dog) });
    // (The mapping entry itself changed too: that is the `discriminator` keyword's own comparison, at the root.)
    expect(summary(diff(a, b).filter((c) => c.path.length > 0 || c.kind.startsWith('schema.variant')))).toEqual([{ kind: 'schema.max.decreased', path: '<Hound>.name' }]);
  });

  it('different discriminator values are different variants, however alike they look', () => {
    const fox = { ...cat, properties: { ...cat.properties, kind: { type: 'string', enum: ['fox'] } } };
    expect(summary(diff(doc({ oneOf: [cat, dog] }), doc({ oneOf: [fox, dog] }), 'output'))).toEqual([
      { kind: 'schema.variant.removed', path: '', value: 'kind=cat' },
      { kind: 'schema.variant.added', path: '', value: 'kind=fox' },
    ]);
  });

  it('a `discriminator` of the wrong shape is a load error, not ignored', () => {
    expect(() => diff(doc({ oneOf: [cat, dog], discriminator: { mapping: {} } }), doc({ oneOf: [cat, dog] }))).toThrow(/propertyName/);
    expect(() => diff(doc({ oneOf: [cat, dog], discriminator: { propertyName: 'kind', mapping: { cat: 1 } } }), doc({ oneOf: [cat, dog] }))).toThrow(/mapping/);
  });
});

describe('variants: paired by structure', () => {
  it('an inline variant is compared with the one sharing its properties, and the change is reported there', () => {
    const longer = { ...bank, properties: { ...bank.properties, bic: { type: 'string', maxLength: 11 } } };
    expect(summary(diff(doc({ oneOf: [card, bank] }), doc({ oneOf: [longer, card] })))).toEqual([{ kind: 'schema.max.decreased', path: '<#0>.bic' }]);
  });

  it('a variant moved behind a $ref is the same variant', () => {
    expect(diff(doc({ oneOf: [card, bank] }), doc({ oneOf: [ref('Bank'), ref('Card')] }, schemas))).toEqual([]);
  });

  it('structurally identical variants pair in order (a deterministic tie-break)', () => {
    const twin = { type: 'object', properties: { id: { type: 'string' } } };
    const tagged = (d: string) => ({ ...twin, description: d });
    const cs = diff(doc({ oneOf: [tagged('a'), tagged('b')] }), doc({ oneOf: [tagged('a'), tagged('b')] }));
    expect(cs).toEqual([]);
  });
});

describe('variants: a real removal is still reported', () => {
  it('inline', () => {
    expect(summary(diff(doc({ oneOf: [card, bank, voucher] }), doc({ oneOf: [voucher, card] })))).toEqual([{ kind: 'schema.variant.removed', path: '', value: '#1' }]);
  });

  it('$ref: a different component is not the removed one, though it has the same type', () => {
    expect(summary(diff(doc({ oneOf: [ref('Card'), ref('Bank')] }, schemas), doc({ oneOf: [ref('Card'), ref('Voucher')] }, schemas)))).toEqual([
      { kind: 'schema.variant.removed', path: '', value: 'Bank' },
      { kind: 'schema.variant.added', path: '', value: 'Voucher' },
    ]);
  });

  it('a wider variant that drops one of the old properties is not a merge', () => {
    const both = { type: 'object', properties: { number: { type: 'string' } } };
    expect(summary(diff(doc({ oneOf: [card, bank] }), doc({ oneOf: [both] }))).map((c) => c.kind)).toContain('schema.variant.removed');
  });
});

describe('variants: merged into one wider variant', () => {
  const text = (oneOf: string, where: 'request' | 'response') => `openapi: 3.0.3
info: { title: Payments, version: 1.0.0 }
paths:
  /payments:
    ${where === 'request' ? 'post' : 'get'}:
${
  where === 'request'
    ? `      requestBody:
        content:
          application/json:
            schema: { oneOf: ${oneOf} }
      responses:
        '204': { description: ok }`
    : `      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { oneOf: ${oneOf} }`
}
`;
  // Optional properties: a response variant whose required field became optional would be breaking on its own.
  const OLD = "[{ type: object, properties: { number: { type: string } } }, { type: object, properties: { iban: { type: string } } }, { type: string }]";
  const NEW = "[{ type: string }, { type: object, properties: { number: { type: string }, iban: { type: string } } }]";

  it('is a fact of the diff: the old variants folded into the new one that accepts all each did', () => {
    const wide = { type: 'object', properties: { ...card.properties, ...bank.properties } };
    const cs = diff(doc({ oneOf: [card, bank] }), doc({ oneOf: [wide] }));
    expect(cs.filter((c) => c.kind.startsWith('schema.variant')).map((c) => [c.kind, c.value, c.after])).toEqual([['schema.variant.merged', '#1', 'the new schema']]);
  });

  it('is compatible for requests', async () => {
    const r = await compareTexts(text(OLD, 'request'), text(NEW, 'request'));
    expect(r.findings.filter((f) => f.level !== 'compatible' && f.level !== 'info')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'input-variant-merged').map((f) => f.message)).toEqual(['variant #1 merged into #1 in request body (application/json)']);
  });

  it('is a warning for responses', async () => {
    const r = await compareTexts(text(OLD, 'response'), text(NEW, 'response'));
    const merged = r.findings.filter((f) => f.rule === 'output-variant-merged');
    expect(merged.map((f) => [f.level, f.message])).toEqual([['warning', 'variant #1 merged into #1 in response 200 (application/json)']]);
    expect(r.findings.filter((f) => f.level === 'breaking')).toEqual([]);
  });

  it('the reverse (one variant split in two narrower ones) is no merge', async () => {
    const r = await compareTexts(text(NEW, 'request'), text(OLD, 'request'));
    expect(r.findings.some((f) => f.rule === 'input-variant-merged')).toBe(false);
    expect(r.findings.map((f) => f.rule)).toContain('input-variant-added');
  });
});

describe('pairVariants', () => {
  const views = (d: Doc) => new SchemaViews(new RefResolver('x.yaml', d));
  const list = (v: SchemaViews, d: Doc, n: number) => Array.from({ length: n }, (_, i) => v.view({ value: (d.root as { oneOf: unknown[] }).oneOf[i], pointer: `/root/oneOf/${i}` }));

  it('pairs $ref targets and discriminator values without asking whether two schemas are the same', () => {
    const a = doc({ oneOf: [ref('Card'), ref('Bank'), creation, workflows] }, schemas);
    const b = doc({ oneOf: [workflows, ref('Bank'), creation, ref('Card')] }, schemas);
    const [va, vb] = [views(a), views(b)];
    let asked = 0;
    const p = pairVariants({ views: va, variants: list(va, a, 4) }, { views: vb, variants: list(vb, b, 4) }, () => (asked++, false));
    expect(p.pairs).toEqual([
      [0, 3],
      [1, 1],
      [2, 2],
      [3, 0],
    ]);
    expect(p.removed).toEqual([]);
    expect(p.added).toEqual([]);
    expect(asked).toBe(0);
  });

  it('asks only for two different components left over, to tell a rename from a replacement', () => {
    const renamed = { Card: card, Payment: card };
    const a = doc({ oneOf: [ref('Card')] }, renamed);
    const b = doc({ oneOf: [ref('Payment')] }, renamed);
    const [va, vb] = [views(a), views(b)];
    const asked: [number, number][] = [];
    const p = pairVariants({ views: va, variants: list(va, a, 1) }, { views: vb, variants: list(vb, b, 1) }, (i, j) => (asked.push([i, j]), true));
    expect(asked).toEqual([[0, 0]]);
    expect(p.pairs).toEqual([[0, 0]]);
    expect([p.oldIds, p.newIds]).toEqual([['Card'], ['Payment']]);
  });
});
