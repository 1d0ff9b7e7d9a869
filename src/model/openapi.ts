import { LoadError } from '../errors.js';
import type { LoadedDocument } from '../load/index.js';
import { join } from '../load/pointer.js';
import { normalizePath, type At, type Body, type Contract, type Header, type InteractionStyle, type MediaType, type Operation, type Parameter, type Response, type SecurityAlternative } from './types.js';

/** Swagger 2 collection formats with an OpenAPI 3 style of their own (`csv` depends on the location). */
const SWAGGER2_STYLES: Record<string, string> = { ssv: 'spaceDelimited', pipes: 'pipeDelimited' };

const FORM_MEDIA_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Builds the normalized Contract from an OpenAPI 3.x or Swagger 2.0 document. */
export function openapiToContract(src: LoadedDocument): Contract {
  const doc = src.doc;
  const swagger2 = src.specVersion === '2.0';
  const info = isObj(doc.info) ? doc.info : {};
  if (!isObj(doc.paths) && !(src.specVersion.startsWith('3.1') && (isObj(doc.webhooks) || isObj(doc.components)))) {
    throw new LoadError(src.name, doc.paths === undefined ? 'OpenAPI document has no `paths`' : '`paths` must be a mapping', '/paths');
  }
  const b = new Builder(src, swagger2);
  const operations = new Map<string, Operation>();
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const rawPath of Object.keys(paths)) {
    const itemPtr = join('/paths', rawPath);
    const item = src.refs.resolve(paths[rawPath], itemPtr);
    if (!isObj(item.value)) continue;
    for (const method of METHODS) {
      const op = item.value[method];
      if (!isObj(op)) continue;
      const pointer = join(item.pointer, method);
      const itemValue = item.value;
      // The style needs only the responses: operations that are only added or removed are never built in full.
      let responses: Map<string, Response> | undefined;
      const responsesOf = () => (responses ??= b.responses(op, pointer));
      const operation = lazyOperation(
        `${method.toUpperCase()} ${normalizePath(rawPath)}`,
        method.toUpperCase(),
        rawPath,
        pointer,
        () => b.operation(rawPath, method, op, pointer, itemValue, item.pointer, responsesOf),
        () => interactionStyle(responsesOf(), callbacksOf(op)),
      );
      rawObjects.set(operation, { op, item: itemValue });
      operations.set(operation.key, operation);
    }
  }
  const securitySchemes = new Map<string, At<Obj>>();
  const schemesPtr = swagger2 ? '/securityDefinitions' : '/components/securitySchemes';
  const schemes = swagger2 ? doc.securityDefinitions : isObj(doc.components) ? doc.components.securitySchemes : undefined;
  if (isObj(schemes)) {
    for (const k of Object.keys(schemes)) {
      const r = src.refs.resolve(schemes[k], join(schemesPtr, k));
      if (isObj(r.value)) securitySchemes.set(k, { value: r.value, pointer: r.pointer });
    }
  }
  return {
    source: src,
    format: 'openapi',
    specVersion: src.specVersion,
    title: str(info.title),
    version: info.version === undefined ? undefined : String(info.version),
    description: str(info.description),
    servers: b.servers(),
    operations,
    securitySchemes,
  };
}

const rawObjects = new WeakMap<Operation, { op: Obj; item: Obj }>();

/**
 * The raw operation object and the path item holding it, for an operation this module built: the
 * unchanged-operation check compares them without looking them up again by pointer.
 */
export function rawOperation(operation: Operation): { op: Obj; item: Obj } | undefined {
  return rawObjects.get(operation);
}

/**
 * An operation whose details are built on first use. Most operations of two nearby versions are
 * provably the same text and never looked into (ContractDiff.provablySame), so building them all
 * up front was wasted: ~0.1 s on GitHub's spec. The key, method, path and pointer are known at once.
 */
function lazyOperation(key: string, method: string, path: string, pointer: string, build: () => Operation, styleOnly: () => InteractionStyle): Operation {
  let built: Operation | undefined;
  let style: InteractionStyle | undefined;
  const full = () => (built ??= build());
  return {
    key,
    method,
    path,
    pointer,
    get operationId() {
      return full().operationId;
    },
    get summary() {
      return full().summary;
    },
    get description() {
      return full().description;
    },
    get deprecated() {
      return full().deprecated;
    },
    get sunset() {
      return full().sunset;
    },
    get deprecatedSince() {
      return full().deprecatedSince;
    },
    get parameters() {
      return full().parameters;
    },
    get requestBody() {
      return full().requestBody;
    },
    get responses() {
      return full().responses;
    },
    get security() {
      return full().security;
    },
    get securityPointer() {
      return full().securityPointer;
    },
    get callbacks() {
      return full().callbacks;
    },
    get style() {
      return built ? built.style : (style ??= styleOnly());
    },
  };
}

class Builder {
  constructor(
    private readonly src: LoadedDocument,
    private readonly swagger2: boolean,
  ) {}

  private resolve(v: unknown, p: string) {
    return this.src.refs.resolve(v, p);
  }

  servers(): Array<{ url: string; pointer: string }> {
    const doc = this.src.doc;
    if (this.swagger2) {
      // The OpenAPI 3 `servers` a 2.0 document means: one URL per scheme, protocol-relative without schemes.
      const host = str(doc.host) ?? '';
      const base = str(doc.basePath) ?? '';
      if (!host && !base) return [];
      const pointer = doc.basePath !== undefined ? '/basePath' : '/host';
      if (!host) return [{ url: base, pointer }];
      const schemes = Array.isArray(doc.schemes) ? doc.schemes.filter((x): x is string => typeof x === 'string') : [];
      return (schemes.length ? schemes.map((sc) => `${sc}://`) : ['//']).map((prefix) => ({ url: `${prefix}${host}${base}`, pointer }));
    }
    return Array.isArray(doc.servers) ? doc.servers.flatMap((s, i) => (isObj(s) && typeof s.url === 'string' ? [{ url: s.url, pointer: `/servers/${i}` }] : [])) : [];
  }

  responses(op: Obj, pointer: string): Map<string, Response> {
    const responses = new Map<string, Response>();
    const rawResponses = isObj(op.responses) ? op.responses : {};
    for (const status of Object.keys(rawResponses)) {
      if (status.startsWith('x-')) continue;
      const r = this.resolve(rawResponses[status], join(pointer, 'responses', status));
      const key = status === 'default' ? 'default' : status.toUpperCase();
      if (isObj(r.value)) responses.set(key, this.response(key, op, pointer, r.value, r.pointer));
    }
    return responses;
  }

  operation(rawPath: string, method: string, op: Obj, pointer: string, item: Obj, itemPtr: string, responsesOf = () => this.responses(op, pointer)): Operation {
    const pathVars = [...rawPath.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
    const parameters = new Map<string, Parameter>();
    let body: Body | undefined;
    const formFields = new Map<string, { param: Obj; pointer: string }>();
    const addParams = (list: unknown, listPtr: string) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const r = this.resolve(raw, `${listPtr}/${i}`);
        if (!isObj(r.value)) return;
        const p = r.value;
        const where = str(p.in) ?? 'query';
        if (this.swagger2 && where === 'body') {
          body = this.swagger2Body(op, pointer, p, r.pointer);
          return;
        }
        if (this.swagger2 && where === 'formData') {
          formFields.set(str(p.name) ?? '', { param: p, pointer: r.pointer });
          return;
        }
        const param = this.parameter(p, r.pointer, pathVars);
        parameters.set(param.key, param);
      });
    };
    addParams(item.parameters, join(itemPtr, 'parameters'));
    addParams(op.parameters, join(pointer, 'parameters'));
    if (!body && formFields.size > 0) body = this.swagger2FormBody(op, pointer, formFields);
    if (!this.swagger2 && op.requestBody !== undefined) body = this.requestBody(op.requestBody, join(pointer, 'requestBody'));
    const responses = responsesOf();
    const docSecurity = this.src.doc.security;
    const sec = op.security !== undefined ? op.security : docSecurity;
    const securityPointer = op.security !== undefined ? join(pointer, 'security') : docSecurity !== undefined ? '/security' : pointer;
    const callbacks = callbacksOf(op);
    return {
      key: `${method.toUpperCase()} ${normalizePath(rawPath)}`,
      method: method.toUpperCase(),
      path: rawPath,
      operationId: str(op.operationId),
      summary: str(op.summary),
      description: str(op.description),
      deprecated: op.deprecated === true,
      sunset: str(op['x-sunset']),
      deprecatedSince: str(op['x-deprecated-since']),
      parameters,
      requestBody: body,
      responses,
      security: securityAlternatives(sec),
      securityPointer,
      callbacks,
      style: interactionStyle(responses, callbacks),
      pointer,
    };
  }

  private parameter(p: Obj, pointer: string, pathVars: string[]): Parameter {
    const name = str(p.name) ?? '';
    const where = str(p.in) ?? 'query';
    let key = `${where}:${where === 'header' ? name.toLowerCase() : name}`;
    if (where === 'path') {
      const idx = pathVars.indexOf(name);
      if (idx !== -1) key = `path:#${idx}`;
    }
    let schema: At | undefined;
    if (this.swagger2) schema = { value: swagger2ParameterSchema(p), pointer };
    else if (p.schema !== undefined) schema = { value: p.schema, pointer: join(pointer, 'schema') };
    else if (isObj(p.content)) {
      const mt = Object.keys(p.content)[0];
      const c = mt ? (p.content as Obj)[mt] : undefined;
      if (isObj(c) && c.schema !== undefined) schema = { value: c.schema, pointer: join(pointer, 'content', mt!, 'schema') };
    }
    return {
      key,
      name,
      in: where,
      required: p.required === true || where === 'path',
      deprecated: p.deprecated === true,
      sunset: str(p['x-sunset']),
      deprecatedSince: str(p['x-deprecated-since']),
      description: str(p.description),
      ...this.serialization(p, where),
      schema,
      pointer,
    };
  }

  /**
   * The effective OpenAPI 3 `style` and `explode`, defaults filled in, with Swagger 2 `collectionFormat`
   * mapped onto them: writing out a default, or moving from 2.0 to 3.x, is then no serialization change.
   */
  private serialization(p: Obj, where: string): { style: string; explode: boolean } {
    // collectionFormat only applies to arrays; other 2.0 parameters serialize like the 3.x defaults.
    if (this.swagger2 && p.type === 'array') {
      const format = str(p.collectionFormat) ?? 'csv';
      if (format === 'multi') return { style: 'form', explode: true };
      const style = SWAGGER2_STYLES[format] ?? (format === 'csv' ? (where === 'path' || where === 'header' ? 'simple' : 'form') : format);
      return { style, explode: false };
    }
    const style = str(p.style) ?? (where === 'path' || where === 'header' ? 'simple' : 'form');
    return { style, explode: typeof p.explode === 'boolean' ? p.explode : style === 'form' };
  }

  private mediaTypes(content: unknown, pointer: string): Map<string, MediaType> {
    const out = new Map<string, MediaType>();
    if (!isObj(content)) return out;
    for (const mt of Object.keys(content)) {
      const c = content[mt];
      const p = join(pointer, mt);
      const schema = isObj(c) && c.schema !== undefined ? { value: c.schema, pointer: join(p, 'schema') } : undefined;
      out.set(mt.toLowerCase(), { mediaType: mt, schema, pointer: p });
    }
    return out;
  }

  private requestBody(raw: unknown, pointer: string): Body | undefined {
    const r = this.resolve(raw, pointer);
    if (!isObj(r.value)) return undefined;
    return { required: r.value.required === true, description: str(r.value.description), content: this.mediaTypes(r.value.content, join(r.pointer, 'content')), pointer: r.pointer };
  }

  private swagger2Body(op: Obj, opPtr: string, p: Obj, pointer: string): Body {
    const content = new Map<string, MediaType>();
    for (const mt of this.swagger2MediaTypes('consumes', op, opPtr, pointer)) {
      content.set(mt.value.toLowerCase(), { mediaType: mt.value, schema: p.schema !== undefined ? { value: p.schema, pointer: join(pointer, 'schema') } : undefined, pointer: mt.pointer });
    }
    return { required: p.required === true, description: str(p.description), content, pointer };
  }

  /**
   * Swagger 2 `formData` parameters are what OpenAPI 3 writes as a form request body: one object schema whose
   * properties are the fields. Each property is a `$ref` to its parameter, so changes to a field point at it.
   */
  private swagger2FormBody(op: Obj, opPtr: string, fields: Map<string, { param: Obj; pointer: string }>): Body {
    const properties: Obj = {};
    for (const [name, f] of fields) properties[name] = { $ref: `#${f.pointer.split('/').map(encodeURIComponent).join('/')}` };
    const required = [...fields].filter(([, f]) => f.param.required === true).map(([name]) => name);
    // Per operation, even when the fields come from the path item: schema views are cached by pointer.
    const pointer = join(opPtr, 'parameters');
    const schema: At = { value: { type: 'object', properties, ...(required.length ? { required } : {}) }, pointer };
    const declared = this.swagger2MediaTypes('consumes', op, opPtr, pointer).filter((m) => FORM_MEDIA_TYPES.includes(m.value.toLowerCase()));
    const fallback = [...fields.values()].some((f) => f.param.type === 'file') ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
    const types = declared.length ? declared : [{ value: fallback, pointer }];
    const content = new Map<string, MediaType>(types.map((m) => [m.value.toLowerCase(), { mediaType: m.value, schema, pointer: m.pointer }]));
    return { required: required.length > 0, content, pointer };
  }

  /**
   * `consumes` / `produces` of a Swagger 2 operation (else the document's, else JSON), each located at its
   * list entry so an added or removed media type points at the line that lists it.
   */
  private swagger2MediaTypes(field: 'consumes' | 'produces', op: Obj, opPtr: string, fallbackPtr: string): Array<At<string>> {
    const own = op[field];
    const global = this.src.doc[field];
    const [list, listPtr] = Array.isArray(own) ? [own, join(opPtr, field)] : Array.isArray(global) ? [global, `/${field}`] : [undefined, undefined];
    if (!list) return [{ value: 'application/json', pointer: fallbackPtr }];
    return list.flatMap((x, i) => (typeof x === 'string' ? [{ value: x, pointer: `${listPtr}/${i}` }] : []));
  }

  private response(status: string, op: Obj, opPtr: string, r: Obj, pointer: string): Response {
    let content: Map<string, MediaType>;
    if (this.swagger2) {
      content = new Map();
      if (r.schema !== undefined) {
        for (const mt of this.swagger2MediaTypes('produces', op, opPtr, pointer)) {
          content.set(mt.value.toLowerCase(), { mediaType: mt.value, schema: { value: r.schema, pointer: join(pointer, 'schema') }, pointer: mt.pointer });
        }
      }
    } else {
      content = this.mediaTypes(r.content, join(pointer, 'content'));
    }
    const headers = new Map<string, Header>();
    if (isObj(r.headers)) {
      for (const name of Object.keys(r.headers)) {
        const h = this.resolve(r.headers[name], join(pointer, 'headers', name));
        if (!isObj(h.value)) continue;
        const schema = this.swagger2 ? { value: h.value, pointer: h.pointer } : h.value.schema !== undefined ? { value: h.value.schema, pointer: join(h.pointer, 'schema') } : undefined;
        headers.set(name.toLowerCase(), { name, required: h.value.required === true, schema, pointer: h.pointer });
      }
    }
    return { status, description: str(r.description), content, headers, pointer };
  }
}

/**
 * A Swagger 2 non-body parameter is its own schema, but its `description` (and name, location,
 * requiredness, serialization) belong to the parameter: left in, a new description would be reported twice.
 */
function swagger2ParameterSchema(p: Obj): Obj {
  const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, allowEmptyValue: _a, ...schema } = p;
  return schema;
}

function securityAlternatives(sec: unknown): SecurityAlternative[] {
  if (!Array.isArray(sec)) return [];
  return sec.filter(isObj).map((alt) => new Map(Object.keys(alt).map((k) => [k, Array.isArray(alt[k]) ? (alt[k] as unknown[]).map(String) : []])));
}

function callbacksOf(op: Obj): string[] {
  return isObj(op.callbacks) ? Object.keys(op.callbacks) : [];
}

function interactionStyle(responses: Map<string, Response>, callbacks: string[]): InteractionStyle {
  const success = [...responses.values()].filter((r) => /^2/.test(r.status));
  const withBody = success.some((r) => r.content.size > 0);
  if (callbacks.length > 0 && success.some((r) => r.status === '202')) return 'request/async response';
  if (!withBody && success.length > 0 && success.every((r) => r.status === '202' || r.status === '204')) return 'notification';
  return 'request/response';
}
