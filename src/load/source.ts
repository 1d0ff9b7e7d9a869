import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LoadError } from '../errors.js';

/** Raw text of one spec source plus the folder its relative `$ref`s resolve against. */
export interface SourceText {
  /** Display name used in every message and finding: the path, `REF:path` or `<stdin>`. */
  name: string;
  text: string;
  /** The UTF-8 bytes `text` was decoded from, when the source gave bytes (JSON positions are found in them). */
  bytes?: Uint8Array;
  /** Folder on disk that relative `$ref`s resolve against and may not leave; undefined for stdin and git. */
  rootDir?: string;
  /** Path on disk, when the source is a plain file. */
  filePath?: string;
}

const MAX_BYTES = 64 * 1024 * 1024;

/** `REF:path` (e.g. `origin/main:openapi.yaml`) or `git:REF:path`, but not a Windows drive letter. */
export function parseGitSource(source: string): { ref: string; file: string } | undefined {
  const s = source.startsWith('git:') ? source.slice(4) : source;
  const m = /^([^:]{2,}):(.+)$/.exec(s);
  if (!m) return undefined;
  return { ref: m[1]!, file: m[2]! };
}

export interface ReadOptions {
  cwd?: string;
  stdin?: () => Promise<string>;
  /** Called with the raw bytes of a file or git source before they are decoded (to start work on them early). */
  onBytes?: (bytes: Uint8Array) => void;
}

export async function readSource(source: string, opts: ReadOptions = {}): Promise<SourceText> {
  const cwd = opts.cwd ?? process.cwd();
  if (source === '-') {
    const text = await (opts.stdin ?? readStdin)();
    return { name: '<stdin>', text };
  }
  const abs = path.resolve(cwd, source);
  const onDisk = await readFile(abs).catch((e: NodeJS.ErrnoException) => e);
  if (Buffer.isBuffer(onDisk)) {
    if (onDisk.length > MAX_BYTES) throw new LoadError(source, `file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    opts.onBytes?.(onDisk);
    return { name: source, text: decode(source, onDisk), bytes: onDisk, rootDir: path.dirname(abs), filePath: abs };
  }
  const git = parseGitSource(source);
  if (git && onDisk.code === 'ENOENT') return readGit(source, git.ref, git.file, cwd, opts.onBytes);
  if (onDisk.code === 'ENOENT') throw new LoadError(source, 'file not found');
  if (onDisk.code === 'EISDIR') throw new LoadError(source, 'is a directory, not a spec file');
  throw new LoadError(source, `cannot read file (${onDisk.code ?? onDisk.message})`);
}

function decode(name: string, buf: Buffer): string {
  // A NUL byte in the first 8 KB means a binary file, not YAML or JSON.
  const nul = buf.subarray(0, 8192).indexOf(0);
  if (nul !== -1) {
    const line = buf.subarray(0, nul).toString('latin1').split('\n').length;
    throw new LoadError(name, `binary file, expected YAML or JSON text (NUL byte at offset ${nul})`, undefined, line);
  }
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readGit(name: string, ref: string, file: string, cwd: string, onBytes?: (bytes: Uint8Array) => void): Promise<SourceText> {
  const spec = `${ref}:${file}`;
  return new Promise((resolve, reject) => {
    execFile('git', ['show', '--no-textconv', spec], { cwd, maxBuffer: MAX_BYTES, encoding: 'buffer' }, (err, stdout, stderr) => {
      if (err) {
        const why = stderr.toString('utf8').trim().split('\n')[0] || err.message;
        reject(new LoadError(name, `cannot read from git: ${why}`));
        return;
      }
      try {
        onBytes?.(stdout);
        resolve({ name, text: decode(name, stdout), bytes: stdout });
      } catch (e) {
        reject(e);
      }
    });
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decode('<stdin>', Buffer.concat(chunks));
}
