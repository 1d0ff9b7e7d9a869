import type { Diagnostic } from '../diagnostics.js';
import type { SchemaSource, SchemaViews } from './schema-view.js';

type Obj = Record<string, unknown>;

/** Which side of the wire a schema describes: what the provider accepts, or what consumers receive. */
export type Flow = 'input' | 'output';

/** A value in the document together with its JSON pointer (for locations and memoisation). */
export interface At<T = unknown> {
  value: T;
  pointer: string;
}

export type InteractionStyle = 'request/response' | 'notification' | 'request/async response' | 'publish/subscribe' | 'publish/async responses';

/**
 * A style as users of the protocol name it: an HTTP request answered without a body (202/204) is no
 * "notification" to an HTTP user. The style itself (the JSON report's `styles`) keeps one vocabulary.
 */
export function styleName(style: InteractionStyle, format: 'openapi' | 'asyncapi'): string {
  if (format === 'asyncapi') return style;
  if (style === 'notification') return 'no response body';
  if (style === 'request/async response') return 'accepted, answered by callback';
  return style;
}

export interface Parameter {
  /** Stable key: `query:limit`, `header:x-id` (lower-cased), `path:#0` (path params by position). */
  key: string;
  name: string;
  in: string;
  required: boolean;
  deprecated: boolean;
  /** `x-sunset`: the announced removal date. */
  sunset?: string;
  /** `x-deprecated-since`: when the deprecation was announced. */
  deprecatedSince?: string;
  description?: string;
  /** Effective OpenAPI 3 serialization, defaults filled in (Swagger 2 `collectionFormat` mapped onto it). */
  style: string;
  explode: boolean;
  /** The parameter's schema (OpenAPI 3) or the parameter itself (Swagger 2 non-body). */
  schema?: At;
  /** Set when the value is described by `content` (this media type) rather than `schema`: not plain text on the wire. */
  mediaType?: string;
  /** `allowEmptyValue: true`: the provider accepts `?name=` with no value. */
  allowEmptyValue: boolean;
  pointer: string;
  /** The object as written (`$ref` followed): the fields no specific change covers are compared as values. */
  raw?: Obj;
}

export interface MediaType {
  mediaType: string;
  schema?: At;
  pointer: string;
  /** As written; absent where the model builds it (a Swagger 2 `consumes`/`produces` entry). */
  raw?: Obj;
}

export interface Body {
  required: boolean;
  description?: string;
  content: Map<string, MediaType>;
  pointer: string;
  /** As written: the Request Body Object, or the Swagger 2 body parameter; absent for a built form body. */
  raw?: Obj;
}

export interface Header {
  name: string;
  required: boolean;
  deprecated: boolean;
  /** Effective serialization, defaults filled in (`simple`, not exploded; Swagger 2 `collectionFormat` mapped). */
  style: string;
  explode: boolean;
  schema?: At;
  pointer: string;
  raw?: Obj;
}

export interface Response {
  status: string;
  description?: string;
  content: Map<string, MediaType>;
  headers: Map<string, Header>;
  /** Link Objects by name, `$ref` followed (OpenAPI 3). */
  links: Map<string, At<Obj>>;
  pointer: string;
  raw?: Obj;
}

/** One alternative of a security requirement: scheme name -> scopes (all must hold). */
export type SecurityAlternative = Map<string, string[]>;

/**
 * Who sends the request: the client (an HTTP operation), or the provider (a webhook or a callback: the
 * provider sends the request, flow `output`, and receives the subscriber's response, flow `input`).
 */
export type Sender = 'client' | 'provider';

export interface Operation {
  /**
   * `GET /trips/{}`: method plus path with variable names erased; a webhook: `WEBHOOK <name> <METHOD>`;
   * a callback operation: `<runtime expression> <METHOD>`, within its callback.
   */
  key: string;
  method: string;
  /** The path as written; a webhook's name; a callback operation's runtime expression. */
  path: string;
  /** The name findings give the operation when it is not `METHOD path`: webhooks and callback operations. */
  name?: string;
  /** Absent: the client (every operation but webhooks and callbacks). */
  sender?: Sender;
  /** Set on a webhook operation: the webhook's name (its key in `webhooks` or `x-webhooks`). */
  webhook?: string;
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  sunset?: string;
  deprecatedSince?: string;
  parameters: Map<string, Parameter>;
  requestBody?: Body;
  responses: Map<string, Response>;
  /** Effective security (operation level, else document level); undefined = none required. */
  security: SecurityAlternative[];
  securityPointer: string;
  /** OpenAPI callbacks by name; their operations are sent by the provider. */
  callbacks: Map<string, Callback>;
  /** OpenAPI 3: the operation's own `servers`, else its path item's; undefined when it uses the document's. */
  servers?: Server[];
  style: InteractionStyle;
  pointer: string;
  /** OpenAPI: the Operation Object as written and the Path Item holding it (its `parameters` are inherited). */
  raw?: { op: Obj; item: Obj };
  /** AsyncAPI only: the channel key, the messages the operation carries and its reply. */
  async?: AsyncOperation;
}

/** An OpenAPI callback: runtime expressions, each to a Path Item whose operations the provider sends. */
export interface Callback {
  name: string;
  pointer: string;
  /** The Callback Object as written (`$ref` followed): its `x-*` fields are compared as values. */
  raw: Obj;
  /** Its operations by `<runtime expression> <METHOD>`. */
  operations: Map<string, Operation>;
  /** Its Path Items by runtime expression (their own fields: `summary`, `parameters`, `x-*`). */
  pathItems: Map<string, PathItem>;
}

/** The name findings give an operation: `GET /trips/{id}`, `WEBHOOK push POST`, `POST /subscriptions callback onEvent {$request.body#/url} POST`. */
export function operationName(op: Operation): string {
  return op.name ?? `${op.method} ${op.path}`;
}

/** AsyncAPI operation details; `Operation.method` holds the action (`send`/`receive`), `path` the channel address. */
export interface AsyncOperation {
  action: 'send' | 'receive';
  channel: string;
  messages: Map<string, Message>;
  reply?: Reply;
  bindings?: At;
  /** The Operation Object as written (`$ref` followed; 3.x, or the 2.x `publish`/`subscribe` object); traits not applied. */
  raw?: Obj;
}

export interface Reply {
  /** Channel key (or runtime address expression) the reply travels on; undefined = the operation's own channel. */
  channel?: string;
  messages: Map<string, Message>;
  pointer: string;
  /** The Operation Reply Object as written. */
  raw?: Obj;
}

/** An AsyncAPI message as one operation carries it; `flow` is from the documented application's side. */
export interface Message {
  /** Stable key across 2.x/3.x: `name`, else `messageId`, else the component or channel map key. */
  key: string;
  /** True when the key came from an explicit `name`/`messageId` rather than a map key or position. */
  named: boolean;
  flow: Flow;
  contentType?: string;
  payload?: At;
  /** Set when the payload uses a non-JSON-Schema format (Avro, RAML, Protobuf): compared as opaque JSON. */
  payloadFormat?: string;
  headers?: At;
  correlationId?: { location?: string; pointer: string };
  bindings?: At;
  title?: string;
  summary?: string;
  description?: string;
  pointer: string;
  /**
   * The Message Object as its readers see it: as written (`$ref` followed) with its traits applied the way
   * the model applies them (2.x: traits over the message; 3.x: the message's own fields win), `traits` dropped.
   * A field a trait supplies is then compared as the message's, once, whichever of the two writes it.
   */
  raw?: Obj;
}

export interface Channel {
  /** Normalized address (`trips/{}/booked`). */
  key: string;
  /** AsyncAPI 3 channel id (the map key); undefined for 2.x, where the address is the key. */
  id?: string;
  address: string;
  description?: string;
  summary?: string;
  bindings?: At;
  /** Address variables in address order (names are not part of the contract), each with its schema. */
  /**
   * Address variables. `asV3`: a 2.x parameter's schema as AsyncAPI 3 can say it (a string, its `enum` and
   * `default`): what a 2.x document and its 3.x conversion are compared by, as 3.x parameters carry no schema.
   */
  parameters: Array<{ name: string; schema: At; pointer: string; raw?: Obj; asV3?: At }>;
  pointer: string;
  /** The Channel Object as written (`$ref` followed). */
  raw?: Obj;
  /** Names of the servers the channel lists (undefined: it names none, so all of them). */
  servers?: string[];
  /** AsyncAPI 3: the channel's messages (as written) that none of the document's operations or replies carries. */
  idleMessages?: Obj;
}

export interface Server {
  url: string;
  pointer: string;
  /** OpenAPI 3 and AsyncAPI: the Server Object as written (`description`, `variables`, `x-*`). */
  raw?: Obj;
  /** AsyncAPI servers are named: matched by name, not URL. */
  name?: string;
  host?: string;
  protocol?: string;
  protocolVersion?: string;
  bindings?: At;
  /** AsyncAPI: what a client must present to connect (2.x requirement maps, 3.x scheme references). */
  security?: SecurityAlternative[];
  securityPointer?: string;
  /**
   * AsyncAPI: some operation on this server declares its own security, which the model reads instead of the
   * server's: the server's `security` is then compared as a value on the server itself.
   */
  securityOverridden?: boolean;
}

/**
 * What a contract keeps of the document it was built from: a name for locations and the line lookup for
 * reports. The raw document itself stays in the model: the diff reads the objects the model hands it.
 */
/** Where a contract came from; `diagnostics`: what loading it noted without stopping (see LoadedDocument). */
export type ContractSource = SchemaSource & { diagnostics?: Diagnostic[] };

export function contractSource(src: ContractSource): ContractSource {
  const out: ContractSource = { name: src.name, locate: src.locate, format: src.format, specVersion: src.specVersion };
  if (src.diagnostics?.length) out.diagnostics = src.diagnostics;
  return out;
}

/** Raw document-level values: `info` (compared field by field) and what every operation inherits. */
export interface DocumentLevel {
  info?: Obj;
  security?: unknown;
  /** Swagger 2 only. */
  consumes?: unknown;
  produces?: unknown;
  /** The top-level fields the model does not read (`tags`, `externalDocs`, `jsonSchemaDialect`, AsyncAPI `id`, `x-*`...). */
  rest?: Obj;
}

/** An OpenAPI Path Item as written: its own fields (`servers`, `summary`, `x-*`) belong to every operation under it. */
export interface PathItem {
  /** The path as written; for a webhook, its name; in a callback, the runtime expression. */
  path: string;
  /** Set on a webhook's Path Item. */
  webhook?: boolean;
  pointer: string;
  raw: Obj;
}

export interface Contract {
  source: ContractSource;
  /** The document's schemas seen through `$ref`, `allOf` and the nullable spellings. */
  schemas: SchemaViews;
  document: DocumentLevel;
  format: 'openapi' | 'asyncapi';
  specVersion: string;
  title?: string;
  version?: string;
  description?: string;
  servers: Server[];
  /** By key: HTTP operations and (OpenAPI) webhooks, `WEBHOOK <name> <METHOD>`; callbacks sit in their operation. */
  operations: Map<string, Operation>;
  /** Security scheme definitions by name: type and (for oauth2) flows. */
  securitySchemes: Map<string, At<Record<string, unknown>>>;
  /** OpenAPI path items by normalized path; webhooks' as `WEBHOOK <name>`. */
  pathItems?: Map<string, PathItem>;
  /** AsyncAPI channels by normalized address. */
  channels?: Map<string, Channel>;
  /** Notes about the document that do not stop the comparison (two paths that differ only in template names). */
  diagnostics?: Diagnostic[];
}

/** `/trips/{tripId}/stops/{id}` -> `/trips/{}/stops/{}`; trailing slashes dropped. */
export function normalizePath(p: string): string {
  const s = p.replace(/\{[^}]*\}/g, '{}');
  return s.length > 1 ? s.replace(/\/+$/, '') : s;
}
