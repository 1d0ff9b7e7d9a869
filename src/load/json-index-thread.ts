import { Worker } from 'node:worker_threads';
import { buildJsonIndex, type JsonIndex } from './json-index.js';

/** Below this the index takes a few milliseconds: not worth a thread. */
export const THREAD_MIN_BYTES = 1 << 20;

// The scanner's own source, run in a worker: no second copy to keep in step, and no separate file for
// the CLI and Action bundles to ship. buildJsonIndex is written to have no free variables for this.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const build = ${buildJsonIndex.toString()};
const index = build(new Uint8Array(workerData));
parentPort.postMessage(index, [index.opens.buffer, index.closes.buffer]);
`;

export interface PendingIndex {
  index: Promise<JsonIndex>;
  /** Stops the thread when the index is no longer wanted (the text was YAML, or loading failed). */
  cancel(): void;
}

/**
 * Builds the JSON index of a large document in a worker thread, while the main thread parses and
 * walks the same text: on GitHub's 12 MB spec that takes the index's ~60-75 ms per document off the
 * critical path. Any trouble with the thread falls back to building the index here.
 */
export function startJsonIndex(bytes: Uint8Array): PendingIndex {
  if (bytes.length < THREAD_MIN_BYTES) {
    return { index: Promise.resolve().then(() => buildJsonIndex(bytes)), cancel: () => {} };
  }
  let worker: Worker | undefined;
  const index = new Promise<JsonIndex>((resolve) => {
    let settled = false;
    const fallback = () => {
      if (settled) return;
      settled = true;
      resolve(buildJsonIndex(bytes));
    };
    try {
      const shared = new SharedArrayBuffer(bytes.length);
      new Uint8Array(shared).set(bytes);
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
    } catch {
      fallback();
      return;
    }
    worker.once('message', (result: JsonIndex) => {
      settled = true;
      resolve(result);
    });
    worker.once('error', fallback);
    worker.once('exit', fallback);
  });
  return {
    index,
    cancel: () => {
      void worker?.terminate();
    },
  };
}
