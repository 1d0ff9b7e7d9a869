import { join } from '../load/pointer.js';
import { isObj } from '../model/shape.js';
import type { At, Flow } from '../model/types.js';
import type { SchemaView } from '../model/schema-view.js';
import type { SchemaChangeFields, SchemaEmit } from './schema.js';
import { shown } from './stable-json.js';

/**
 * The rest of the schema vocabulary: every keyword the schema view does not model (SchemaView.keywords)
 * is compared here, so no difference between two schemas goes unreported. JSON Schema 2020-12 and
 * draft-04 keywords with a known meaning say whether the new schema accepts fewer instances
 * (`schema.constraint.tightened`), more (`relaxed`) or some of each (`changed`); the flow then decides
 * who breaks. Every other keyword is a `schema.keyword.changed`: an annotation (info) or, when it may
 * change which instances are valid or how they are sent, a validation keyword (warning).
 */
export interface KeywordContext {
  a: SchemaView;
  b: SchemaView;
  flow: Flow;
  emit: SchemaEmit;
  /** Compares two subschemas that constrain the instance the same way their parents do (covariant). */
  child(a: At, b: At, segment: string): void;
  /** True when two raw values are provably the same (`$ref`s followed). */
  same(a: unknown, b: unknown): boolean;
}

type Comparator = (x: At | undefined, y: At | undefined, keyword: string, ctx: KeywordContext) => void;

/** Keywords that never change which instances are valid or how they are sent. */
const ANNOTATIONS = new Set(['title', 'summary', 'example', 'examples', 'externalDocs', '$comment']);

export function isAnnotation(keyword: string): boolean {
  return ANNOTATIONS.has(keyword) || keyword.startsWith('x-');
}

/** The instance type a keyword applies to: on a schema of other types it has no effect (a documented no-op). */
const APPLIES_TO: Record<string, string> = {
  uniqueItems: 'array', contains: 'array', minContains: 'array', maxContains: 'array', prefixItems: 'array', items: 'array', additionalItems: 'array', unevaluatedItems: 'array',
  patternProperties: 'object', propertyNames: 'object', dependentRequired: 'object', dependentSchemas: 'object', dependencies: 'object', unevaluatedProperties: 'object',
  multipleOf: 'number', contentMediaType: 'string', contentEncoding: 'string', contentSchema: 'string',
  maxLength: 'string', minLength: 'string', pattern: 'string', maxItems: 'array', minItems: 'array', maxProperties: 'object', minProperties: 'object',
  maximum: 'number', minimum: 'number', exclusiveMaximum: 'number', exclusiveMinimum: 'number',
};

/** False when both schemas declare types and none of them is one the keyword applies to. */
export function keywordApplies(keyword: string, a: SchemaView, b: SchemaView): boolean {
  const type = APPLIES_TO[keyword];
  if (!type || !a.types || !b.types) return true;
  const has = (t: Set<string>) => t.has(type) || (type === 'number' && t.has('integer'));
  return has(a.types) || has(b.types);
}

export function compareKeywords(ctx: KeywordContext): void {
  const { a, b } = ctx;
  if (a.keywords.size === 0 && b.keywords.size === 0) return;
  a.keywords.forEach((x, k) => compareOne(k, x, b.keywords.get(k), ctx));
  b.keywords.forEach((y, k) => {
    if (!a.keywords.has(k)) compareOne(k, undefined, y, ctx);
  });
}

function compareOne(key: string, x: At | undefined, y: At | undefined, ctx: KeywordContext): void {
  if (x && y && ctx.same(x.value, y.value)) return;
  // A second `allOf` part's copy of a keyword is kept under `keyword (pointer)`: judged as the keyword.
  const cut = key.indexOf(' (');
  const keyword = cut === -1 ? key : key.slice(0, cut);
  if (!keywordApplies(keyword, ctx.a, ctx.b)) return;
  (COMPARATORS[keyword] ?? generic)(x, y, keyword, ctx);
}

const generic: Comparator = (x, y, keyword, ctx) => {
  ctx.emit('schema.keyword.changed', { keyword, before: shown(x?.value), after: shown(y?.value), facts: { annotation: isAnnotation(keyword) }, ...pointers(x, y, ctx) });
};

function pointers(x: At | undefined, y: At | undefined, ctx: KeywordContext): Partial<SchemaChangeFields> {
  return { oldPointer: x?.pointer ?? ctx.a.pointer, newPointer: y?.pointer ?? ctx.b.pointer };
}

type Verdict = 'tightened' | 'relaxed' | 'changed';

/** `extra` may name what changed more precisely than the keyword's whole value (its own before/after win). */
function report(verdict: Verdict, keyword: string, x: At | undefined, y: At | undefined, ctx: KeywordContext, extra: Partial<SchemaChangeFields> = {}): void {
  const before = 'before' in extra ? extra.before : x?.value;
  const after = 'after' in extra ? extra.after : y?.value;
  ctx.emit(`schema.constraint.${verdict}`, { keyword, ...pointers(x, y, ctx), ...extra, before: shown(before), after: shown(after) });
}

/** A keyword whose presence adds a constraint: added tightens, removed relaxes, changed is either. */
function presence(x: At | undefined, y: At | undefined, keyword: string, ctx: KeywordContext, whenBoth: () => void = () => report('changed', keyword, x, y, ctx)): void {
  if (!x) report('tightened', keyword, x, y, ctx);
  else if (!y) report('relaxed', keyword, x, y, ctx);
  else whenBoth();
}

/** A subschema every instance (or part of it) must match: compared like the schema itself. */
function covariant(segment: string): Comparator {
  return (x, y, keyword, ctx) => presence(x, y, keyword, ctx, () => ctx.child(x!, y!, segment));
}

const isTrue = (x: At | undefined) => x?.value === true;
const isFalse = (x: At | undefined) => x?.value === false;

/** `false` forbids what the keyword governs, a schema constrains it, `true` or absent allows anything. */
function closable(segment: string): Comparator {
  return (x, y, keyword, ctx) => {
    const open = (z: At | undefined) => z === undefined || isTrue(z);
    if (open(x) && open(y)) return;
    if (isFalse(y) || open(x)) return report('tightened', keyword, x, y, ctx);
    if (isFalse(x) || open(y)) return report('relaxed', keyword, x, y, ctx);
    ctx.child(x!, y!, segment);
  };
}

const multipleOf: Comparator = (x, y, keyword, ctx) => {
  const m = typeof x?.value === 'number' ? x.value : undefined;
  const n = typeof y?.value === 'number' ? y.value : undefined;
  if (m === undefined || n === undefined) return presence(m === undefined ? undefined : x, n === undefined ? undefined : y, keyword, ctx);
  // Every multiple of 10 is a multiple of 5: 5 -> 10 accepts fewer numbers, 10 -> 5 more.
  const divides = (big: number, small: number) => Number.isInteger(big / small);
  report(divides(n, m) ? 'tightened' : divides(m, n) ? 'relaxed' : 'changed', keyword, x, y, ctx);
};

const uniqueItems: Comparator = (x, y, keyword, ctx) => {
  if (isTrue(x) === isTrue(y)) return; // false and absent mean the same
  report(isTrue(y) ? 'tightened' : 'relaxed', keyword, x, y, ctx);
};

/** A count with a default: `minContains` is 1 when absent, `maxContains` unbounded. */
function count(absent: number, higherTightens: boolean): Comparator {
  return (x, y, keyword, ctx) => {
    const m = typeof x?.value === 'number' ? x.value : absent;
    const n = typeof y?.value === 'number' ? y.value : absent;
    if (m === n) return;
    report(n > m === higherTightens ? 'tightened' : 'relaxed', keyword, x, y, ctx);
  };
}

/** A mapping of subschemas keyed by name or pattern (`patternProperties`, `dependentSchemas`). */
function schemaMap(segment: (key: string) => string, addedTightens: (ctx: KeywordContext) => boolean): Comparator {
  return (x, y, keyword, ctx) => {
    const mx = isObj(x?.value) ? x.value : {};
    const my = isObj(y?.value) ? y.value : {};
    const at = (z: At | undefined, k: string): At => ({ value: (z!.value as Record<string, unknown>)[k], pointer: join(z!.pointer, k) });
    for (const k of Object.keys(mx)) {
      if (k in my) ctx.child(at(x, k), at(y, k), segment(k));
      else report(addedTightens(ctx) ? 'relaxed' : 'tightened', keyword, at(x, k), undefined, ctx, { value: k, newPointer: y?.pointer ?? ctx.b.pointer });
    }
    for (const k of Object.keys(my)) {
      if (!(k in mx)) report(addedTightens(ctx) ? 'tightened' : 'relaxed', keyword, undefined, at(y, k), ctx, { value: k, oldPointer: x?.pointer ?? ctx.a.pointer });
    }
  };
}

/** `dependentRequired: {card: [billing]}`: more names required when a property is present tightens. */
const dependentRequired: Comparator = (x, y, keyword, ctx) => {
  const names = (z: At | undefined, k: string): Set<string> => {
    const m = isObj(z?.value) ? z.value : {};
    return new Set(Array.isArray(m[k]) ? (m[k] as unknown[]).map(String) : []);
  };
  const keys = new Set([...Object.keys(isObj(x?.value) ? x.value : {}), ...Object.keys(isObj(y?.value) ? y.value : {})]);
  for (const k of keys) {
    const before = names(x, k);
    const after = names(y, k);
    const added = [...after].filter((n) => !before.has(n));
    const removed = [...before].filter((n) => !after.has(n));
    if (added.length === 0 && removed.length === 0) continue;
    const verdict: Verdict = removed.length === 0 ? 'tightened' : added.length === 0 ? 'relaxed' : 'changed';
    report(verdict, keyword, x, y, ctx, { value: k, before: [...before], after: [...after] });
  }
};

/** Draft-04 `dependencies`: a list of names is `dependentRequired`, a schema is `dependentSchemas`. */
const dependencies: Comparator = (x, y, keyword, ctx) => {
  const split = (z: At | undefined, lists: boolean): At | undefined => {
    if (!z || !isObj(z.value)) return undefined;
    const out = Object.fromEntries(Object.entries(z.value).filter(([, v]) => Array.isArray(v) === lists));
    return Object.keys(out).length ? { value: out, pointer: z.pointer } : undefined;
  };
  const [lx, ly, sx, sy] = [split(x, true), split(y, true), split(x, false), split(y, false)];
  if (lx || ly) dependentRequired(lx, ly, keyword, ctx);
  if (sx || sy) dependentSchemas(sx, sy, keyword, ctx);
};

const dependentSchemas = schemaMap((k) => `<if ${k}>`, () => true);

/** Tuple positions: each compared in place; a position added constrains it, one removed frees it. */
const prefixItems: Comparator = (x, y, keyword, ctx) => {
  const lx = Array.isArray(x?.value) ? (x.value as unknown[]) : [];
  const ly = Array.isArray(y?.value) ? (y.value as unknown[]) : [];
  const shared = Math.min(lx.length, ly.length);
  for (let i = 0; i < shared; i++) ctx.child({ value: lx[i], pointer: `${x!.pointer}/${i}` }, { value: ly[i], pointer: `${y!.pointer}/${i}` }, `[${i}]`);
  if (lx.length !== ly.length) report(ly.length > lx.length ? 'tightened' : 'relaxed', keyword, x, y, ctx, { before: lx.length, after: ly.length, value: 'positions' });
};

/** A subschema compared only as a whole (`not`, `if`/`then`/`else`): any edit may tighten and relax. */
const opaque: Comparator = (x, y, keyword, ctx) => presence(x, y, keyword, ctx);

/** `if` alone constrains nothing; with `then`/`else` the conditional is compared as one. */
const conditional: Comparator = (x, y, keyword, ctx) => {
  if (keyword === 'if' && !hasBranch(ctx.a) && !hasBranch(ctx.b)) return;
  presence(x, y, keyword, ctx);
};

function hasBranch(v: SchemaView): boolean {
  return v.keywords.has('then') || v.keywords.has('else');
}

/** Discriminator: another property name changes how every variant is chosen; mapping entries add or drop values. */
const discriminator: Comparator = (x, y, keyword, ctx) => {
  const dx = isObj(x?.value) ? x.value : undefined;
  const dy = isObj(y?.value) ? y.value : undefined;
  if (!dx || !dy || dx.propertyName !== dy.propertyName) return report(!dx ? 'tightened' : !dy ? 'relaxed' : 'changed', keyword, x, y, ctx, { before: dx?.propertyName ?? x?.value, after: dy?.propertyName ?? y?.value, value: 'propertyName' });
  const mx = isObj(dx.mapping) ? dx.mapping : {};
  const my = isObj(dy.mapping) ? dy.mapping : {};
  for (const k of new Set([...Object.keys(mx), ...Object.keys(my)])) {
    if (mx[k] === my[k]) continue;
    const verdict: Verdict = !(k in mx) ? 'relaxed' : !(k in my) ? 'tightened' : 'changed';
    report(verdict, keyword, x, y, ctx, { value: `mapping ${k}`, before: mx[k], after: my[k] });
  }
};

const COMPARATORS: Record<string, Comparator> = {
  multipleOf,
  uniqueItems,
  minContains: count(1, true),
  maxContains: count(Infinity, false),
  contains: covariant('[contains]'),
  propertyNames: covariant('{name}'),
  contentSchema: covariant('(content)'),
  contentMediaType: opaque,
  contentEncoding: opaque,
  patternProperties: schemaMap((k) => `/${k}/`, (ctx) => ctx.b.additionalProperties !== false),
  dependentSchemas,
  dependentRequired,
  dependencies,
  prefixItems,
  items: closable('[]'),
  additionalItems: closable('[]'),
  unevaluatedItems: closable('[]'),
  unevaluatedProperties: closable('*'),
  not: opaque,
  if: conditional,
  then: opaque,
  else: opaque,
  discriminator,
};

/** Keywords with a specific comparison here (the coverage test lists the rest as generic). */
export const COMPARED_KEYWORDS: readonly string[] = Object.keys(COMPARATORS);
