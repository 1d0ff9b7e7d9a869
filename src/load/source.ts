import path from 'node:path';
import { LoadError } from '../errors.js';
import { FileNotFoundError, readBoundedStream, tooLarge } from './files.js';
import { GitTreeFolder } from './git-tree.js';
import { fetchBounded, isHttpUrl } from './http.js';
import { DEFAULT_FETCH_TIMEOUT_MS, MAX_SOURCE_BYTES } from './limits.js';
import { SpecFolder, type SourceFolder } from './sandbox.js';

/** Raw text of one spec source plus the folder its relative `$ref`s resolve against. */
export interface SourceText {
  /** Display name used in every message and finding: the path, `REF:path`, the URL or `<stdin>`. */
  name: string;
  text: string;
  /** The UTF-8 bytes `text` was decoded from, when the source gave bytes (JSON positions are found in them). */
  bytes?: Uint8Array;
  /** The folder relative `$ref`s may read from (on disk, or in the git revision); undefined for stdin and URLs. */
  folder?: SourceFolder;
  /** Absolute path of the file (for `REF:path`, where it would be checked out), when the source has a folder. */
  filePath?: string;
  /** For a URL source: the URL its bytes came from (after redirects), which its relative `$ref`s resolve against. */
  url?: string;
}

/** `file://…`, `ftp://…`: a URL apicompat does not fetch, rather than a git revision named `file` (tree paths never start with `/`). */
const OTHER_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `REF:path` (e.g. `origin/main:openapi.yaml`) or `git:REF:path`, but not a Windows drive letter or a URL. */
export function parseGitSource(source: string): { ref: string; file: string } | undefined {
  if (isHttpUrl(source)) return undefined;
  const s = source.startsWith('git:') ? source.slice(4) : source;
  const m = /^([^:]{2,}):(.+)$/.exec(s);
  if (!m) return undefined;
  return { ref: m[1]!, file: m[2]! };
}

export interface ReadOptions {
  cwd?: string;
  /** Supplies stdin for the `-` source (tests, embedding); bytes or text. */
  stdin?: () => Promise<string | Uint8Array>;
  /** Called with a file's bytes as soon as they are read, before they are decoded (to start work on them early). */
  onBytes?: (bytes: Uint8Array) => void;
  /** Milliseconds a URL source may take to arrive (default DEFAULT_FETCH_TIMEOUT_MS). */
  fetchTimeout?: number;
}

/**
 * Reads one source: a file (regular files only, symbolic links only to files inside its own folder),
 * `-` for stdin, an http(s) URL, or `REF:path` from git. Every source is held to MAX_SOURCE_BYTES while
 * it is read.
 */
export async function readSource(source: string, opts: ReadOptions = {}): Promise<SourceText> {
  const cwd = opts.cwd ?? process.cwd();
  if (source === '-') return readStdinSource(opts.stdin);
  if (isHttpUrl(source)) return readUrl(source, opts);
  const abs = path.resolve(cwd, source);
  let folder: SpecFolder;
  let bytes: Uint8Array;
  try {
    folder = await SpecFolder.of(abs, source);
    bytes = await folder.read(abs, source, () => new LoadError(source, "is a symbolic link to a file outside the spec's folder; refused"));
  } catch (e) {
    if (e instanceof FileNotFoundError && OTHER_URL.test(source)) throw new LoadError(source, 'is not a file, and only http:// and https:// URLs are fetched');
    const git = parseGitSource(source);
    if (git && e instanceof FileNotFoundError) return readGit(source, git.ref, git.file, cwd);
    throw e;
  }
  opts.onBytes?.(bytes);
  return { name: source, ...decodeSource(source, bytes), folder, filePath: abs };
}

async function readStdinSource(stdin: ReadOptions['stdin']): Promise<SourceText> {
  const name = '<stdin>';
  const given = stdin ? await stdin() : await readBoundedStream(process.stdin, name);
  const raw = typeof given === 'string' ? Buffer.from(given, 'utf8') : given;
  if (raw.byteLength > MAX_SOURCE_BYTES) throw tooLarge(name, 'input');
  return { name, ...decodeSource(name, raw) };
}

/**
 * The text of a source's bytes, and its UTF-8 bytes (for the JSON index): UTF-8 (with or without a byte
 * order mark), or UTF-16 with a byte order mark, which is decoded and re-encoded. Bytes that are neither
 * are refused with a line naming what they look like.
 */
export function decodeSource(name: string, bytes: Uint8Array): { text: string; bytes: Uint8Array } {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) throw new LoadError(name, 'UTF-32 is not supported, save the file as UTF-8', undefined, 1);
  const utf16 = buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : undefined;
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(buf.subarray(2));
    } catch {
      throw new LoadError(name, `invalid ${utf16.toUpperCase()} text; save the file as UTF-8`, undefined, 1);
    }
    refuseNul(name, text);
    return { text, bytes: Buffer.from(text, 'utf8') };
  }
  // A NUL byte in the first 8 KB means a binary file (or UTF-16 without a byte order mark), not YAML or JSON.
  const nul = buf.subarray(0, 8192).indexOf(0);
  if (nul !== -1) {
    if (looksLikeUtf16(buf)) throw new LoadError(name, 'looks like UTF-16 without a byte order mark; UTF-16 is read only with one: save the file as UTF-8', undefined, 1);
    const line = buf.subarray(0, nul).toString('latin1').split('\n').length;
    throw new LoadError(name, `binary file, expected YAML or JSON text (NUL byte at offset ${nul})`, undefined, line);
  }
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bytes: buf.subarray(3) } : { text, bytes: buf };
}

/** ASCII text in UTF-16: every other byte of the first few characters is NUL. */
function looksLikeUtf16(buf: Buffer): boolean {
  const n = Math.min(buf.length, 64) & ~1;
  if (n < 4) return false;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    if (buf[i + 1] !== 0 || buf[i] === 0) le = false;
    if (buf[i] !== 0 || buf[i + 1] === 0) be = false;
  }
  return le || be;
}

function refuseNul(name: string, text: string): void {
  const nul = text.slice(0, 8192).indexOf('\0');
  if (nul !== -1) throw new LoadError(name, `binary file, expected YAML or JSON text (NUL character at offset ${nul})`, undefined, text.slice(0, nul).split('\n').length);
}

/**
 * A URL the user typed is trusted, localhost included (its `$ref`s are not: see bundleExternalRefs). The
 * format is told from the content, whatever the Content-Type says.
 */
async function readUrl(url: string, opts: ReadOptions): Promise<SourceText> {
  if (!URL.canParse(url)) throw new LoadError(url, 'is not a valid URL');
  const { username, password } = new URL(url);
  // Messages and findings name the source: a password in it would be printed everywhere.
  if (username || password) throw new LoadError(url.replace(/^(https?:\/\/)[^@/]*@/i, '$1***@'), 'a user name or password in the URL is not supported (it would be printed wherever the source is named); serve the spec without credentials, or download it first');
  const fetched = await fetchBounded(url, url, { timeoutMs: opts.fetchTimeout ?? DEFAULT_FETCH_TIMEOUT_MS });
  // A web page where the raw file was meant (a repository's file view, a login page) says so plainly.
  if (/html/i.test(fetched.contentType ?? '') && /^\s*</.test(fetched.bytes.subarray(0, 512).toString('latin1'))) {
    throw new LoadError(url, `the server sent a web page (${fetched.contentType}), not YAML or JSON; use the URL of the raw file`);
  }
  opts.onBytes?.(fetched.bytes);
  return { name: url, ...decodeSource(url, fetched.bytes), url: fetched.url };
}

/** `REF:path`: the spec from that revision, and its folder in the same tree for its relative `$ref`s. */
async function readGit(name: string, ref: string, file: string, cwd: string): Promise<SourceText> {
  const folder = GitTreeFolder.of(cwd, ref, file);
  const bytes = await folder.readSpec(name, file);
  return { name, ...decodeSource(name, bytes), folder, filePath: path.join(folder.root, file.slice(file.lastIndexOf('/') + 1)) };
}
