/**
 * A small JSON Schema (draft-07) validator for the official AsyncAPI schemas of `@asyncapi/specs`, which
 * reference their definitions by `$id` URLs. It interprets the schema instead of compiling it: a compiled
 * validator (ajv) costs 0.1–0.2 s per AsyncAPI version to build at run time, and ajv's standalone code for the
 * nine versions is ~3.5 MB minified; reading one version's schema (0.1–0.4 MB of JSON) takes a millisecond or
 * two, and the documents compared are small beside it. `format` is not checked (ajv without ajv-formats does
 * not either). test/load/json-schema.test.ts holds it to ajv's verdicts on real documents.
 */

type Obj = Record<string, unknown>;
type Schema = Obj | boolean;

export interface SchemaError {
  /** JSON pointer of the failing value in the document. */
  instancePath: string;
  keyword: string;
  /** ajv's wording: `must have required property 'x'`. */
  message: string;
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const esc = (k: string | number) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');

interface Scope {
  schema: Schema;
  base: string;
}

export class JsonSchemaValidator {
  /** Every schema with an `$id`, by its absolute URL without fragment. */
  private readonly ids = new Map<string, Schema>();
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: Obj) {
    this.index(root, '');
  }

  /** The first error (the most specific one among failing alternatives), or undefined when valid. */
  validate(data: unknown): SchemaError | undefined {
    return this.check({ schema: this.root, base: idOf(this.root, '') }, data, '');
  }

  private index(s: unknown, base: string): void {
    if (Array.isArray(s)) {
      for (const x of s) this.index(x, base);
      return;
    }
    if (!isObj(s)) return;
    let b = base;
    if (typeof s.$id === 'string') {
      b = resolveUrl(s.$id, base);
      this.ids.set(b.replace(/#$/, ''), s);
    }
    for (const [k, v] of Object.entries(s)) {
      if (k === 'enum' || k === 'const' || k === 'examples' || k === 'default') continue;
      this.index(v, b);
    }
  }

  private ref(ref: string, base: string): Scope {
    const url = resolveUrl(ref, base);
    const hash = url.indexOf('#');
    const doc = hash === -1 ? url : url.slice(0, hash);
    const fragment = hash === -1 ? '' : decodeURIComponent(url.slice(hash + 1));
    let target: unknown = this.ids.get(doc);
    if (target === undefined) throw new Error(`JSON Schema $ref ${ref} not found`);
    let b = doc;
    for (const seg of fragment.split('/').slice(1)) {
      target = (target as Obj)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (isObj(target) && typeof target.$id === 'string') b = resolveUrl(target.$id, b);
    }
    if (target === undefined) throw new Error(`JSON Schema $ref ${ref} not found`);
    return { schema: target as Schema, base: b };
  }

  private check(scope: Scope, data: unknown, path: string): SchemaError | undefined {
    const s = scope.schema;
    if (s === true) return undefined;
    if (s === false) return { instancePath: path, keyword: 'false schema', message: 'must NOT be valid' };
    const base = idOf(s, scope.base);
    const fail = (keyword: string, message: string, at = path): SchemaError => ({ instancePath: at, keyword, message });
    const sub = (schema: unknown, d: unknown, p: string) => this.check({ schema: schema as Schema, base }, d, p);

    if (typeof s.$ref === 'string') {
      const e = this.check(this.ref(s.$ref, base), data, path);
      if (e) return e;
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => hasType(data, t))) return fail('type', `type must be ${types.join(',')}`);
    }
    if (s.const !== undefined && !equal(data, s.const)) return fail('const', 'must be equal to constant');
    if (Array.isArray(s.enum) && !s.enum.some((v) => equal(data, v))) return fail('enum', 'must be equal to one of the allowed values');

    if (typeof data === 'number') {
      if (typeof s.minimum === 'number' && data < s.minimum) return fail('minimum', `must be >= ${s.minimum}`);
      if (typeof s.maximum === 'number' && data > s.maximum) return fail('maximum', `must be <= ${s.maximum}`);
      if (typeof s.exclusiveMinimum === 'number' && data <= s.exclusiveMinimum) return fail('exclusiveMinimum', `must be > ${s.exclusiveMinimum}`);
      if (typeof s.exclusiveMaximum === 'number' && data >= s.exclusiveMaximum) return fail('exclusiveMaximum', `must be < ${s.exclusiveMaximum}`);
      if (typeof s.multipleOf === 'number' && !Number.isInteger(data / s.multipleOf)) return fail('multipleOf', `must be multiple of ${s.multipleOf}`);
    }
    if (typeof data === 'string') {
      const length = [...data].length;
      if (typeof s.minLength === 'number' && length < s.minLength) return fail('minLength', `must NOT have fewer than ${s.minLength} characters`);
      if (typeof s.maxLength === 'number' && length > s.maxLength) return fail('maxLength', `must NOT have more than ${s.maxLength} characters`);
      if (typeof s.pattern === 'string' && !this.regex(s.pattern).test(data)) return fail('pattern', `must match pattern "${s.pattern}"`);
    }
    if (Array.isArray(data)) {
      if (typeof s.minItems === 'number' && data.length < s.minItems) return fail('minItems', `must NOT have fewer than ${s.minItems} items`);
      if (typeof s.maxItems === 'number' && data.length > s.maxItems) return fail('maxItems', `must NOT have more than ${s.maxItems} items`);
      if (s.uniqueItems === true) {
        for (let i = 0; i < data.length; i++) for (let j = 0; j < i; j++) if (equal(data[i], data[j])) return fail('uniqueItems', `must NOT have duplicate items (items ## ${j} and ${i} are identical)`);
      }
      if (Array.isArray(s.items)) {
        for (let i = 0; i < data.length; i++) {
          const schema = i < s.items.length ? s.items[i] : s.additionalItems;
          if (schema === undefined) break;
          const e = sub(schema, data[i], `${path}/${i}`);
          if (e) return e;
        }
      } else if (s.items !== undefined) {
        for (let i = 0; i < data.length; i++) {
          const e = sub(s.items, data[i], `${path}/${i}`);
          if (e) return e;
        }
      }
      if (s.contains !== undefined && !data.some((x, i) => !sub(s.contains, x, `${path}/${i}`))) return fail('contains', 'must contain at least 1 valid item');
    }
    if (isObj(data)) {
      const e = this.object(s, data, path, base);
      if (e) return e;
    }

    if (Array.isArray(s.allOf)) {
      for (const x of s.allOf) {
        const e = sub(x, data, path);
        if (e) return e;
      }
    }
    if (Array.isArray(s.anyOf)) {
      const errors: SchemaError[] = [];
      for (const x of s.anyOf) {
        const e = sub(x, data, path);
        if (!e) break;
        errors.push(e);
      }
      if (errors.length === s.anyOf.length) return mostSpecific(errors) ?? fail('anyOf', 'must match a schema in anyOf');
    }
    if (Array.isArray(s.oneOf)) {
      const errors: SchemaError[] = [];
      let passed = 0;
      for (const x of s.oneOf) {
        const e = sub(x, data, path);
        if (e) errors.push(e);
        else passed++;
      }
      if (passed === 0) return mostSpecific(errors) ?? fail('oneOf', 'must match exactly one schema in oneOf');
      if (passed > 1) return fail('oneOf', 'must match exactly one schema in oneOf');
    }
    if (s.not !== undefined && !sub(s.not, data, path)) return fail('not', 'must NOT be valid');
    if (s.if !== undefined) {
      const branch = sub(s.if, data, path) ? s.else : s.then;
      if (branch !== undefined) {
        const e = sub(branch, data, path);
        if (e) return e;
      }
    }
    return undefined;
  }

  private object(s: Obj, data: Obj, path: string, base: string): SchemaError | undefined {
    const sub = (schema: unknown, d: unknown, p: string) => this.check({ schema: schema as Schema, base }, d, p);
    const keys = Object.keys(data);
    if (Array.isArray(s.required)) {
      for (const k of s.required as string[]) if (!(k in data)) return { instancePath: path, keyword: 'required', message: `must have required property '${k}'` };
    }
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return { instancePath: path, keyword: 'minProperties', message: `must NOT have fewer than ${s.minProperties} properties` };
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) return { instancePath: path, keyword: 'maxProperties', message: `must NOT have more than ${s.maxProperties} properties` };
    if (isObj(s.dependencies)) {
      for (const [k, dep] of Object.entries(s.dependencies)) {
        if (!(k in data)) continue;
        if (Array.isArray(dep)) {
          for (const d of dep as string[]) if (!(d in data)) return { instancePath: path, keyword: 'dependencies', message: `must have property ${d} when property ${k} is present` };
        } else {
          const e = sub(dep, data, path);
          if (e) return e;
        }
      }
    }
    const props = isObj(s.properties) ? s.properties : undefined;
    const patterns = isObj(s.patternProperties) ? Object.entries(s.patternProperties).map(([p, schema]) => [this.regex(p), schema] as const) : [];
    for (const k of keys) {
      const at = `${path}/${esc(k)}`;
      if (s.propertyNames !== undefined) {
        const e = sub(s.propertyNames, k, path);
        if (e) return { instancePath: at, keyword: 'propertyNames', message: `property name must be valid (${e.message})` };
      }
      let known = false;
      if (props && Object.prototype.hasOwnProperty.call(props, k)) {
        known = true;
        const e = sub(props[k], data[k], at);
        if (e) return e;
      }
      for (const [re, schema] of patterns) {
        if (!re.test(k)) continue;
        known = true;
        const e = sub(schema, data[k], at);
        if (e) return e;
      }
      if (known || s.additionalProperties === undefined) continue;
      if (s.additionalProperties === false) return { instancePath: at, keyword: 'additionalProperties', message: 'must NOT have additional properties' };
      const e = sub(s.additionalProperties, data[k], at);
      if (e) return e;
    }
    return undefined;
  }

  private regex(p: string): RegExp {
    let re = this.patterns.get(p);
    if (!re) {
      re = new RegExp(p, 'u');
      this.patterns.set(p, re);
    }
    return re;
  }
}

/**
 * Of the errors of alternatives that all failed, the one that got furthest into the document (the
 * alternative the author meant); among equals, not a missing `$ref` (the "or a reference" alternative).
 */
function mostSpecific(errors: SchemaError[]): SchemaError | undefined {
  let best: SchemaError | undefined;
  const depth = (e: SchemaError) => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
  const weak = (e: SchemaError) => e.message === "must have required property '$ref'";
  for (const e of errors) {
    if (!best || depth(e) > depth(best) || (depth(e) === depth(best) && weak(best) && !weak(e))) best = e;
  }
  return best;
}

function idOf(s: Obj, base: string): string {
  return typeof s.$id === 'string' ? resolveUrl(s.$id, base) : base;
}

function resolveUrl(ref: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
  if (!base) return ref;
  return new URL(ref, base).href;
}

function hasType(v: unknown, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'boolean':
      return typeof v === 'boolean';
    case 'object':
      return isObj(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    default:
      return false;
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
  }
  return false;
}
