import { statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { LoadError } from '../errors.js';
import { detectFormat, type Format } from './detect.js';
import { checkExpansion } from './expansion.js';
import { assertNoDuplicateKeys, parseText, startsLikeJson, startsLikeJsonBytes, type Parsed, type Syntax } from './parse.js';
import { createLineLocator, nearestLine, type LineLocator } from './positions.js';
import { withAncestors } from './pointer.js';
import { startJsonIndex, THREAD_MIN_BYTES, warmIndexThread, type PendingIndex } from './json-index-thread.js';
import { isHttpUrl } from './http.js';
import { MAX_DEPTH } from './limits.js';
import { bundleExternalRefs, checkLocalRefs, localRefsResolve, RefResolver, walkDocument, type RefSite } from './refs.js';
import { readSource, type SourceText } from './source.js';

export interface LoadOptions {
  cwd?: string;
  /** Follow `http(s)` `$ref`s. Off by default: spec text is untrusted. */
  allowRemoteRefs?: boolean;
  /** With allowRemoteRefs, also follow refs to localhost and private networks (off: SSRF from CI runners). */
  allowPrivateRefs?: boolean;
  /** Run the format's full schema validation (slow on large specs). */
  validate?: boolean;
  /** Supplies stdin for the `-` source (tests, embedding): its bytes or text. */
  stdin?: () => Promise<string | Uint8Array>;
  /** Milliseconds a URL source or a remote `$ref` may take to arrive, redirects included (default 30,000). */
  fetchTimeout?: number;
}

export interface LoadedDocument {
  /** Display name: the path, `REF:path`, the URL or `<stdin>`. */
  name: string;
  syntax: Syntax;
  format: Format;
  specVersion: string;
  doc: Record<string, unknown>;
  refs: RefResolver;
  /** Lines of JSON pointers in the original text; lazy. */
  locate: LineLocator;
  /** What validation found that does not stop the comparison (AsyncAPI: an invalid binding, an unused channel parameter). */
  diagnostics?: Diagnostic[];
}

export async function loadDocument(source: string, opts: LoadOptions = {}): Promise<LoadedDocument> {
  return (await loadDocuments([source], opts))[0]!;
}

/**
 * Reads, parses and checks the sources (the two sides of a comparison): the load stage in one call.
 * Their work overlaps: each JSON text goes to the index thread as soon as it is read, and this thread
 * parses every text before it waits for any index. Errors come in the order of the sources, as loading
 * them one by one would give them.
 */
export async function loadDocuments(sources: readonly string[], opts: LoadOptions = {}): Promise<LoadedDocument[]> {
  const pending: Array<PendingIndex | undefined> = [];
  try {
    warmIndexThreadFor(sources, opts.cwd);
    const read = await Promise.allSettled(
      sources.map(async (source, i) => {
        // UTF-8 JSON goes to the index thread as soon as it is read; its text is decoded meanwhile.
        const onBytes = (bytes: Uint8Array) => void (startsLikeJsonBytes(bytes) && (pending[i] = startJsonIndex(bytes)));
        const src = await readSource(source, { ...opts, onBytes });
        pending[i] ??= jsonIndexFor(src);
        return src;
      }),
    );
    const texts = read.map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    });
    const parsed = texts.map((src) => {
      try {
        return parseText(src.name, src.text);
      } catch (e) {
        return e as Error;
      }
    });
    const out: LoadedDocument[] = [];
    for (const [i, src] of texts.entries()) {
      const p = parsed[i]!;
      if (p instanceof Error) throw p;
      out.push(await checkDocument(src, p, pending[i], opts));
    }
    return out;
  } finally {
    for (const p of pending) p?.cancel();
  }
}

/**
 * Boots the index thread while the files are read when one of them is large enough to be indexed there
 * (a YAML file by its name is not): the boot then costs the wait for the index nothing. Only the size is
 * looked at; what cannot be statted (git and stdin sources, missing files) is left to the read to report.
 */
function warmIndexThreadFor(sources: readonly string[], cwd = process.cwd()): void {
  for (const source of sources) {
    if (source === '-' || /\.ya?ml$/i.test(source) || isHttpUrl(source)) continue;
    try {
      if (statSync(path.resolve(cwd, source)).size >= THREAD_MIN_BYTES) return warmIndexThread();
    } catch {
      // not a file here
    }
  }
}

/** Loads text already in hand (tests, embedding). */
export async function loadText(src: SourceText, opts: LoadOptions = {}): Promise<LoadedDocument> {
  const pending = jsonIndexFor(src);
  try {
    return await checkDocument(src, parseText(src.name, src.text), pending, opts);
  } finally {
    pending?.cancel();
  }
}

/** The index job for a source that looks like JSON: of its bytes, or of its text's UTF-8 when it came without. */
function jsonIndexFor(src: SourceText): PendingIndex | undefined {
  return startsLikeJson(src.text) ? startJsonIndex(src.bytes ?? Buffer.from(src.text, 'utf8')) : undefined;
}

/** The checks of a parsed document; `pending` is its text's index job (see jsonIndexFor), if JSON. */
async function checkDocument(src: SourceText, parsed: Parsed, pending: PendingIndex | undefined, opts: LoadOptions): Promise<LoadedDocument> {
  const { syntax, value } = parsed;
  // JSON text was indexed (on the thread) and that scan listed its `$ref`s, repeated keys and depth;
  // the parsed value is walked only for YAML, or to say where a problem the scan found is.
  const index = syntax === 'json' && pending ? await pending.index : undefined;
  const locate = createLineLocator(src.text, syntax, index && { bytes: pending!.bytes, index });
  let walked: RefSite[] | undefined;
  const sites = (): RefSite[] => (walked ??= walkDocument(value, syntax === 'yaml', src.name).refs);
  try {
    if (!index || index.depth >= MAX_DEPTH) sites(); // enforces MAX_DEPTH
    if (index?.maybeDuplicate) assertNoDuplicateKeys(src.name, src.text);
    const detected = detectFormat(src.name, value);
    // JSON has no aliases: every node is already counted in the text's size.
    if (syntax === 'yaml') checkExpansion(src.name, value);
    let doc = value as Record<string, unknown>;
    if (!index || index.refs.some((r) => !r.startsWith('#'))) doc = (await bundleExternalRefs(src, doc, sites(), opts)) as Record<string, unknown>;
    if (doc !== value) checkLocalRefs(src.name, doc, walkDocument(doc, true, src.name).refs);
    else if (!index || !localRefsResolve(doc, index.refs)) checkLocalRefs(src.name, doc, sites());
    if (opts.validate) await validate(src.name, detected.format, doc);
    const loaded: LoadedDocument = {
      name: src.name,
      syntax,
      format: detected.format,
      specVersion: detected.specVersion,
      doc,
      refs: new RefResolver(src.name, doc),
      locate,
    };
    // AsyncAPI is always checked against its official JSON Schema (imported lazily, so OpenAPI runs never load
    // it); `validate` adds the rules of @asyncapi/parser.
    if (detected.format === 'asyncapi') {
      const diagnostics = await (await import('./asyncapi.js')).validateAsyncApi(loaded, { full: opts.validate === true });
      if (diagnostics.length) loaded.diagnostics = diagnostics;
    }
    return loaded;
  } catch (e) {
    throw e instanceof LoadError ? withLine(e, locate) : e;
  } finally {
    src.folder?.close?.();
  }
}

/** Adds the source line to an error that names only a JSON pointer. */
export function withLine(e: LoadError, locate: LineLocator): LoadError {
  if (e.line !== undefined || e.pointer === undefined) return e;
  let line: number | undefined;
  try {
    line = nearestLine(locate(withAncestors([e.pointer])), e.pointer);
  } catch {
    return e; // positions are a courtesy; the error itself must get through
  }
  return line === undefined ? e : new LoadError(e.file, e.detail, e.pointer, line);
}


async function validate(name: string, format: Format, doc: object): Promise<void> {
  if (format !== 'openapi') return;
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  try {
    await SwaggerParser.validate(structuredClone(doc) as never, { resolve: { external: false, http: false } } as never);
  } catch (e) {
    const msg = (e as Error).message.split('\n').filter(Boolean);
    throw new LoadError(name, `invalid ${format === 'openapi' ? 'OpenAPI' : format} document: ${msg.slice(0, 2).join(' ').slice(0, 400)}`);
  }
}

export type { Format } from './detect.js';
export type { Syntax } from './parse.js';
