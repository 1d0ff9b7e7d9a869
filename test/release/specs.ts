import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A tiny OpenAPI 3.0 document: one `POST /orders` whose request body has the given properties. */
export function ordersSpec(version: string, opts: { required?: string[]; props?: Record<string, object>; extraPath?: boolean } = {}): string {
  const props = opts.props ?? { item: { type: 'string' } };
  const doc = {
    openapi: '3.0.3',
    info: { title: 'Orders', version },
    servers: [{ url: 'https://api.example.com/v1' }],
    paths: {
      '/orders': {
        post: {
          operationId: 'createOrder',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: opts.required ?? ['item'], properties: props } } } },
          responses: { '201': { description: 'Created', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } } },
        },
      },
      ...(opts.extraPath ? { '/orders/{id}/cancel': { post: { operationId: 'cancelOrder', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '202': { description: 'Accepted' } } } } } : {}),
    },
  };
  return JSON.stringify(doc, null, 2);
}

const made: string[] = [];

/** A fresh temp folder, removed by `removeTempDirs` (call it in afterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files into a fresh temp folder and returns their paths. */
export function writeSpecs(files: Record<string, string>): { dir: string; paths: Record<string, string> } {
  const dir = tempDir('apicompat-release-');
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    paths[name] = path.join(dir, name);
    writeFileSync(paths[name]!, text);
  }
  return { dir, paths };
}
