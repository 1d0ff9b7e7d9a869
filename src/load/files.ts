import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { LoadError } from '../errors.js';
import { fileBuffer } from './json-index-thread.js';
import { MAX_SOURCE_BYTES, MAX_SOURCE_MB } from './limits.js';

/**
 * Reads a regular file of at most MAX_SOURCE_BYTES. Anything else is refused before a byte is read: a
 * FIFO would block for ever, a device (`/dev/zero`, `/dev/urandom`) reports size 0 and never ends. The
 * file is opened without blocking (a FIFO's open waits for a writer otherwise) and checked through its
 * descriptor, so what is checked is what is read. `shown` names it in errors.
 */
export async function readRegularFile(file: string, shown: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openError(shown, e as NodeJS.ErrnoException);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new LoadError(shown, `${notRegular(st)}, not a spec file; refused`);
    if (st.size > MAX_SOURCE_BYTES) throw tooLarge(shown);
    // The size is a hint only: the file may grow while it is read, so the limit holds on what arrives.
    const buf = fileBuffer(Math.min(st.size + 1, MAX_SOURCE_BYTES + 1));
    let filled = 0;
    for (;;) {
      if (filled === buf.length) {
        if (buf.length > MAX_SOURCE_BYTES) throw tooLarge(shown);
        return Buffer.concat([buf, await readRest(handle, shown, filled)]);
      }
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) return buf.subarray(0, filled);
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** What grew past the size the file had when it was opened. */
async function readRest(handle: import('node:fs/promises').FileHandle, shown: string, from: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = from;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
    if (bytesRead === 0) return Buffer.concat(chunks);
    total += bytesRead;
    if (total > MAX_SOURCE_BYTES) throw tooLarge(shown);
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

/** Reads a stream (stdin) to its end, refusing it as soon as it passes MAX_SOURCE_BYTES. */
export async function readBoundedStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, shown: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    total += buf.length;
    if (total > MAX_SOURCE_BYTES) {
      stream.destroy?.();
      throw tooLarge(shown, 'input');
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function tooLarge(shown: string, what = 'file'): LoadError {
  return new LoadError(shown, `${what} is larger than ${MAX_SOURCE_MB} MB; refused`);
}

function notRegular(st: Stats): string {
  if (st.isDirectory()) return 'is a directory';
  if (st.isFIFO()) return 'is a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'is a character device';
  if (st.isBlockDevice()) return 'is a block device';
  if (st.isSocket()) return 'is a socket';
  return 'is not a regular file';
}

/** A source or `$ref` target that does not exist (a `REF:path` source is then read from git instead). */
export class FileNotFoundError extends LoadError {
  constructor(shown: string) {
    super(shown, 'file not found');
  }
}

export function openError(shown: string, e: NodeJS.ErrnoException): LoadError {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return new FileNotFoundError(shown);
  if (e.code === 'EISDIR') return new LoadError(shown, 'is a directory, not a spec file; refused');
  if (e.code === 'EACCES' || e.code === 'EPERM') return new LoadError(shown, 'cannot read file (permission denied)');
  return new LoadError(shown, `cannot read file (${e.code ?? e.message})`);
}
