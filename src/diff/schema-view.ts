import { encodeSegment } from '../load/pointer.js';
import type { RefResolver } from '../load/refs.js';
import type { At } from '../model/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export const MAX_KEYWORDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
export const MIN_KEYWORDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const LIMIT_KEYWORDS = [...MAX_KEYWORDS, ...MIN_KEYWORDS];

/**
 * A schema with its composition flattened: `$ref` followed, `allOf` merged, nullability pulled out of
 * the three ways specs write it (`nullable`, `x-nullable`, `type: [.., 'null']` / a `{type: null}` variant).
 * Comparing views instead of raw schemas is what makes "moved into components" or "split into allOf" no change.
 */
export interface SchemaView {
  pointer: string;
  /** The component pointer when reached through `$ref`: the identity of oneOf/anyOf variants. */
  ref?: string;
  types?: Set<string>;
  nullable: boolean;
  format?: string;
  enum?: unknown[];
  properties: Map<string, At>;
  required: Set<string>;
  /** false = closed; true/undefined = open; At = schema for extra properties. */
  additionalProperties?: boolean | At;
  items?: At;
  variants?: At[];
  limits: Partial<Record<(typeof MAX_KEYWORDS)[number] | (typeof MIN_KEYWORDS)[number], number>>;
  pattern?: string;
  hasDefault: boolean;
  default?: unknown;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  description?: string;
}

export class SchemaViews {
  /** Views by pointer; BUILDING marks one being built (a `$ref` cycle back to it sees an empty view). */
  private cache = new Map<string, SchemaView>();
  constructor(readonly refs: RefResolver) {}

  view(node: At): SchemaView {
    const r: { value: unknown; pointer: string; ref?: string } = isRefObject(node.value) ? this.refs.resolve(node.value, node.pointer) : node;
    const cached = this.cache.get(r.pointer);
    if (cached !== undefined) {
      if (cached === BUILDING) return emptyView(r.pointer);
      return r.ref && !cached.ref ? { ...cached, ref: r.pointer } : cached;
    }
    this.cache.set(r.pointer, BUILDING);
    let v: SchemaView;
    try {
      v = this.build(isObj(r.value) ? r.value : {}, r.pointer);
    } catch (e) {
      this.cache.delete(r.pointer);
      throw e;
    }
    if (r.ref) v.ref = r.pointer;
    this.cache.set(r.pointer, v);
    return v;
  }

  /**
   * `oneOf: [{type: string, enum: [a]}, {type: string, enum: [b]}]` means the same as `type: string, enum: [a, b]`,
   * and `oneOf: [{type: string}, {type: integer}]` the same as `type: [string, integer]`: fold inline scalar
   * alternatives into one type set and one enum so the two spellings compare equal.
   */
  private collapseScalarVariants(v: SchemaView, variants: At[]): boolean {
    if (variants.length === 0 || v.types !== undefined || v.enum !== undefined) return false;
    const types = new Set<string>();
    const values: unknown[] = [];
    let everyEnum = true;
    const formats = new Set<string | undefined>();
    for (const x of variants) {
      if (!isObj(x.value) || '$ref' in x.value) return false;
      const raw = x.value;
      if (!Object.keys(raw).every((k) => SCALAR_KEYS.has(k))) return false;
      const inner = this.view(x);
      if (!inner.types || [...inner.types].some((t) => t === 'object' || t === 'array')) return false;
      for (const t of inner.types) types.add(t);
      if (inner.enum) values.push(...inner.enum);
      else everyEnum = false;
      formats.add(inner.format);
      if (inner.nullable) v.nullable = true;
    }
    v.types = types;
    if (everyEnum) v.enum = values;
    if (formats.size === 1) v.format = [...formats][0];
    return true;
  }

  private build(s: Obj, pointer: string): SchemaView {
    const v = emptyView(pointer);
    if (Array.isArray(s.allOf)) {
      s.allOf.forEach((part, i) => mergeInto(v, this.view({ value: part, pointer: `${pointer}/allOf/${i}` })));
    }
    let types: string[] | undefined;
    if (typeof s.type === 'string') types = [s.type];
    else if (Array.isArray(s.type)) types = s.type.filter((t): t is string => typeof t === 'string');
    if (types) {
      if (types.includes('null')) v.nullable = true;
      const nonNull = types.filter((t) => t !== 'null');
      if (nonNull.length) v.types = intersect(v.types, typeSet(nonNull));
    }
    if (s.nullable === true || s['x-nullable'] === true) v.nullable = true;
    if (typeof s.format === 'string') v.format = s.format;
    if (Array.isArray(s.enum)) {
      const vals = s.enum.filter((x) => x !== null || !(v.nullable = true));
      v.enum = vals;
    }
    if (s.const !== undefined) v.enum = [s.const];
    if (isObj(s.properties)) {
      const props = s.properties;
      const keys = Object.keys(props);
      if (keys.length > 0) {
        const own = ownProperties(v);
        for (const k of keys) own.set(k, { value: props[k], pointer: `${pointer}/properties/${encodeSegment(k)}` });
      }
    }
    if (Array.isArray(s.required)) for (const k of s.required) if (typeof k === 'string') ownRequired(v).add(k);
    if (s.additionalProperties === false) v.additionalProperties = false;
    else if (isObj(s.additionalProperties)) v.additionalProperties = { value: s.additionalProperties, pointer: `${pointer}/additionalProperties` };
    if (s.items !== undefined && isObj(s.items)) v.items = { value: s.items, pointer: `${pointer}/items` };
    for (let i = 0; i < LIMIT_KEYWORDS.length; i++) {
      const k = LIMIT_KEYWORDS[i]!;
      if (typeof s[k] === 'number') ownLimits(v)[k] = s[k] as number;
    }
    // 2.0/3.0 write an exclusive bound as `maximum: 10, exclusiveMaximum: true`, 3.1 as `exclusiveMaximum: 10`.
    if (s.exclusiveMaximum === true && typeof s.maximum === 'number') [ownLimits(v).exclusiveMaximum, ownLimits(v).maximum] = [s.maximum, undefined];
    if (s.exclusiveMinimum === true && typeof s.minimum === 'number') [ownLimits(v).exclusiveMinimum, ownLimits(v).minimum] = [s.minimum, undefined];
    if (typeof s.pattern === 'string') v.pattern = s.pattern;
    if (s.default !== undefined) {
      v.hasDefault = true;
      v.default = s.default;
    }
    if (s.readOnly === true) v.readOnly = true;
    if (s.writeOnly === true) v.writeOnly = true;
    if (s.deprecated === true) v.deprecated = true;
    if (typeof s.description === 'string') v.description = s.description;
    const variantKey = Array.isArray(s.oneOf) ? 'oneOf' : Array.isArray(s.anyOf) ? 'anyOf' : undefined;
    if (variantKey) {
      const list = (s[variantKey] as unknown[]).map((x, i) => ({ value: x, pointer: `${pointer}/${variantKey}/${i}` }));
      const nonNull = list.filter((x) => !isNullSchema(this.refs.resolve(x.value, x.pointer).value));
      if (nonNull.length < list.length) v.nullable = true;
      const bare = v.types === undefined && v.properties.size === 0 && !Array.isArray(s.allOf);
      if (nonNull.length === 1 && bare) {
        // `anyOf: [X, {type: null}]` is how 3.1 writes "nullable X": the same as X plus null.
        const inner = this.view(nonNull[0]!);
        return { ...inner, pointer, ref: inner.ref, nullable: true, description: v.description ?? inner.description, hasDefault: v.hasDefault || inner.hasDefault, default: v.hasDefault ? v.default : inner.default };
      }
      if (!this.collapseScalarVariants(v, nonNull)) v.variants = nonNull;
    }
    if (v.types === undefined) {
      if (v.properties.size > 0 || isObj(v.additionalProperties)) v.types = typeSet(['object']);
      else if (v.items) v.types = typeSet(['array']);
    }
    return v;
  }
}

/** Keywords a variant may carry and still be a plain scalar alternative. */
const SCALAR_KEYS = new Set(['type', 'enum', 'const', 'format', 'description', 'title', 'example', 'examples', 'nullable', 'x-nullable']);

function isRefObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && typeof (v as { $ref?: unknown }).$ref === 'string';
}

function isNullSchema(s: unknown): boolean {
  return isObj(s) && (s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null'));
}

// Most views (leaf schemas) have no properties, required names or limits: they share these empty ones,
// and a view gets its own collection when one is first written (ownProperties and friends). Never
// write to these.
const NO_PROPERTIES: Map<string, At> = new Map();
const NO_REQUIRED: Set<string> = new Set();
const NO_LIMITS: SchemaView['limits'] = Object.freeze({});

const BUILDING: SchemaView = Object.freeze(emptyView(''));

function emptyView(pointer: string): SchemaView {
  return { pointer, nullable: false, properties: NO_PROPERTIES, required: NO_REQUIRED, limits: NO_LIMITS, hasDefault: false, readOnly: false, writeOnly: false, deprecated: false };
}

function ownProperties(v: SchemaView): Map<string, At> {
  return v.properties === NO_PROPERTIES ? (v.properties = new Map()) : v.properties;
}

function ownRequired(v: SchemaView): Set<string> {
  return v.required === NO_REQUIRED ? (v.required = new Set()) : v.required;
}

function ownLimits(v: SchemaView): SchemaView['limits'] {
  return v.limits === NO_LIMITS ? (v.limits = {}) : v.limits;
}

/**
 * One shared set per list of type names: most of the thousands of views say just `string` or
 * `object`. Type sets are never written to once made (intersect and collapseScalarVariants make new ones).
 */
const TYPE_SETS = new Map<string, Set<string>>();
function typeSet(names: string[]): Set<string> {
  const key = names.length === 1 ? names[0]! : names.join('\u0000');
  let set = TYPE_SETS.get(key);
  if (!set) {
    set = new Set(names);
    if (TYPE_SETS.size < 1000) TYPE_SETS.set(key, set);
  }
  return set;
}

/** Types both sides allow; integer is inside number, whichever side says which. */
function intersect(a: Set<string> | undefined, b: Set<string>): Set<string> {
  if (!a) return b;
  const out = new Set([...a].filter((t) => b.has(t) || (t === 'integer' && b.has('number'))));
  if (b.has('integer') && a.has('number')) out.add('integer');
  return out;
}

/** allOf: every part must hold, so properties, required names and types accumulate. */
function mergeInto(v: SchemaView, part: SchemaView): void {
  if (part.properties.size > 0) {
    const own = ownProperties(v);
    for (const [k, p] of part.properties) if (!own.has(k)) own.set(k, p);
  }
  if (part.required.size > 0) {
    const own = ownRequired(v);
    for (const r of part.required) own.add(r);
  }
  if (part.types) v.types = intersect(v.types, part.types);
  v.nullable ||= part.nullable;
  v.format ??= part.format;
  v.enum ??= part.enum;
  if (part.additionalProperties === false) v.additionalProperties = false;
  v.items ??= part.items;
  v.variants ??= part.variants;
  if (part.limits !== NO_LIMITS) {
    for (const [k, n] of Object.entries(part.limits)) if (v.limits[k as keyof typeof v.limits] === undefined) ownLimits(v)[k as keyof typeof v.limits] = n;
  }
  v.pattern ??= part.pattern;
  if (!v.hasDefault && part.hasDefault) {
    v.hasDefault = true;
    v.default = part.default;
  }
  v.readOnly ||= part.readOnly;
  v.writeOnly ||= part.writeOnly;
  v.deprecated ||= part.deprecated;
}
