import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildJsonIndex, type JsonIndex } from './json-index.js';
import type { IndexRequest } from './json-index-worker.js';

/** Below this the index takes a few milliseconds: not worth a thread. */
export const THREAD_MIN_BYTES = 1 << 20;

/** An idle worker is stopped after this long (a library caller may load documents for hours). */
const IDLE_MS = 2000;

/**
 * The worker module, beside this one: in dist/src/load after tsc, and next to each bundle (the CLI's
 * dist/cli.mjs and the Action's dist-action/index.js; scripts/bundle.mjs builds it there). Run from the
 * TypeScript sources (tests), there is none, and indexes are built on the calling thread.
 */
const WORKER_URL = new URL('./json-index-worker.js', import.meta.url);
let workerShipped: boolean | undefined;

export interface PendingIndex {
  /** The bytes being indexed (the index's offsets are into them). */
  bytes: Uint8Array;
  index: Promise<JsonIndex>;
  /** Says the index is no longer wanted (the text was YAML, or loading failed); a job not done yet then rejects. */
  cancel(): void;
}

/**
 * One worker thread indexes every large document, one after the other, while the main thread parses
 * them: on GitHub's 12 MB spec the index takes ~40 ms warm but twice that in a fresh thread, so the
 * second document of a pair goes to the thread the first one warmed up. An idle worker does not keep
 * the process alive, and stops after a while. Any trouble with it falls back to building the index here.
 */
class IndexThread {
  private worker: Worker | undefined;
  private jobs = new Map<number, { resolve: (i: JsonIndex) => void; fallback: () => void; cancel: () => void }>();
  private nextId = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;

  start(bytes: Uint8Array): PendingIndex {
    const id = this.nextId++;
    const index = new Promise<JsonIndex>((resolve, reject) => {
      let settled = false;
      /** Ends the job once, whichever way: the thread's answer, one built here, an error or a cancel. */
      const end = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        this.finished(id);
        outcome();
      };
      const fallback = () => {
        if (settled) return;
        let built: JsonIndex;
        try {
          built = buildJsonIndex(bytes);
        } catch (e) {
          return end(() => reject(e));
        }
        end(() => resolve(built));
      };
      try {
        const { shared, offset } = inSharedMemory(bytes);
        const worker = this.ensureWorker();
        // On a cancel, the thread's answer, when it comes, finds no job.
        this.jobs.set(id, { resolve: (i) => end(() => resolve(i)), fallback, cancel: () => end(() => reject(new Error('JSON index no longer wanted'))) });
        worker.ref(); // while a job waits: an unreferenced thread would let the process exit under it
        worker.postMessage({ id, shared, offset, length: bytes.length } satisfies IndexRequest);
      } catch {
        fallback();
      }
    });
    index.catch(() => {}); // a failure matters only to a caller that awaits the index, and it sees it
    return { bytes, index, cancel: () => this.jobs.get(id)?.cancel() };
  }

  private ensureWorker(): Worker {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_URL);
    worker.unref();
    worker.on('message', ({ id, index }: { id: number; index?: JsonIndex }) => {
      const job = this.jobs.get(id);
      if (index) job?.resolve(index);
      else job?.fallback();
    });
    const fail = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      // Each waiting job builds its index here instead.
      for (const job of [...this.jobs.values()]) job.fallback();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    this.worker = worker;
    return worker;
  }

  /** Boots the worker ahead of its first job; unused, it stops like an idle one. */
  warm(): void {
    if (this.worker) return;
    this.ensureWorker();
    this.scheduleStop();
  }

  private finished(id: number): void {
    this.jobs.delete(id);
    if (this.jobs.size > 0 || !this.worker) return;
    this.scheduleStop();
  }

  private scheduleStop(): void {
    const worker = this.worker!;
    worker.unref();
    this.idle = setTimeout(() => {
      if (this.worker !== worker || this.jobs.size > 0) return;
      this.worker = undefined;
      void worker.terminate();
    }, IDLE_MS);
    this.idle.unref?.();
  }
}

const thread = new IndexThread();

/** The bytes where the thread can read them: where they are when they were read into shared memory, else a copy. */
function inSharedMemory(bytes: Uint8Array): { shared: SharedArrayBuffer; offset: number } {
  if (bytes.buffer instanceof SharedArrayBuffer) return { shared: bytes.buffer, offset: bytes.byteOffset };
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return { shared, offset: 0 };
}

/**
 * A buffer to read a file of `size` bytes into. One large enough to be indexed on the thread is made in
 * shared memory, which the thread reads as it is: copying GitHub's 13 MB spec there cost ~7 ms per document.
 */
export function fileBuffer(size: number): Buffer {
  return size >= THREAD_MIN_BYTES ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
}

/**
 * Starts the index thread before a large JSON document is read: a fresh thread takes tens of
 * milliseconds to boot and warm up, which the reads cover instead of the wait for the index.
 */
export function warmIndexThread(): void {
  workerShipped ??= existsSync(fileURLToPath(WORKER_URL));
  if (workerShipped) thread.warm();
}

/**
 * The JSON index of a document: built on the worker thread for a large one, here for a small one.
 */
export function startJsonIndex(bytes: Uint8Array): PendingIndex {
  workerShipped ??= existsSync(fileURLToPath(WORKER_URL));
  if (bytes.length < THREAD_MIN_BYTES || !workerShipped) {
    const index = Promise.resolve().then(() => buildJsonIndex(bytes));
    index.catch(() => {}); // as for a thread's job
    return { bytes, index, cancel: () => {} };
  }
  return thread.start(bytes);
}
