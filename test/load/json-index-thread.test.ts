import { describe, expect, it } from 'vitest';
// The built modules (`npm test` builds first): the worker thread runs dist/src/load/json-index-worker.js,
// which the TypeScript sources do not have beside them (run from them, indexes are built in-thread).
import { loadText } from '../../dist/src/load/index.js';
import { buildJsonIndex } from '../../dist/src/load/json-index.js';
import { fileBuffer, startJsonIndex, THREAD_MIN_BYTES } from '../../dist/src/load/json-index-thread.js';
import { readRegularFile } from '../../dist/src/load/files.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locateJson } from '../../dist/src/load/positions.js';

/** An OpenAPI document of about `bytes` bytes, pretty-printed, with non-ASCII text in it. */
function bigSpec(bytes: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (let i = 0; JSON.stringify(paths).length < bytes; i++) {
    paths[`/items${i}`] = { get: { summary: `Liste der Einträge ${i} — "quoted" \\ back`, responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string', enum: ['a', 'b:c', '{x}'] } } } } } } } } };
  }
  return { openapi: '3.0.3', info: { title: 'Big', version: '1.0.0' }, paths };
}

describe('JSON index on a worker thread', () => {
  const text = JSON.stringify(bigSpec(THREAD_MIN_BYTES * 1.5), null, 2);
  const bytes = Buffer.from(text, 'utf8');

  it('builds the same index as the main thread for a document over the threshold', async () => {
    expect(bytes.length).toBeGreaterThan(THREAD_MIN_BYTES);
    const pending = startJsonIndex(bytes);
    const threaded = await pending.index;
    pending.cancel();
    const local = buildJsonIndex(bytes);
    expect(threaded.keyCount).toBe(local.keyCount);
    expect(threaded.containers).toBe(local.containers);
    expect(Array.from(threaded.opens.subarray(0, threaded.containers))).toEqual(Array.from(local.opens.subarray(0, local.containers)));
    expect(Array.from(threaded.closes.subarray(0, threaded.containers))).toEqual(Array.from(local.closes.subarray(0, local.containers)));
  });

  it('reads a large file into shared memory, which the thread indexes where it is, up to the end of the file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'apicompat-')), 'big.json');
    writeFileSync(file, bytes);
    const read = await readRegularFile(file, 'big.json');
    // One byte more than the file's size is asked for (to see a file that grew), so the bytes are a view.
    expect(read.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(read.buffer.byteLength).toBeGreaterThan(read.length);
    expect(read.equals(bytes)).toBe(true);
    const pending = startJsonIndex(read);
    const threaded = await pending.index;
    expect(threaded.keyCount).toBe(buildJsonIndex(bytes).keyCount);
    expect(threaded.newlineCount).toBe(buildJsonIndex(bytes).newlineCount);
  });

  it('indexes only the bytes of the document when they sit inside a larger shared buffer', async () => {
    const sab = new SharedArrayBuffer(bytes.length + 10);
    new Uint8Array(sab).fill(0x5b); // `[` around the document: read by mistake, they would open containers
    const view = new Uint8Array(sab, 5, bytes.length);
    view.set(bytes);
    const threaded = await startJsonIndex(view).index;
    const local = buildJsonIndex(bytes);
    expect(threaded.containers).toBe(local.containers);
    expect(Array.from(threaded.opens.subarray(0, threaded.containers))).toEqual(Array.from(local.opens.subarray(0, local.containers)));
  });

  it('reads a small file into ordinary memory (it is indexed on the calling thread)', () => {
    expect(fileBuffer(THREAD_MIN_BYTES - 1).buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(fileBuffer(THREAD_MIN_BYTES).buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('gives up a job cancelled before it finished, without building it here, and still serves the next one', async () => {
    const pending = startJsonIndex(bytes);
    pending.cancel();
    await expect(pending.index).rejects.toThrow(/no longer wanted/);
    const next = startJsonIndex(bytes);
    expect((await next.index).keyCount).toBe(buildJsonIndex(bytes).keyCount);
    next.cancel(); // after it answered: nothing to do
  });

  it('finds a duplicated key in a large document, with its line', async () => {
    const dup = text.replace('"/items7": {', '"/items7": {\n    "get": {},');
    expect(dup).not.toBe(text);
    // "/items7" on line L, the inserted "get" on L+1, the original (second, reported) one on L+2.
    const line = dup.slice(0, dup.indexOf('"/items7": {')).split('\n').length + 2;
    await expect(loadText({ name: 'big.json', text: dup, bytes: Buffer.from(dup, 'utf8') })).rejects.toMatchObject({ detail: 'invalid JSON: duplicated key "get"' });
    const err = await loadText({ name: 'big.json', text: dup }).catch((e: unknown) => e as { line?: number });
    expect(err.line).toBe(line);
  });

  it('names the object holding a dangling $ref in a large document (the scan lists refs without their places)', async () => {
    const bad = text.replace('"/items5": {', '"/items5": {\n    "$ref": "#/components/pathItems/missing",');
    expect(bad).not.toBe(text);
    const err = await loadText({ name: 'big.json', text: bad, bytes: Buffer.from(bad, 'utf8') }).catch((e: unknown) => e as { detail?: string; pointer?: string; line?: number });
    expect(err).toMatchObject({ detail: '$ref "#/components/pathItems/missing" points at nothing', pointer: '/paths/~1items5' });
    expect(err.line).toBe(bad.slice(0, bad.indexOf('"/items5"')).split('\n').length);
  });

  it('reports a bad escape in a key of a large document as invalid JSON (the scan on the thread must not fail first)', async () => {
    const bad = text.replace('"/items11": {', '"/items11\\q": {');
    expect(bad).not.toBe(text);
    await expect(loadText({ name: 'big.json', text: bad, bytes: Buffer.from(bad, 'utf8') })).rejects.toMatchObject({ detail: 'invalid JSON: Bad escaped character' });
    expect(() => buildJsonIndex(Buffer.from(bad, 'utf8'))).not.toThrow();
  });

  it('refuses a key repeated under another spelling in a large document', async () => {
    const dup = text.replace('"/items9": {', '"/items9": {\n    "\\u0067et": {},');
    expect(dup).not.toBe(text);
    await expect(loadText({ name: 'big.json', text: dup, bytes: Buffer.from(dup, 'utf8') })).rejects.toMatchObject({ detail: 'invalid JSON: duplicated key "get"' });
  });

  it('locates lines in a large document loaded from bytes', async () => {
    const doc = await loadText({ name: 'big.json', text, bytes });
    const lines = doc.locate(['/paths/~1items3/get/summary', '/info/version']);
    const expected = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(lines.get('/info/version')).toBe(expected('"version"'));
    expect(lines.get('/paths/~1items3/get/summary')).toBe(text.slice(0, text.indexOf('"summary"', text.indexOf('"/items3"'))).split('\n').length);
  });
});

describe('JSON locator on a large compact document', () => {
  it('reads each key within its own quotes (a search for a backslash must not run on to the end of the text)', () => {
    // 20,000 members of one wanted container in 20 MB without a single backslash: a search to the end
    // of the text per key would read terabytes and time out.
    const members = Array.from({ length: 20_000 }, (_, i) => `"k${i}":"${'x'.repeat(1000)}"`);
    const text = `{"paths":{${members.join(',')}}}`;
    const lines = locateJson(text, new Set(['', '/paths', '/paths/k19999']));
    expect(lines.get('/paths/k19999')).toBe(1);
  }, 10_000);
});
