import { LoadError } from '../errors.js';
import type { LoadedDocument } from '../load/index.js';
import { join } from '../load/pointer.js';
import { normalizePath, type At, type Body, type Contract, type Header, type InteractionStyle, type MediaType, type Operation, type Parameter, type Response, type SecurityAlternative } from './types.js';

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
      const operation = b.operation(rawPath, method, op, join(item.pointer, method), item.value, item.pointer);
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
      const host = str(doc.host) ?? '';
      const base = str(doc.basePath) ?? '';
      return host || base ? [{ url: `${host}${base}`, pointer: doc.basePath !== undefined ? '/basePath' : '/host' }] : [];
    }
    return Array.isArray(doc.servers) ? doc.servers.flatMap((s, i) => (isObj(s) && typeof s.url === 'string' ? [{ url: s.url, pointer: `/servers/${i}` }] : [])) : [];
  }

  operation(rawPath: string, method: string, op: Obj, pointer: string, item: Obj, itemPtr: string): Operation {
    const pathVars = [...rawPath.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
    const parameters = new Map<string, Parameter>();
    let body: Body | undefined;
    const addParams = (list: unknown, listPtr: string) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const r = this.resolve(raw, `${listPtr}/${i}`);
        if (!isObj(r.value)) return;
        const p = r.value;
        const where = str(p.in) ?? 'query';
        if (this.swagger2 && where === 'body') {
          body = this.swagger2Body(op, p, r.pointer);
          return;
        }
        const param = this.parameter(p, r.pointer, pathVars);
        parameters.set(param.key, param);
      });
    };
    addParams(item.parameters, join(itemPtr, 'parameters'));
    addParams(op.parameters, join(pointer, 'parameters'));
    if (!this.swagger2 && op.requestBody !== undefined) body = this.requestBody(op.requestBody, join(pointer, 'requestBody'));
    const responses = new Map<string, Response>();
    const rawResponses = isObj(op.responses) ? op.responses : {};
    for (const status of Object.keys(rawResponses)) {
      if (status.startsWith('x-')) continue;
      const r = this.resolve(rawResponses[status], join(pointer, 'responses', status));
      const key = status === 'default' ? 'default' : status.toUpperCase();
      if (isObj(r.value)) responses.set(key, this.response(key, op, r.value, r.pointer));
    }
    const docSecurity = this.src.doc.security;
    const sec = op.security !== undefined ? op.security : docSecurity;
    const securityPointer = op.security !== undefined ? join(pointer, 'security') : docSecurity !== undefined ? '/security' : pointer;
    const callbacks = isObj(op.callbacks) ? Object.keys(op.callbacks) : [];
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
    if (this.swagger2) schema = { value: p, pointer };
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
      style: str(p.style) ?? str(p.collectionFormat),
      explode: typeof p.explode === 'boolean' ? p.explode : undefined,
      schema,
      pointer,
    };
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

  private swagger2Body(op: Obj, p: Obj, pointer: string): Body {
    const types = this.swagger2MediaTypes(op.consumes, this.src.doc.consumes);
    const content = new Map<string, MediaType>();
    for (const mt of types) content.set(mt.toLowerCase(), { mediaType: mt, schema: p.schema !== undefined ? { value: p.schema, pointer: join(pointer, 'schema') } : undefined, pointer });
    return { required: p.required === true, description: str(p.description), content, pointer };
  }

  private swagger2MediaTypes(own: unknown, global: unknown): string[] {
    const list = Array.isArray(own) ? own : Array.isArray(global) ? global : ['application/json'];
    return list.filter((x): x is string => typeof x === 'string');
  }

  private response(status: string, op: Obj, r: Obj, pointer: string): Response {
    let content: Map<string, MediaType>;
    if (this.swagger2) {
      content = new Map();
      if (r.schema !== undefined) {
        for (const mt of this.swagger2MediaTypes(op.produces, this.src.doc.produces)) content.set(mt.toLowerCase(), { mediaType: mt, schema: { value: r.schema, pointer: join(pointer, 'schema') }, pointer });
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

function securityAlternatives(sec: unknown): SecurityAlternative[] {
  if (!Array.isArray(sec)) return [];
  return sec.filter(isObj).map((alt) => new Map(Object.keys(alt).map((k) => [k, Array.isArray(alt[k]) ? (alt[k] as unknown[]).map(String) : []])));
}

function interactionStyle(responses: Map<string, Response>, callbacks: string[]): InteractionStyle {
  const success = [...responses.values()].filter((r) => /^2/.test(r.status));
  const withBody = success.some((r) => r.content.size > 0);
  if (callbacks.length > 0 && success.some((r) => r.status === '202')) return 'request/async response';
  if (!withBody && success.length > 0 && success.every((r) => r.status === '202' || r.status === '204')) return 'notification';
  return 'request/response';
}
