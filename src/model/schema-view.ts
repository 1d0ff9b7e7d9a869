import type { LoadedDocument } from '../load/index.js';
import { encodeSegment } from '../load/pointer.js';
import type { RefResolver } from '../load/refs.js';
import { isObj, kindOf, Shape, type Obj } from './shape.js';
import type { At } from './types.js';

/** JSON Schema's types, and Swagger 2's `file`. */
const TYPE_NAMES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string', 'file']);
const TYPE_LIST = 'array, boolean, integer, null, number, object or string';

/** What the views need to know about the document their schemas come from. */
export type SchemaSource = Pick<LoadedDocument, 'name' | 'locate' | 'format' | 'specVersion'>;

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
  /** True when `enum` holds the one value of a `const`. */
  isConst: boolean;
  /** `x-extensible-enum` (Zalando's open enum): the values known today; it validates nothing. */
  extensibleEnum?: unknown[];
  properties: Map<string, At>;
  required: Set<string>;
  /** false = closed; true/undefined = open; At = schema for extra properties. */
  additionalProperties?: boolean | At;
  items?: At;
  variants?: At[];
  /** The oneOf/anyOf `discriminator` (Swagger 2 and AsyncAPI write only its property name). */
  discriminator?: Discriminator;
  limits: Partial<Record<(typeof MAX_KEYWORDS)[number] | (typeof MIN_KEYWORDS)[number], number>>;
  pattern?: string;
  hasDefault: boolean;
  default?: unknown;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  /** `x-sunset` as written (the sunset lint judges it): when a deprecated property goes away. */
  sunset?: unknown;
  description?: string;
  /**
   * Every other keyword, raw, by name (compared by src/diff/schema-keywords.ts): nothing the view does not
   * model is dropped. A keyword two `allOf` parts both carry is kept once per part (`not (/components/schemas/B/not)`).
   */
  keywords: Map<string, At>;
}

/** Keywords the view models itself; every other one goes to `keywords`. `$defs` are compared through the `$ref`s that use them. */
const MODELLED = new Set(['type', 'items', 'nullable', 'x-nullable', 'format', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', '$ref', 'pattern', 'default', 'readOnly', 'writeOnly', 'deprecated', 'description', '$defs', 'definitions', 'x-sunset', ...LIMIT_KEYWORDS]);

export interface Discriminator {
  propertyName: string;
  /** Discriminator value -> schema name or `$ref` of the variant it selects. */
  mapping?: Record<string, string>;
}

/** Fields of a Swagger 2 parameter (or formData field) that the parameter model reads. */
const PARAMETER_FIELDS = new Set(['in', 'name', 'collectionFormat', 'allowEmptyValue']);

export class SchemaViews {
  /** Views by pointer; BUILDING marks one being built (a `$ref` cycle back to it sees an empty view). */
  private cache = new Map<string, SchemaView>();
  /**
   * Views by the node asked for. The diff asks again and again for the nodes views hand out (their
   * properties, items, variants): a hit skips following the `$ref` and looking the pointer up.
   */
  private byNode = new Map<At, SchemaView>();
  private readonly sh: Shape;
  /** `true` and `false` are schemas in JSON Schema (AsyncAPI, OpenAPI 3.1), not in OpenAPI 3.0 and Swagger 2. */
  private readonly booleanSchemas: boolean;
  /**
   * Without `source` (unit tests on bare schemas), shape errors name `<schema>` and boolean schemas are
   * accepted.
   */
  constructor(
    readonly refs: RefResolver,
    source?: SchemaSource,
  ) {
    this.sh = new Shape(source ?? { name: '<schema>', locate: () => new Map() });
    this.booleanSchemas = !source || source.format === 'asyncapi' || source.specVersion.startsWith('3.1');
  }

  view(node: At): SchemaView {
    const known = this.byNode.get(node);
    if (known !== undefined) return known;
    const r: { value: unknown; pointer: string; ref?: string } = isRefObject(node.value) ? this.refs.resolve(node.value, node.pointer) : node;
    const cached = this.cache.get(r.pointer);
    if (cached !== undefined) {
      if (cached === BUILDING) return emptyView(r.pointer); // a `$ref` cycle back to a view being built: not kept
      const v = r.ref && !cached.ref ? { ...cached, ref: r.pointer } : cached;
      this.byNode.set(node, v);
      return v;
    }
    const value = r.value;
    if (!isObj(value) && !(this.booleanSchemas && typeof value === 'boolean')) this.sh.fail(`a schema must be a mapping${this.booleanSchemas ? ' or true/false' : ''}, not ${kindOf(value)}`, r.pointer);
    this.cache.set(r.pointer, BUILDING);
    let v: SchemaView;
    try {
      v = this.build(isObj(value) ? value : {}, r.pointer);
    } catch (e) {
      this.cache.delete(r.pointer);
      throw e;
    }
    if (r.ref) v.ref = r.pointer;
    this.cache.set(r.pointer, v);
    this.byNode.set(node, v);
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

  /**
   * Every keyword read here is checked for its shape as it is read (a wrong one is a load error, never
   * "absent"): a few typeof checks per schema, on the schemas the diff looks into. Their subschemas are
   * checked when their own views are built.
   */
  private build(s: Obj, pointer: string): SchemaView {
    const v = emptyView(pointer);
    const sh = this.sh;
    if (s.allOf !== undefined) {
      this.schemaList(s.allOf, pointer, 'allOf').forEach((part, i) => mergeInto(v, this.view({ value: part, pointer: `${pointer}/allOf/${i}` })));
    }
    if (s.type !== undefined) {
      const types = this.types(s.type, `${pointer}/type`);
      if (types.includes('null')) v.nullable = true;
      const nonNull = types.filter((t) => t !== 'null');
      if (nonNull.length) v.types = intersect(v.types, typeSet(nonNull));
    }
    if (sh.boolean(s.nullable, `${pointer}/nullable`, '`nullable`') === true || s['x-nullable'] === true) v.nullable = true;
    if (s.format !== undefined) v.format = sh.string(s.format, `${pointer}/format`, '`format`');
    if (s.enum !== undefined) {
      const vals = sh.list(s.enum, `${pointer}/enum`, '`enum`').filter((x) => x !== null || !(v.nullable = true));
      v.enum = vals;
    }
    if (s.const !== undefined) {
      v.enum = [s.const];
      v.isConst = true;
    }
    if (s.properties !== undefined) {
      const props = sh.mapping(s.properties, `${pointer}/properties`, '`properties`');
      const keys = Object.keys(props);
      if (keys.length > 0) {
        const own = ownProperties(v);
        for (const k of keys) own.set(k, { value: props[k], pointer: `${pointer}/properties/${encodeSegment(k)}` });
      }
    }
    if (s.required !== undefined) {
      // `required: true` on a property is the parameter spelling, not the schema's: refused, as it would be
      // read as optional. A Swagger 2 formData parameter is its own field schema (the form body's
      // properties are `$ref`s to the parameters): there `required` is the parameter's, read by the model.
      if (typeof s.required === 'boolean') {
        if (typeof s.in !== 'string' || typeof s.name !== 'string') {
          sh.fail(`\`required\` must be a list of property names, not ${kindOf(s.required)}; a property is made required by listing its name in \`required\` of the object holding it`, `${pointer}/required`);
        }
      } else {
        if (!Array.isArray(s.required)) sh.fail(`\`required\` must be a list of property names, not ${kindOf(s.required)}`, `${pointer}/required`);
        const names = sh.stringList(s.required, `${pointer}/required`, '`required`')!;
        if (names.length > 0) {
          const own = ownRequired(v);
          for (const k of names) own.add(k);
        }
      }
    }
    const extra = s.additionalProperties;
    if (extra === false) v.additionalProperties = false;
    else if (isObj(extra)) v.additionalProperties = { value: extra, pointer: `${pointer}/additionalProperties` };
    else if (extra !== undefined && extra !== true) sh.fail(`\`additionalProperties\` must be true, false or a schema (a mapping), not ${kindOf(extra)}`, `${pointer}/additionalProperties`);
    const items = s.items;
    if (isObj(items)) v.items = { value: items, pointer: `${pointer}/items` };
    // Draft-04's tuple `items: [..]` is 2020-12's `prefixItems`, and its `additionalItems` the 2020-12 `items`.
    else if (Array.isArray(items)) {
      ownKeywords(v).set('prefixItems', { value: items, pointer: `${pointer}/items` });
      if (isObj(s.additionalItems)) v.items = { value: s.additionalItems, pointer: `${pointer}/additionalItems` };
    } else if (typeof items === 'boolean') ownKeywords(v).set('items', { value: items, pointer: `${pointer}/items` });
    // A list is the tuple form of draft-04 to draft-2019 (not compared item by item).
    else if (items !== undefined && !Array.isArray(items) && !(this.booleanSchemas && typeof items === 'boolean')) sh.fail(`\`items\` must be a schema (a mapping)${this.booleanSchemas ? ', true/false' : ''} or a list of schemas, not ${kindOf(items)}`, `${pointer}/items`);
    for (let i = 0; i < LIMIT_KEYWORDS.length; i++) {
      const k = LIMIT_KEYWORDS[i]!;
      const n = s[k];
      if (typeof n === 'number') ownLimits(v)[k] = n;
      // 2.0/3.0 write an exclusive bound as `maximum: 10, exclusiveMaximum: true`, 3.1 as `exclusiveMaximum: 10`.
      else if (n !== undefined && !(typeof n === 'boolean' && (k === 'exclusiveMaximum' || k === 'exclusiveMinimum'))) {
        sh.fail(`\`${k}\` must be a number${k.startsWith('exclusive') ? ' or true/false' : ''}, not ${kindOf(n)}`, `${pointer}/${k}`);
      }
    }
    if (s.exclusiveMaximum === true && typeof s.maximum === 'number') [ownLimits(v).exclusiveMaximum, ownLimits(v).maximum] = [s.maximum, undefined];
    if (s.exclusiveMinimum === true && typeof s.minimum === 'number') [ownLimits(v).exclusiveMinimum, ownLimits(v).minimum] = [s.minimum, undefined];
    // `pattern: ''` matches every string: the same as no pattern.
    if (s.pattern !== undefined) v.pattern = sh.string(s.pattern, `${pointer}/pattern`, '`pattern`') || undefined;
    if (s.default !== undefined) {
      v.hasDefault = true;
      v.default = s.default;
    }
    if (s.readOnly !== undefined && sh.boolean(s.readOnly, `${pointer}/readOnly`, '`readOnly`')) v.readOnly = true;
    if (s.writeOnly !== undefined && sh.boolean(s.writeOnly, `${pointer}/writeOnly`, '`writeOnly`')) v.writeOnly = true;
    if (s.deprecated !== undefined && sh.boolean(s.deprecated, `${pointer}/deprecated`, '`deprecated`')) v.deprecated = true;
    if (s.description !== undefined) v.description = sh.text(s.description, `${pointer}/description`, '`description`');
    // A Swagger 2 parameter is its own schema: its `x-sunset` is the parameter's (Parameter.sunset), not the value's.
    if (s['x-sunset'] !== undefined && !(typeof s.in === 'string' && typeof s.name === 'string')) v.sunset = s['x-sunset'];
    // Not a list: not an open enum the diff can read, so it stays a keyword (compared as a value).
    const extensible = s['x-extensible-enum'];
    if (Array.isArray(extensible)) v.extensibleEnum = extensible;
    for (const k in s) {
      if (MODELLED.has(k) || (k === 'additionalItems' && Array.isArray(items) && isObj(s.additionalItems)) || (k === 'x-extensible-enum' && Array.isArray(extensible))) continue;
      // A Swagger 2 parameter is its own schema: its parameter fields are the model's (Parameter), not keywords.
      if (PARAMETER_FIELDS.has(k) && typeof s.in === 'string' && typeof s.name === 'string') continue;
      const own = ownKeywords(v);
      if (!own.has(k)) own.set(k, { value: s[k], pointer: `${pointer}/${encodeSegment(k)}` });
    }
    if (s.discriminator !== undefined) v.discriminator = this.discriminator(s.discriminator, `${pointer}/discriminator`);
    const oneOf = s.oneOf === undefined ? undefined : this.schemaList(s.oneOf, pointer, 'oneOf');
    const anyOf = s.anyOf === undefined ? undefined : this.schemaList(s.anyOf, pointer, 'anyOf');
    const variantKey = oneOf ? 'oneOf' : anyOf ? 'anyOf' : undefined;
    if (variantKey) {
      const list = (oneOf ?? anyOf)!.map((x, i) => ({ value: x, pointer: `${pointer}/${variantKey}/${i}` }));
      const nonNull = list.filter((x) => !isNullSchema(this.refs.resolve(x.value, x.pointer).value));
      if (nonNull.length < list.length) v.nullable = true;
      const bare = v.types === undefined && v.properties.size === 0 && s.allOf === undefined;
      if (nonNull.length === 1 && bare) {
        // `anyOf: [X, {type: null}]` is how 3.1 writes "nullable X": the same as X plus null.
        const inner = this.view(nonNull[0]!);
        // Nullable only when a null branch is there: `oneOf: [X]` alone is just X.
        return { ...inner, pointer, ref: inner.ref, nullable: v.nullable || inner.nullable, keywords: mergedKeywords(inner.keywords, v.keywords), description: v.description ?? inner.description, hasDefault: v.hasDefault || inner.hasDefault, default: v.hasDefault ? v.default : inner.default, deprecated: v.deprecated || inner.deprecated, sunset: v.sunset ?? inner.sunset, extensibleEnum: v.extensibleEnum ?? inner.extensibleEnum };
      }
      if (!this.collapseScalarVariants(v, nonNull)) v.variants = nonNull;
    }
    if (v.types === undefined) {
      if (v.properties.size > 0 || isObj(v.additionalProperties)) v.types = typeSet(['object']);
      else if (v.items) v.types = typeSet(['array']);
    }
    return v;
  }

  /** `allOf`/`oneOf`/`anyOf`: a non-empty list whose entries are schemas (or `$ref`s to them). */
  private schemaList(raw: unknown, pointer: string, keyword: string): unknown[] {
    const at = `${pointer}/${keyword}`;
    if (!Array.isArray(raw) || raw.length === 0) this.sh.fail(`\`${keyword}\` must be a non-empty list of schemas, not ${kindOf(raw)}`, at);
    for (let i = 0; i < raw.length; i++) {
      const x: unknown = raw[i];
      if (!isObj(x) && !(this.booleanSchemas && typeof x === 'boolean')) this.sh.fail(`\`${keyword}\` entries must be schemas (mappings${this.booleanSchemas ? ' or true/false' : ''}), not ${kindOf(x)}`, `${at}/${i}`);
    }
    return raw;
  }

  /** `discriminator`: `{propertyName, mapping?}` (OpenAPI 3), or the property name alone (Swagger 2, AsyncAPI). */
  private discriminator(raw: unknown, pointer: string): Discriminator {
    if (typeof raw === 'string') return { propertyName: raw };
    const d = this.sh.mapping(raw, pointer, '`discriminator`');
    const propertyName = this.sh.string(d.propertyName, `${pointer}/propertyName`, '`propertyName`');
    if (propertyName === undefined) this.sh.fail('`discriminator` must name its `propertyName`', pointer);
    if (d.mapping === undefined) return { propertyName };
    const mapping = this.sh.mapping(d.mapping, `${pointer}/mapping`, '`mapping`');
    for (const [k, target] of Object.entries(mapping)) this.sh.string(target, `${pointer}/mapping/${encodeSegment(k)}`, '`mapping` values');
    return { propertyName, mapping: mapping as Record<string, string> };
  }

  /** `type`: a type name or a list of them. */
  private types(raw: unknown, pointer: string): string[] {
    if (typeof raw === 'string') {
      if (!TYPE_NAMES.has(raw)) this.sh.fail(`\`type\` must be ${TYPE_LIST}, not ${kindOf(raw)}`, pointer);
      return [raw];
    }
    if (!Array.isArray(raw)) this.sh.fail(`\`type\` must be a type name or a list of them, not ${kindOf(raw)}`, pointer);
    for (let i = 0; i < raw.length; i++) {
      const t: unknown = raw[i];
      if (typeof t !== 'string' || !TYPE_NAMES.has(t)) this.sh.fail(`\`type\` entries must be ${TYPE_LIST}, not ${kindOf(t)}`, `${pointer}/${i}`);
    }
    return raw as string[];
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
const NO_KEYWORDS: Map<string, At> = new Map();

const BUILDING: SchemaView = Object.freeze(emptyView(''));

/**
 * Every field is there from the start, the optional ones undefined: all views then share one V8 hidden
 * class, so the diff's reads of their fields stay monomorphic instead of going through a different shape
 * per mix of keywords a schema happens to have.
 */
function emptyView(pointer: string): SchemaView {
  return {
    pointer,
    ref: undefined,
    types: undefined,
    nullable: false,
    format: undefined,
    enum: undefined,
    isConst: false,
    extensibleEnum: undefined,
    properties: NO_PROPERTIES,
    required: NO_REQUIRED,
    additionalProperties: undefined,
    items: undefined,
    variants: undefined,
    discriminator: undefined,
    limits: NO_LIMITS,
    pattern: undefined,
    hasDefault: false,
    default: undefined,
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    sunset: undefined,
    description: undefined,
    keywords: NO_KEYWORDS,
  };
}

function ownKeywords(v: SchemaView): Map<string, At> {
  return v.keywords === NO_KEYWORDS ? (v.keywords = new Map()) : v.keywords;
}

/** The wrapper's own keywords beside those of the one schema it wraps (the wrapper's win). */
function mergedKeywords(inner: Map<string, At>, outer: Map<string, At>): Map<string, At> {
  if (outer.size === 0) return inner;
  if (inner.size === 0) return outer;
  return new Map([...inner, ...outer]);
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
  if (v.enum === undefined && part.enum !== undefined) {
    v.enum = part.enum;
    v.isConst = part.isConst;
  }
  v.extensibleEnum ??= part.extensibleEnum;
  v.sunset ??= part.sunset;
  if (part.additionalProperties === false) v.additionalProperties = false;
  v.items ??= part.items;
  v.variants ??= part.variants;
  v.discriminator ??= part.discriminator;
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
  if (part.keywords.size > 0) {
    const own = ownKeywords(v);
    for (const [k, at] of part.keywords) own.set(own.has(k) ? `${k} (${at.pointer})` : k, at);
  }
}
