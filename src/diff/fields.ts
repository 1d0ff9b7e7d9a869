import { join } from '../load/pointer.js';
import type { Obj } from '../model/shape.js';
import { isAnnotation } from './schema-keywords.js';
import { shown } from './stable-json.js';
import type { SameSchemas } from './unchanged.js';

/**
 * The fields of an OpenAPI object (operation, parameter, request body, media type, response, header,
 * path item, server, security scheme, callback, and the document's own top-level fields) or an AsyncAPI one (server,
 * channel, channel parameter, operation, message, reply, the document) that no specific change kind covers,
 * compared as values: nothing the model does not read goes unreported. A difference is
 * `<area>.keyword.changed` with the field, before and after; annotations (descriptions, examples, tags,
 * `x-*`) say so in `facts.annotation`, so rules give them info, and every other field a warning. Only
 * documents of one major version are compared so (ContractDiff.fields): 2.x and 3.x write these objects differently.
 */
export type FieldArea = OpenApiFieldArea | AsyncApiFieldArea;
export type OpenApiFieldArea = 'operation' | 'parameter' | 'request-body' | 'media-type' | 'response' | 'response-header' | 'path-item' | 'server' | 'security-scheme' | 'callback' | 'document';
export type AsyncApiFieldArea = 'operation' | 'server' | 'document' | 'channel' | 'channel-parameter' | 'message' | 'reply';

/** Fields each OpenAPI object's specific comparison already covers (the model reads them and the diff compares them). */
export const COVERED_FIELDS: Record<OpenApiFieldArea, ReadonlySet<string>> = {
  // `x-deprecated-since` is read for the deprecation policy but compared here, as documentation.
  operation: new Set(['summary', 'description', 'operationId', 'parameters', 'requestBody', 'responses', 'deprecated', 'security', 'callbacks', 'x-sunset', 'x-stability-level', 'consumes', 'produces', 'servers']),
  parameter: new Set(['name', 'in', 'description', 'required', 'deprecated', 'style', 'explode', 'schema', 'content', 'collectionFormat', 'allowEmptyValue', 'x-sunset']),
  // Swagger 2 writes the body as a parameter: its name, `in` and schema are the model's.
  'request-body': new Set(['required', 'content', 'name', 'in', 'schema']),
  'media-type': new Set(['schema']),
  response: new Set(['description', 'headers', 'content', 'schema', 'links']),
  'response-header': new Set(['schema', 'required', 'deprecated', 'style', 'explode']),
  // The operations under a path item are compared one by one, its parameters and servers with theirs.
  'path-item': new Set(['parameters', 'servers', '$ref', 'get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']),
  server: new Set(['url', 'variables']),
  // Swagger 2 writes an OAuth flow's fields on the scheme (`flow`, `authorizationUrl`, ...), OpenAPI 3 under `flows`.
  'security-scheme': new Set(['type', 'scheme', 'in', 'name', 'openIdConnectUrl', 'flows', 'flow', 'authorizationUrl', 'tokenUrl', 'refreshUrl', 'scopes']),
  // Its runtime expressions are compared as path items and operations (ContractDiff.callback).
  callback: new Set(),
  document: new Set(),
};

/**
 * The same for AsyncAPI 2.x and 3.x objects (one list serves both versions: each field name means one
 * thing in both, and a document has only its own version's fields). Objects are compared as written,
 * `$ref` followed, except messages: with their traits applied (src/model/asyncapi.ts), so a field is
 * compared once whether the message or a trait writes it. Operation traits are not applied by the model:
 * an operation's `traits` are compared as a value.
 */
export const ASYNCAPI_COVERED_FIELDS: Record<AsyncApiFieldArea, ReadonlySet<string>> = {
  // The top-level fields the model reads never reach the diff (DocumentLevel.rest).
  document: new Set(),
  // 2.x `url` is compared as host and path (server.host.changed) and protocol; `security` where every
  // operation on the server inherits it, as each operation's security (AsyncApiDiff skips it then).
  server: new Set(['url', 'host', 'pathname', 'protocol', 'protocolVersion', 'bindings']),
  // `publish`/`subscribe` (2.x) are the operations; 3.x `messages` are compared through the operations that
  // carry them; `parameters` one by one (channel-parameter); `servers` by the names of the servers, renames followed.
  channel: new Set(['address', 'description', 'summary', 'bindings', 'parameters', 'messages', 'publish', 'subscribe', 'servers']),
  // Address variables: a 2.x `schema`, or the 3.x `enum` and `default` the model builds a string schema from.
  'channel-parameter': new Set(['schema', 'enum', 'default']),
  // 3.x `action`/`channel` match operations (operation.action.changed, channel.address.changed); 2.x
  // `operationId` (3.x: the map key) is operation.id.changed; `message`/`messages` and `reply` are compared one by one.
  operation: new Set(['action', 'channel', 'operationId', 'summary', 'description', 'security', 'bindings', 'message', 'messages', 'reply']),
  // `name`/`messageId` key the message: when one differs on a matched pair, it is compared as a value.
  message: new Set(['payload', 'schemaFormat', 'headers', 'contentType', 'correlationId', 'title', 'summary', 'description', 'bindings']),
  reply: new Set(['address', 'channel', 'messages']),
};

/** The schema annotations, and the fields that only document an object or group it (`description`, `tags`). */
export function isFieldAnnotation(field: string): boolean {
  return field === 'description' || field === 'tags' || isAnnotation(field);
}

export interface FieldChange {
  kind: `${FieldArea}.keyword.changed`;
  field: string;
  before: unknown;
  after: unknown;
  oldPtr: string;
  newPtr: string;
  annotation: boolean;
}

/** A modelled object as written, where the model kept it (`$ref` already followed). */
export interface RawObject {
  raw?: Obj;
  pointer: string;
}

/**
 * Differences in the uncovered fields of two objects of one area. `skip` adds fields covered in this
 * case only (a Swagger 2 parameter is its own schema: its schema keywords go through the schema diff).
 * Only the uncovered fields are compared: the covered ones (an operation's responses) are most of an object.
 */
export function compareFields(area: FieldArea, a: RawObject, b: RawObject, same: SameSchemas, skip?: (field: string) => boolean, format: 'openapi' | 'asyncapi' = 'openapi'): FieldChange[] {
  const x = a.raw;
  const y = b.raw;
  if (!x || !y || x === y) return [];
  const covered = format === 'asyncapi' ? ASYNCAPI_COVERED_FIELDS[area as AsyncApiFieldArea] : COVERED_FIELDS[area as OpenApiFieldArea];
  if (!covered) throw new Error(`no ${format} field list for ${area}`);
  const out: FieldChange[] = [];
  const check = (field: string) => {
    if (covered.has(field) || skip?.(field)) return;
    const before = x[field];
    const after = y[field];
    if (before !== undefined && after !== undefined && same.same(before, after)) return;
    out.push({ kind: `${area}.keyword.changed`, field, before: shown(before), after: shown(after), oldPtr: join(a.pointer, field), newPtr: join(b.pointer, field), annotation: isFieldAnnotation(field) });
  };
  for (const k in x) check(k);
  for (const k in y) if (!(k in x)) check(k);
  return out;
}
