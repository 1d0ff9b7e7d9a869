// The worker thread of json-index-thread.ts: builds the JSON index of the bytes it is sent.
import { parentPort } from 'node:worker_threads';
import { buildJsonIndex, JSON_INDEX_WARMUP } from './json-index.js';

export interface IndexRequest {
  id: number;
  shared: SharedArrayBuffer;
  /** Where the document's bytes are in `shared`. */
  offset: number;
  length: number;
}

// A first scan of a small document that takes every branch, so the optimized code made for the first
// real document does not fall back to the interpreter (see JSON_INDEX_WARMUP).
const warmup = Buffer.from(JSON_INDEX_WARMUP, 'utf8');
const shared = new Uint8Array(new SharedArrayBuffer(warmup.length));
shared.set(warmup);
buildJsonIndex(shared);

parentPort?.on('message', ({ id, shared, offset, length }: IndexRequest) => {
  let index;
  try {
    index = buildJsonIndex(new Uint8Array(shared, offset, length));
  } catch {
    parentPort!.postMessage({ id, failed: true });
    return;
  }
  // The index's arrays are its own (never shared): hand them over instead of copying them.
  parentPort!.postMessage({ id, index }, [index.opens.buffer, index.closes.buffer, index.newlines.buffer] as ArrayBuffer[]);
});
