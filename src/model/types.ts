import type { LoadedDocument } from '../load/index.js';

/** Which side of the wire a schema describes: what the provider accepts, or what consumers receive. */
export type Flow = 'input' | 'output';

/** A value in the document together with its JSON pointer (for locations and memoisation). */
export interface At<T = unknown> {
  value: T;
  pointer: string;
}

export type InteractionStyle = 'request/response' | 'notification' | 'request/async response' | 'publish/subscribe' | 'publish/async responses';

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
  pointer: string;
}

export interface MediaType {
  mediaType: string;
  schema?: At;
  pointer: string;
}

export interface Body {
  required: boolean;
  description?: string;
  content: Map<string, MediaType>;
  pointer: string;
}

export interface Header {
  name: string;
  required: boolean;
  schema?: At;
  pointer: string;
}

export interface Response {
  status: string;
  description?: string;
  content: Map<string, MediaType>;
  headers: Map<string, Header>;
  pointer: string;
}

/** One alternative of a security requirement: scheme name -> scopes (all must hold). */
export type SecurityAlternative = Map<string, string[]>;

export interface Operation {
  /** `GET /trips/{}`: method plus path with variable names erased. */
  key: string;
  method: string;
  path: string;
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
  callbacks: string[];
  style: InteractionStyle;
  pointer: string;
}

export interface Server {
  url: string;
  pointer: string;
}

export interface Contract {
  source: LoadedDocument;
  format: 'openapi' | 'asyncapi';
  specVersion: string;
  title?: string;
  version?: string;
  description?: string;
  servers: Server[];
  operations: Map<string, Operation>;
  /** Security scheme definitions by name: type and (for oauth2) flows. */
  securitySchemes: Map<string, At<Record<string, unknown>>>;
}

/** `/trips/{tripId}/stops/{id}` -> `/trips/{}/stops/{}`; trailing slashes dropped. */
export function normalizePath(p: string): string {
  const s = p.replace(/\{[^}]*\}/g, '{}');
  return s.length > 1 ? s.replace(/\/+$/, '') : s;
}
