import { LoadError } from '../errors.js';

export type Format = 'openapi' | 'asyncapi';

export interface Detected {
  format: Format;
  /** Dialect as written: `2.0` (Swagger), `3.0.3`, `3.1.0`, `2.6.0`, `3.0.0`. */
  specVersion: string;
}

const FORMAT_KEYS = ['openapi', 'swagger', 'asyncapi'] as const;

export function detectFormat(name: string, doc: unknown): Detected {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new LoadError(name, 'not an API description: expected a mapping with an `openapi`, `swagger` or `asyncapi` field', '', 1);
  }
  const d = doc as Record<string, unknown>;
  // A document is one format: with two of these fields it is neither, and reading it as the first one
  // found would compare the wrong half of it.
  const keys = FORMAT_KEYS.filter((k) => d[k] !== undefined);
  if (keys.length > 1) {
    throw new LoadError(name, `ambiguous API description: it has ${andList(keys.map((k) => `\`${k}\``))} fields at the top level; keep the one the document is written in`, `/${keys[1]}`);
  }
  if (d.openapi !== undefined) {
    const v = String(d.openapi);
    if (!/^3\.[01](\.\d+)?(-.+)?$/.test(v)) throw new LoadError(name, `unsupported OpenAPI version ${JSON.stringify(d.openapi)} (supported: 3.0.x, 3.1.x)`, '/openapi');
    return { format: 'openapi', specVersion: v };
  }
  if (d.swagger !== undefined) {
    if (String(d.swagger) !== '2.0') throw new LoadError(name, `unsupported Swagger version ${JSON.stringify(d.swagger)} (supported: 2.0)`, '/swagger');
    return { format: 'openapi', specVersion: '2.0' };
  }
  if (d.asyncapi !== undefined) {
    const v = String(d.asyncapi);
    if (!/^(2\.[0-6]|3\.[01])\.\d+$/.test(v)) throw new LoadError(name, `unsupported AsyncAPI version ${JSON.stringify(d.asyncapi)} (supported: 2.0–2.6, 3.0, 3.1)`, '/asyncapi');
    return { format: 'asyncapi', specVersion: v };
  }
  throw new LoadError(name, 'not an API description: no `openapi`, `swagger` or `asyncapi` field at the top level', '', 1);
}

function andList(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
