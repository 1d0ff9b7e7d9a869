import { join } from '../load/pointer.js';
import type { Obj } from '../model/shape.js';
import { isAnnotation } from './schema-keywords.js';
import { shown } from './stable-json.js';
import type { SameSchemas } from './unchanged.js';

/**
 * The fields of an OpenAPI object (operation, parameter, request body, media type, response, header,
 * path item, server, security scheme, and the document's own top-level fields) that no specific change kind covers, compared as values: nothing the model does not read goes
 * unreported. A difference is `<area>.keyword.changed` with the field, before and after; annotations
 * (descriptions, examples, tags, `x-*`) say so in `facts.annotation`, so rules give them info, and every
 * other field a warning.
 */
export type FieldArea = 'operation' | 'parameter' | 'request-body' | 'media-type' | 'response' | 'response-header' | 'path-item' | 'server' | 'security-scheme' | 'document';

/** Fields each object's specific comparison already covers (the model reads them and the diff compares them). */
export const COVERED_FIELDS: Record<FieldArea, ReadonlySet<string>> = {
  operation: new Set(['summary', 'description', 'operationId', 'parameters', 'requestBody', 'responses', 'deprecated', 'security', 'x-sunset', 'x-deprecated-since', 'consumes', 'produces']),
  parameter: new Set(['name', 'in', 'description', 'required', 'deprecated', 'style', 'explode', 'schema', 'content', 'collectionFormat', 'x-sunset', 'x-deprecated-since']),
  // Swagger 2 writes the body as a parameter: its name, `in` and schema are the model's.
  'request-body': new Set(['required', 'content', 'name', 'in', 'schema']),
  'media-type': new Set(['schema']),
  response: new Set(['description', 'headers', 'content', 'schema']),
  'response-header': new Set(['schema']),
  // The operations under a path item are compared one by one, its parameters with theirs.
  'path-item': new Set(['parameters', '$ref', 'get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']),
  server: new Set(['url']),
  'security-scheme': new Set(),
  document: new Set(),
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
export function compareFields(area: FieldArea, a: RawObject, b: RawObject, same: SameSchemas, skip?: (field: string) => boolean): FieldChange[] {
  const x = a.raw;
  const y = b.raw;
  if (!x || !y || x === y) return [];
  const covered = COVERED_FIELDS[area];
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
