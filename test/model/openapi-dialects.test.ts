import { describe, expect, it } from 'vitest';
import type { Contract } from '../../src/model/types.js';
import { contractOf } from '../helpers/inline.js';

/** The parts of a Contract that must not depend on the dialect: pointers and source are left out. */
function shape(c: Contract) {
  return {
    format: c.format,
    title: c.title,
    version: c.version,
    servers: c.servers.map((s) => s.url),
    operations: [...c.operations.values()].map((op) => ({
      key: op.key,
      operationId: op.operationId,
      deprecated: op.deprecated,
      style: op.style,
      security: op.security.map((alt) => Object.fromEntries(alt)),
      parameters: [...op.parameters.values()].map((p) => ({ key: p.key, required: p.required, style: p.style, explode: p.explode })),
      requestBody: op.requestBody && { required: op.requestBody.required, content: [...op.requestBody.content.keys()] },
      responses: [...op.responses.values()].map((r) => ({ status: r.status, content: [...r.content.keys()], headers: [...r.headers.keys()] })),
    })),
  };
}

describe('Swagger 2.0 servers', () => {
  const swagger = (top: string) => `swagger: '2.0'\ninfo: { title: T, version: '1' }\n${top}paths: {}\n`;

  it('are the OpenAPI 3 URLs: one per scheme, protocol-relative without schemes, relative without host', async () => {
    expect((await contractOf(swagger('host: api.example.com\nschemes: [https, http]\nbasePath: /v1\n'))).servers).toEqual([
      { url: 'https://api.example.com/v1', pointer: '/basePath' },
      { url: 'http://api.example.com/v1', pointer: '/basePath' },
    ]);
    expect((await contractOf(swagger('host: api.example.com\n'))).servers).toEqual([{ url: '//api.example.com', pointer: '/host' }]);
    expect((await contractOf(swagger('basePath: /v1\n'))).servers).toEqual([{ url: '/v1', pointer: '/basePath' }]);
    expect((await contractOf(swagger(''))).servers).toEqual([]);
  });
});

