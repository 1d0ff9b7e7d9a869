import type { Diagnostic } from '../diagnostics.js';
import { LoadError } from '../errors.js';
import type { LoadedDocument } from '../load/index.js';
import { join } from '../load/pointer.js';
import { SchemaViews } from './schema-view.js';
import { isObj, kindOf, Shape, type Obj } from './shape.js';
import { contractSource, normalizePath, type At, type Body, type Callback, type Contract, type Header, type InteractionStyle, type MediaType, type Operation, type Parameter, type PathItem, type Response, type SecurityAlternative, type Server } from './types.js';

/** Swagger 2 collection formats with an OpenAPI 3 style of their own (`csv` depends on the location). */
const SWAGGER2_STYLES: Record<string, string> = { ssv: 'spaceDelimited', pipes: 'pipeDelimited' };

const FORM_MEDIA_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Where a parameter may be, by dialect. */
const LOCATIONS_3 = ['query', 'header', 'path', 'cookie'];
const LOCATIONS_2 = ['query', 'header', 'path', 'formData', 'body'];

/** Builds the normalized Contract from an OpenAPI 3.x or Swagger 2.0 document. */
export function openapiToContract(src: LoadedDocument): Contract {
  const doc = src.doc;
  const swagger2 = src.specVersion === '2.0';
  const sh: Shape = new Shape(src);
  const info = sh.optMapping(doc.info, '/info', '`info`') ?? {};
  if (doc.paths === undefined && !(src.specVersion.startsWith('3.1') && (doc.webhooks !== undefined || doc.components !== undefined))) {
    throw new LoadError(src.name, 'OpenAPI document has no `paths`', '/paths');
  }
  // The document-level objects are few and small: checked here, once. Operations are checked as they are built.
  const paths = sh.optMapping(doc.paths, '/paths', '`paths`') ?? {};
  const components = sh.optMapping(doc.components, '/components', '`components`');
  const b = new Builder(src, swagger2, sh);
  b.security(doc.security, '/security');
  b.tags(doc.tags, '/tags');
  if (swagger2) {
    sh.stringList(doc.consumes, '/consumes', '`consumes`');
    sh.stringList(doc.produces, '/produces', '`produces`');
  }
  const operations = new Map<string, Operation>();
  const pathItems = new Map<string, PathItem>();
  const diagnostics: Diagnostic[] = [];
  for (const rawPath of Object.keys(paths)) {
    if (rawPath.startsWith('x-')) continue; // an extension of the Paths Object, not a path
    const key = normalizePath(rawPath);
    const item = b.pathItem(paths[rawPath], join('/paths', rawPath), `path item \`${rawPath}\``);
    // Two paths that differ only in template names are one path to a client: the first one's operations are compared.
    const twin = pathItems.get(key);
    if (twin) diagnostics.push(ambiguousPath(src.name, twin.path, rawPath, join('/paths', rawPath), METHODS.filter((m) => item.raw[m] !== undefined && operations.has(`${m.toUpperCase()} ${key}`))));
    else pathItems.set(key, { path: rawPath, ...item });
    b.itemOperations(rawPath, item, (method) => ({ key: `${method} ${key}` }), operations);
  }
  // Webhooks: 3.1 `webhooks`, and `x-webhooks` as GitHub publishes it in 3.0 documents (the same shape).
  for (const field of ['webhooks', 'x-webhooks'] as const) {
    const hooks = sh.optMapping(doc[field], `/${field}`, `\`${field}\``);
    if (!hooks) continue;
    for (const name of Object.keys(hooks)) {
      if (pathItems.has(`WEBHOOK ${name}`)) continue; // in both maps: `webhooks` is the standard one
      const item = b.pathItem(hooks[name], join(`/${field}`, name), `webhook \`${name}\``);
      pathItems.set(`WEBHOOK ${name}`, { path: name, webhook: true, ...item });
      b.itemOperations(name, item, (method) => ({ key: `WEBHOOK ${name} ${method}`, name: `WEBHOOK ${name} ${method}`, sender: 'provider', webhook: name }), operations);
    }
  }
  const securitySchemes = new Map<string, At<Obj>>();
  const schemesPtr = swagger2 ? '/securityDefinitions' : '/components/securitySchemes';
  const schemes = sh.optMapping(swagger2 ? doc.securityDefinitions : components?.securitySchemes, schemesPtr, swagger2 ? '`securityDefinitions`' : '`securitySchemes`');
  if (schemes) {
    for (const k of Object.keys(schemes)) {
      if (swagger2 && k.startsWith('x-')) continue; // 2.0 allows extensions here
      const r = src.refs.resolve(schemes[k], join(schemesPtr, k));
      securitySchemes.set(k, { value: sh.mapping(r.value, r.pointer, `security scheme \`${k}\``), pointer: r.pointer });
    }
  }
  // `version: 1.0` in YAML is a number; it is meant as the text.
  if (info.version !== undefined && typeof info.version !== 'number') sh.string(info.version, '/info/version', '`version`');
  return {
    source: contractSource(src),
    schemas: new SchemaViews(src.refs, src),
    document: { info, security: doc.security, ...(swagger2 ? { consumes: doc.consumes, produces: doc.produces } : {}), rest: restOfDocument(doc) },
    pathItems,
    format: 'openapi',
    specVersion: src.specVersion,
    title: sh.text(info.title, '/info/title', '`title`'),
    version: info.version === undefined ? undefined : String(info.version),
    description: sh.text(info.description, '/info/description', '`description`'),
    servers: b.servers(),
    operations,
    securitySchemes,
    ...(diagnostics.length ? { diagnostics } : {}),
  };
}

/**
 * `/items/{a}` and `/items/{b}` in one document are one path to OpenAPI (templates match any name): the
 * document is invalid. GitHub's description has such pairs, each path with other methods, so the operations
 * of both are kept; where both define a method, the first path's operation is compared and the second's is
 * named in the warning. The first path item's own fields stand for the path.
 */
function ambiguousPath(file: string, first: string, second: string, pointer: string, clashes: readonly string[]): Diagnostic {
  const outcome = clashes.length ? `${clashes.map((m) => m.toUpperCase()).join(', ')} ${second} not compared (${first} defines ${clashes.length > 1 ? 'them' : 'it'} too)` : 'their operations are compared as written';
  return {
    level: 'warning',
    code: 'ambiguous-path',
    message: `paths ${first} and ${second} differ only in template names (invalid OpenAPI: they are the same path); ${outcome}`,
    file,
    pointer,
  };
}

/** Top-level fields the model turns into operations (or what they inherit), schemas, schemes, servers and versions. */
const MODELLED_ROOT = new Set(['openapi', 'swagger', 'info', 'paths', 'webhooks', 'x-webhooks', 'components', 'definitions', 'parameters', 'responses', 'securityDefinitions', 'servers', 'host', 'basePath', 'schemes', 'security', 'consumes', 'produces']);

/** The top-level fields the model does not read (`tags`, `externalDocs`, `jsonSchemaDialect`, `x-*`...): compared as values. */
function restOfDocument(doc: Obj): Obj {
  const rest: Obj = {};
  for (const k in doc) if (!MODELLED_ROOT.has(k)) rest[k] = doc[k];
  return rest;
}

/** What an operation is known by before it is built: its key, where it is, and who sends it. */
type OperationHead = Pick<Operation, 'key' | 'method' | 'path' | 'pointer' | 'name' | 'sender' | 'webhook'> & { raw: { op: Obj; item: Obj } };

/** How the operations of one Path Item are named: the key (and, for webhooks and callbacks, name and sender) by method. */
type Identity = (method: string) => Pick<Operation, 'key' | 'name' | 'sender' | 'webhook'>;

/**
 * An operation whose details are built on first use. Most operations of two nearby versions are
 * provably the same text and never looked into (ContractDiff.provablySame), so building them all
 * up front was wasted: ~0.1 s on GitHub's spec. The key, method, path and pointer are known at once.
 * A class, not an object literal with getters: V8 makes each such literal slowly, one accessor at a
 * time (~10 us each, ~25 ms for GitHub's two versions), and reads its fields more slowly after.
 */
class LazyOperation implements Operation {
  declare key: string;
  declare method: string;
  declare path: string;
  declare pointer: string;
  declare name?: string;
  declare sender?: Operation['sender'];
  declare webhook?: string;
  declare raw: { op: Obj; item: Obj };
  readonly #build: () => Operation;
  readonly #styleOnly: () => InteractionStyle;
  #built: Operation | undefined;
  #style: InteractionStyle | undefined;
  constructor(head: OperationHead, build: () => Operation, styleOnly: () => InteractionStyle) {
    Object.assign(this, head); // the head's fields as they are: one without a name or sender has none
    this.#build = build;
    this.#styleOnly = styleOnly;
  }
  #full(): Operation {
    return (this.#built ??= this.#build());
  }
  get operationId() {
    return this.#full().operationId;
  }
  get summary() {
    return this.#full().summary;
  }
  get description() {
    return this.#full().description;
  }
  get deprecated() {
    return this.#full().deprecated;
  }
  get sunset() {
    return this.#full().sunset;
  }
  get deprecatedSince() {
    return this.#full().deprecatedSince;
  }
  get parameters() {
    return this.#full().parameters;
  }
  get requestBody() {
    return this.#full().requestBody;
  }
  get responses() {
    return this.#full().responses;
  }
  get security() {
    return this.#full().security;
  }
  get securityPointer() {
    return this.#full().securityPointer;
  }
  get callbacks() {
    return this.#full().callbacks;
  }
  get servers() {
    return this.#full().servers;
  }
  get style() {
    return this.#built ? this.#built.style : (this.#style ??= this.#styleOnly());
  }
}

class Builder {
  /** 3.1 schemas are JSON Schema 2020-12, where `true` and `false` are schemas too. */
  private readonly booleanSchemas: boolean;
  constructor(
    private readonly src: LoadedDocument,
    private readonly swagger2: boolean,
    private readonly sh: Shape,
  ) {
    this.booleanSchemas = src.specVersion.startsWith('3.1');
  }

  /**
   * A schema written at `pointer` (the value of a `schema` field), checked for being one: a mapping, or in
   * 3.1 a boolean. `schema: null` says nothing about the content, as an absent schema does; it is read
   * as the empty schema (published specs have it, e.g. Directus's).
   */
  private schemaAt(v: unknown, pointer: string): At | undefined {
    if (v === undefined) return undefined;
    if (v === null) return { value: {}, pointer };
    if (!isObj(v) && !(this.booleanSchemas && typeof v === 'boolean')) this.sh.fail(`\`schema\` must be a mapping${this.booleanSchemas ? ' or true/false' : ''}, not ${kindOf(v)}`, pointer);
    return { value: v, pointer };
  }

  /** A security requirement list: mappings of scheme name to a list of scopes (or roles). */
  security(sec: unknown, pointer: string): void {
    if (sec === undefined) return;
    const list = this.sh.list(sec, pointer, '`security`');
    for (let i = 0; i < list.length; i++) {
      const req = this.sh.mapping(list[i], `${pointer}/${i}`, 'security requirement');
      for (const k of Object.keys(req)) this.sh.stringList(req[k] ?? [], join(`${pointer}/${i}`, k), `scopes of \`${k}\``);
    }
  }

  /** Document `tags`: Tag Objects with a name; operation `tags`: their names. */
  tags(tags: unknown, pointer: string): void {
    if (tags === undefined) return;
    const list = this.sh.list(tags, pointer, '`tags`');
    for (let i = 0; i < list.length; i++) {
      const t = this.sh.mapping(list[i], `${pointer}/${i}`, 'tag');
      if (typeof t.name !== 'string') this.sh.fail(t.name === undefined ? 'tag has no `name`' : `tag \`name\` must be a string, not ${kindOf(t.name)}`, t.name === undefined ? `${pointer}/${i}` : `${pointer}/${i}/name`);
    }
  }

  /** `servers` of the document, a path item or an operation: Server Objects with a `url`. */
  private checkServers(servers: unknown, pointer: string): Server[] {
    if (servers === undefined) return [];
    const list = this.sh.list(servers, pointer, '`servers`');
    return list.map((s, i) => {
      const server = this.sh.mapping(s, `${pointer}/${i}`, 'server');
      if (typeof server.url !== 'string') this.sh.fail(server.url === undefined ? 'server has no `url`' : `server \`url\` must be a string, not ${kindOf(server.url)}`, server.url === undefined ? `${pointer}/${i}` : `${pointer}/${i}/url`);
      return { url: server.url, pointer: `${pointer}/${i}`, raw: server };
    });
  }

  /** A Path Item (or `$ref` to one), checked for being a mapping. */
  pathItem(value: unknown, pointer: string, what: string): { pointer: string; raw: Obj } {
    const item = this.resolve(value, pointer);
    return { pointer: item.pointer, raw: this.sh.mapping(item.value, item.pointer, what) };
  }

  /** The operations of a Path Item into `into`, each built on first use; `rawPath` is a path, a webhook's name or a callback's expression. */
  itemOperations(rawPath: string, item: { pointer: string; raw: Obj }, identity: Identity, into: Map<string, Operation>): void {
    const itemValue = item.raw;
    for (const method of METHODS) {
      const op = itemValue[method];
      if (op === undefined) continue;
      const pointer = join(item.pointer, method);
      if (!isObj(op)) this.sh.fail(`operation \`${method}\` must be a mapping, not ${kindOf(op)}`, pointer);
      const METHOD = method.toUpperCase();
      const id = identity(METHOD);
      if (into.has(id.key)) continue; // a path that differs only in template names: the first one's is kept (see ambiguousPath)
      // The style needs only the success responses (and whether there are callbacks): operations that are only
      // added or removed are never built in full, and most of their responses are errors, left unbuilt.
      const styleOnly = () => {
        const success = this.responses(op, pointer, isSuccessStatus);
        return id.sender === 'provider' ? sentStyle(success) : interactionStyle(success, this.callbacks(op, pointer, id.name ?? `${METHOD} ${rawPath}`));
      };
      const operation = new LazyOperation(
        { ...id, method: METHOD, path: rawPath, pointer, raw: { op, item: itemValue } },
        () => this.operation(rawPath, method, op, pointer, itemValue, item.pointer, id),
        styleOnly,
      );
      into.set(operation.key, operation);
    }
  }

  /**
   * An operation's callbacks, each a mapping (or `$ref` to one) of runtime expressions to Path Items whose
   * operations the provider sends: named `<operation> callback <name> <expression> <METHOD>` in findings.
   */
  callbacks(op: Obj, pointer: string, operationName: string): Map<string, Callback> {
    const out = new Map<string, Callback>();
    const callbacks = this.sh.optMapping(op.callbacks, join(pointer, 'callbacks'), '`callbacks`');
    if (!callbacks) return out;
    for (const name of Object.keys(callbacks)) {
      const r = this.resolve(callbacks[name], join(pointer, 'callbacks', name));
      const raw = this.sh.mapping(r.value, r.pointer, `callback \`${name}\``);
      const cb: Callback = { name, pointer: r.pointer, raw, operations: new Map(), pathItems: new Map() };
      for (const expression of Object.keys(raw)) {
        if (expression.startsWith('x-')) continue; // an extension of the Callback Object
        const item = this.pathItem(raw[expression], join(r.pointer, expression), `callback \`${name}\` path item \`${expression}\``);
        cb.pathItems.set(expression, { path: expression, ...item });
        const prefix = `${operationName} callback ${name} ${expression}`;
        this.itemOperations(expression, item, (method) => ({ key: `${expression} ${method}`, name: `${prefix} ${method}`, sender: 'provider' }), cb.operations);
      }
      out.set(name, cb);
    }
    return out;
  }

  private resolve(v: unknown, p: string) {
    return this.src.refs.resolve(v, p);
  }

  servers(): Server[] {
    const doc = this.src.doc;
    if (this.swagger2) {
      // The OpenAPI 3 `servers` a 2.0 document means: one URL per scheme, protocol-relative without schemes.
      const host = this.sh.string(doc.host, '/host', '`host`') ?? '';
      const base = this.sh.string(doc.basePath, '/basePath', '`basePath`') ?? '';
      const schemes = this.sh.stringList(doc.schemes, '/schemes', '`schemes`') ?? [];
      if (!host && !base) return [];
      const pointer = doc.basePath !== undefined ? '/basePath' : '/host';
      if (!host) return [{ url: base, pointer }];
      return (schemes.length ? schemes.map((sc) => `${sc}://`) : ['//']).map((prefix) => ({ url: `${prefix}${host}${base}`, pointer }));
    }
    return this.checkServers(doc.servers, '/servers');
  }

  /** The responses by status (`default`, `200`, `2XX`); with `only`, those whose status it accepts. */
  responses(op: Obj, pointer: string, only?: (status: string) => boolean): Map<string, Response> {
    const responses = new Map<string, Response>();
    const rawResponses = this.sh.optMapping(op.responses, join(pointer, 'responses'), '`responses`') ?? {};
    for (const status of Object.keys(rawResponses)) {
      if (status.startsWith('x-')) continue;
      const key = status === 'default' ? 'default' : status.toUpperCase();
      if (only && !only(key)) continue;
      const r = this.resolve(rawResponses[status], join(pointer, 'responses', status));
      responses.set(key, this.response(key, op, pointer, this.sh.mapping(r.value, r.pointer, `response \`${status}\``), r.pointer));
    }
    return responses;
  }

  operation(rawPath: string, method: string, op: Obj, pointer: string, item: Obj, itemPtr: string, id?: ReturnType<Identity>): Operation {
    const pathVars = [...rawPath.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
    const parameters = new Map<string, Parameter>();
    let body: Body | undefined;
    const formFields = new Map<string, { param: Obj; pointer: string }>();
    const addParams = (raw: unknown, listPtr: string) => {
      if (raw === undefined) return;
      const list = this.sh.list(raw, listPtr, '`parameters`');
      list.forEach((raw, i) => {
        const r = this.resolve(raw, `${listPtr}/${i}`);
        const p = this.checkParameter(r.value, r.pointer);
        const where = p.in as string;
        if (this.swagger2 && where === 'body') {
          body = this.swagger2Body(op, pointer, p, r.pointer);
          return;
        }
        if (this.swagger2 && where === 'formData') {
          formFields.set(p.name as string, { param: p, pointer: r.pointer });
          return;
        }
        const param = this.parameter(p, r.pointer, pathVars);
        parameters.set(param.key, param);
      });
    };
    addParams(item.parameters, join(itemPtr, 'parameters'));
    addParams(op.parameters, join(pointer, 'parameters'));
    let servers: Server[] | undefined;
    if (!this.swagger2) {
      const itemServers = this.checkServers(item.servers, join(itemPtr, 'servers'));
      const opServers = this.checkServers(op.servers, join(pointer, 'servers'));
      servers = op.servers !== undefined ? opServers : item.servers !== undefined ? itemServers : undefined;
    } else {
      this.sh.stringList(op.consumes, join(pointer, 'consumes'), '`consumes`');
      this.sh.stringList(op.produces, join(pointer, 'produces'), '`produces`');
    }
    this.sh.stringList(op.tags, join(pointer, 'tags'), '`tags`');
    if (!body && formFields.size > 0) body = this.swagger2FormBody(op, pointer, formFields);
    if (!this.swagger2 && op.requestBody !== undefined) body = this.requestBody(op.requestBody, join(pointer, 'requestBody'));
    const responses = this.responses(op, pointer);
    const docSecurity = this.src.doc.security;
    this.security(op.security, join(pointer, 'security'));
    const sec = op.security !== undefined ? op.security : docSecurity;
    const securityPointer = op.security !== undefined ? join(pointer, 'security') : docSecurity !== undefined ? '/security' : pointer;
    const METHOD = method.toUpperCase();
    const name = id?.name;
    const callbacks = this.callbacks(op, pointer, name ?? `${METHOD} ${rawPath}`);
    return {
      key: id?.key ?? `${METHOD} ${normalizePath(rawPath)}`,
      method: METHOD,
      path: rawPath,
      ...(name !== undefined ? { name } : {}),
      ...(id?.sender ? { sender: id.sender } : {}),
      ...(id?.webhook !== undefined ? { webhook: id.webhook } : {}),
      operationId: this.sh.string(op.operationId, join(pointer, 'operationId'), '`operationId`'),
      summary: this.sh.text(op.summary, join(pointer, 'summary'), '`summary`'),
      description: this.sh.text(op.description, join(pointer, 'description'), '`description`'),
      deprecated: this.sh.boolean(op.deprecated, join(pointer, 'deprecated'), '`deprecated`') === true,
      sunset: str(op['x-sunset']),
      deprecatedSince: str(op['x-deprecated-since']),
      parameters,
      requestBody: body,
      responses,
      security: securityAlternatives(sec),
      securityPointer,
      callbacks,
      ...(servers ? { servers } : {}),
      style: id?.sender === 'provider' ? sentStyle(responses) : interactionStyle(responses, callbacks),
      pointer,
      raw: { op, item },
    };
  }

  /** A Parameter Object: a mapping with a string `name` and an `in` among the dialect's locations. */
  private checkParameter(value: unknown, pointer: string): Obj {
    const p = this.sh.mapping(value, pointer, 'parameter');
    if (typeof p.name !== 'string') this.sh.fail(p.name === undefined ? 'parameter has no `name`' : `parameter \`name\` must be a string, not ${kindOf(p.name)}`, p.name === undefined ? pointer : join(pointer, 'name'));
    const locations = this.swagger2 ? LOCATIONS_2 : LOCATIONS_3;
    if (typeof p.in !== 'string' || !locations.includes(p.in)) {
      const allowed = `${locations.slice(0, -1).join(', ')} or ${locations[locations.length - 1]}`;
      this.sh.fail(p.in === undefined ? `parameter \`${p.name}\` has no \`in\` (${allowed})` : `parameter \`in\` must be ${allowed}, not ${kindOf(p.in)}`, p.in === undefined ? pointer : join(pointer, 'in'));
    }
    this.sh.boolean(p.required, join(pointer, 'required'), '`required`');
    this.sh.boolean(p.deprecated, join(pointer, 'deprecated'), '`deprecated`');
    this.sh.text(p.description, join(pointer, 'description'), '`description`');
    if (this.swagger2) {
      this.sh.string(p.collectionFormat, join(pointer, 'collectionFormat'), '`collectionFormat`');
      if (p.in === 'body') {
        if (p.schema === undefined) this.sh.fail(`body parameter \`${p.name}\` has no \`schema\``, pointer);
        this.schemaAt(p.schema, join(pointer, 'schema'));
      }
    } else {
      this.sh.string(p.style, join(pointer, 'style'), '`style`');
      this.sh.boolean(p.explode, join(pointer, 'explode'), '`explode`');
    }
    return p;
  }

  private parameter(p: Obj, pointer: string, pathVars: string[]): Parameter {
    const name = p.name as string;
    const where = p.in as string;
    let key = `${where}:${where === 'header' ? name.toLowerCase() : name}`;
    if (where === 'path') {
      const idx = pathVars.indexOf(name);
      if (idx !== -1) key = `path:#${idx}`;
    }
    let schema: At | undefined;
    let mediaType: string | undefined;
    if (this.swagger2) schema = { value: swagger2ParameterSchema(p), pointer };
    else if (p.schema !== undefined) schema = this.schemaAt(p.schema, join(pointer, 'schema'));
    else if (p.content !== undefined) {
      const first = [...this.mediaTypes(p.content, join(pointer, 'content')).values()][0];
      schema = first?.schema;
      mediaType = first?.mediaType;
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
      ...(mediaType !== undefined ? { mediaType } : {}),
      allowEmptyValue: p.allowEmptyValue === true,
      pointer,
      raw: p,
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

  private mediaTypes(raw: unknown, pointer: string): Map<string, MediaType> {
    const out = new Map<string, MediaType>();
    const content = this.sh.optMapping(raw, pointer, '`content`');
    if (!content) return out;
    for (const mt of Object.keys(content)) {
      const p = join(pointer, mt);
      const c = this.sh.mapping(content[mt], p, `media type \`${mt}\``);
      out.set(mt.toLowerCase(), { mediaType: mt, schema: this.schemaAt(c.schema, join(p, 'schema')), pointer: p, raw: c });
    }
    return out;
  }

  private requestBody(raw: unknown, pointer: string): Body | undefined {
    const r = this.resolve(raw, pointer);
    const body = this.sh.mapping(r.value, r.pointer, '`requestBody`');
    return {
      required: this.sh.boolean(body.required, join(r.pointer, 'required'), '`required`') === true,
      description: this.sh.text(body.description, join(r.pointer, 'description'), '`description`'),
      content: this.mediaTypes(body.content, join(r.pointer, 'content')),
      pointer: r.pointer,
      raw: body,
    };
  }

  private swagger2Body(op: Obj, opPtr: string, p: Obj, pointer: string): Body {
    const content = new Map<string, MediaType>();
    for (const mt of this.swagger2MediaTypes('consumes', op, opPtr, pointer)) {
      content.set(mt.value.toLowerCase(), { mediaType: mt.value, schema: this.schemaAt(p.schema, join(pointer, 'schema')), pointer: mt.pointer });
    }
    return { required: p.required === true, description: str(p.description), content, pointer, raw: p };
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
    // Both checked to be lists of strings: the document's up front, the operation's as it is built.
    const [list, listPtr] = Array.isArray(own) ? [own as string[], join(opPtr, field)] : Array.isArray(global) ? [global as string[], `/${field}`] : [undefined, undefined];
    if (!list) return [{ value: 'application/json', pointer: fallbackPtr }];
    return list.map((x, i) => ({ value: x, pointer: `${listPtr}/${i}` }));
  }

  private response(status: string, op: Obj, opPtr: string, r: Obj, pointer: string): Response {
    let content: Map<string, MediaType>;
    if (this.swagger2) {
      content = new Map();
      const schema = this.schemaAt(r.schema, join(pointer, 'schema'));
      if (schema) {
        for (const mt of this.swagger2MediaTypes('produces', op, opPtr, pointer)) {
          content.set(mt.value.toLowerCase(), { mediaType: mt.value, schema, pointer: mt.pointer });
        }
      }
    } else {
      content = this.mediaTypes(r.content, join(pointer, 'content'));
    }
    const headers = new Map<string, Header>();
    const rawHeaders = this.sh.optMapping(r.headers, join(pointer, 'headers'), '`headers`');
    if (rawHeaders) {
      for (const name of Object.keys(rawHeaders)) {
        const h = this.resolve(rawHeaders[name], join(pointer, 'headers', name));
        const header = this.sh.mapping(h.value, h.pointer, `header \`${name}\``);
        const required = this.sh.boolean(header.required, join(h.pointer, 'required'), '`required`') === true;
        // A 2.0 header is its own schema; its `required` (not in 2.0, but written as for parameters) is the header's.
        const schema = this.swagger2 ? { value: swagger2HeaderSchema(header), pointer: h.pointer } : this.schemaAt(header.schema, join(h.pointer, 'schema'));
        const deprecated = this.sh.boolean(header.deprecated, join(h.pointer, 'deprecated'), '`deprecated`') === true;
        headers.set(name.toLowerCase(), { name, required, deprecated, ...this.serialization(header, 'header'), schema, pointer: h.pointer, raw: header });
      }
    }
    const links = new Map<string, At<Obj>>();
    const rawLinks = this.swagger2 ? undefined : this.sh.optMapping(r.links, join(pointer, 'links'), '`links`');
    for (const name of Object.keys(rawLinks ?? {})) {
      const l = this.resolve(rawLinks![name], join(pointer, 'links', name));
      links.set(name, { value: this.sh.mapping(l.value, l.pointer, `link \`${name}\``), pointer: l.pointer });
    }
    return { status, description: this.sh.text(r.description, join(pointer, 'description'), '`description`'), content, headers, links, pointer, raw: r };
  }
}

/**
 * A Swagger 2 non-body parameter is its own schema, but its `description` (and name, location,
 * requiredness, serialization) belong to the parameter: left in, a new description would be reported twice.
 */
function swagger2ParameterSchema(p: Obj): Obj {
  // `x-sunset` is the parameter's (Parameter.sunset, compared as parameter.sunset.changed), not its value's.
  const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, allowEmptyValue: _a, 'x-sunset': _s, ...schema } = p;
  return schema;
}

function swagger2HeaderSchema(h: Obj): Obj {
  if (h.required === undefined) return h;
  const { required: _r, ...schema } = h;
  return schema;
}

function securityAlternatives(sec: unknown): SecurityAlternative[] {
  if (!Array.isArray(sec)) return [];
  return sec.filter(isObj).map((alt) => new Map(Object.keys(alt).map((k) => [k, Array.isArray(alt[k]) ? (alt[k] as unknown[]).map(String) : []])));
}

/** A success status: `200`, `2XX`; what interactionStyle and sentStyle read. */
function isSuccessStatus(status: string): boolean {
  return status.startsWith('2');
}

function interactionStyle(responses: Map<string, Response>, callbacks: Map<string, Callback>): InteractionStyle {
  const success = [...responses.values()].filter((r) => isSuccessStatus(r.status));
  const withBody = success.some((r) => r.content.size > 0);
  if (callbacks.size > 0 && success.some((r) => r.status === '202')) return 'request/async response';
  if (!withBody && success.length > 0 && success.every((r) => r.status === '202' || r.status === '204')) return 'notification';
  return 'request/response';
}

/**
 * A webhook or callback: the provider notifies the subscriber, unless it reads a body from the subscriber's
 * success response. A change between the two is a change of those responses, and reported with them.
 */
function sentStyle(responses: Map<string, Response>): InteractionStyle {
  return [...responses.values()].some((r) => isSuccessStatus(r.status) && r.content.size > 0) ? 'request/response' : 'notification';
}
