import { LoadError } from '../errors.js';
import { detectFormat, type Format } from './detect.js';
import { checkExpansion } from './expansion.js';
import { assertNoDuplicateKeys, parseText, startsLikeJson, startsLikeJsonBytes, type Parsed, type Syntax } from './parse.js';
import { createLineLocator, nearestLine, type LineLocator } from './positions.js';
import { withAncestors } from './pointer.js';
import { startJsonIndex, type PendingIndex } from './json-index-thread.js';
import { bundleExternalRefs, checkLocalRefs, localRefsResolve, MAX_DEPTH, RefResolver, walkDocument, type RefSite } from './refs.js';
import { readSource, type SourceText } from './source.js';

export interface LoadOptions {
  cwd?: string;
  /** Follow `http(s)` `$ref`s. Off by default: spec text is untrusted. */
  allowRemoteRefs?: boolean;
  /** With allowRemoteRefs, also follow refs to localhost and private networks (off: SSRF from CI runners). */
  allowPrivateRefs?: boolean;
  /** Run the format's full schema validation (slow on large specs). */
  validate?: boolean;
  /** Supplies stdin for the `-` source (tests, embedding). */
  stdin?: () => Promise<string>;
}

export interface LoadedDocument {
  /** Display name: the path, `REF:path` or `<stdin>`. */
  name: string;
  syntax: Syntax;
  format: Format;
  specVersion: string;
  doc: Record<string, unknown>;
  refs: RefResolver;
  /** Lines of JSON pointers in the original text; lazy. */
  locate: LineLocator;
}

export async function loadDocument(source: string, opts: LoadOptions = {}): Promise<LoadedDocument> {
  return (await loadDocuments([source], opts))[0]!;
}

/**
 * Loads several documents (the two sides of a comparison) so that their work overlaps: every JSON
 * file goes to the index thread as soon as its bytes are read, before this thread decodes and parses
 * any of them, so the thread's scans run while this one parses.
 */
export async function loadDocuments(sources: readonly string[], opts: LoadOptions = {}): Promise<LoadedDocument[]> {
  const prepared = await prepareDocuments(sources, opts);
  const out: LoadedDocument[] = [];
  try {
    for (const p of prepared) out.push(await p.finish());
  } finally {
    for (const p of prepared) p.abandon();
  }
  return out;
}

/** A document read and parsed, whose checks against its text's index may still be running. */
export interface PreparedDocument {
  /**
   * The document as it will be once checked, handed out early so that work on it can overlap the
   * index thread: a JSON OpenAPI document loaded without `validate`. It is the loaded document only
   * if `finish()` resolves to this same object (it then also has its line locator); else it is void.
   */
  early?: LoadedDocument;
  /** The remaining checks, in the order a plain load runs them; resolves to the loaded document. */
  finish(): Promise<LoadedDocument>;
  /** Gives up a document that will not be finished (a load before it failed). */
  abandon(): void;
}

/**
 * Reads and parses the sources; what needs the index is left to each `finish()`. Parse errors are
 * thrown by `finish()` too, so finishing in order reports errors as loading one by one would.
 */
export async function prepareDocuments(sources: readonly string[], opts: LoadOptions = {}): Promise<PreparedDocument[]> {
  const pending: Array<PendingIndex | undefined> = [];
  let texts: SourceText[];
  try {
    texts = await Promise.all(
      sources.map((source, i) =>
        readSource(source, {
          ...opts,
          onBytes: (bytes) => {
            if (startsLikeJsonBytes(bytes)) pending[i] = startJsonIndex(bytes);
          },
        }),
      ),
    );
  } catch (e) {
    for (const p of pending) p?.cancel();
    throw e;
  }
  // Parse them all before waiting for any index: the thread scans one while this thread parses the next.
  return texts.map((src, i) => {
    pending[i] ??= jsonIndexFor(src); // a source without bytes (stdin)
    let parsed: Parsed | Error;
    try {
      parsed = parseText(src.name, src.text);
    } catch (e) {
      parsed = e as Error;
    }
    const early = parsed instanceof Error || !pending[i] ? undefined : earlyDocument(src, parsed, opts);
    let settled = false;
    return {
      early,
      finish: async () => {
        settled = true;
        try {
          if (parsed instanceof Error) throw parsed;
          return await loadWith(src, opts, pending[i], parsed, early);
        } finally {
          pending[i]?.cancel();
        }
      },
      abandon: () => {
        if (!settled) pending[i]?.cancel();
        settled = true;
      },
    };
  });
}

/** The loaded form of a parsed JSON OpenAPI document before its checks, or undefined where that cannot be known yet. */
function earlyDocument(src: SourceText, parsed: Parsed, opts: LoadOptions): LoadedDocument | undefined {
  if (parsed.syntax !== 'json' || opts.validate) return undefined;
  let detected: ReturnType<typeof detectFormat>;
  try {
    detected = detectFormat(src.name, parsed.value);
  } catch {
    return undefined;
  }
  if (detected.format !== 'openapi') return undefined;
  const doc = parsed.value as Record<string, unknown>;
  return {
    name: src.name,
    syntax: 'json',
    format: detected.format,
    specVersion: detected.specVersion,
    doc,
    refs: new RefResolver(src.name, doc),
    locate: () => {
      throw new Error(`internal error: source lines of ${src.name} asked for before its checks finished`);
    },
  };
}

export async function loadText(src: SourceText, opts: LoadOptions = {}): Promise<LoadedDocument> {
  const pending = jsonIndexFor(src);
  try {
    return await loadWith(src, opts, pending);
  } finally {
    pending?.cancel();
  }
}

/** The index job for a source that looks like JSON: of its bytes, or of its text's UTF-8 when it came without. */
function jsonIndexFor(src: SourceText): PendingIndex | undefined {
  return startsLikeJson(src.text) ? startJsonIndex(src.bytes ?? Buffer.from(src.text, 'utf8')) : undefined;
}

/**
 * `pending`: the source's index job (see jsonIndexFor). `early`: the document handed out before these
 * checks; it is returned (given its line locator) if they pass and leave it as it is.
 */
async function loadWith(src: SourceText, opts: LoadOptions, pending: PendingIndex | undefined, parsed: Parsed = parseText(src.name, src.text), early?: LoadedDocument): Promise<LoadedDocument> {
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
    if (!index || index.refs.some((r) => !r.startsWith('#'))) doc = (await bundleExternalRefs(src.name, src.filePath, src.rootDir, doc, sites(), opts)) as Record<string, unknown>;
    if (doc !== value) checkLocalRefs(src.name, doc, walkDocument(doc, true, src.name).refs);
    else if (!index || !localRefsResolve(doc, index.refs)) checkLocalRefs(src.name, doc, sites());
    if (opts.validate) await validate(src.name, detected.format, doc);
    if (early && doc === early.doc && detected.format === early.format && detected.specVersion === early.specVersion) {
      early.locate = locate;
      return early;
    }
    const loaded: LoadedDocument = {
      name: src.name,
      syntax,
      format: detected.format,
      specVersion: detected.specVersion,
      doc,
      refs: new RefResolver(src.name, doc),
      locate,
    };
    // AsyncAPI is always checked by its own parser (imported lazily, so OpenAPI runs never load it).
    if (detected.format === 'asyncapi') await (await import('./asyncapi.js')).validateAsyncApi(loaded);
    return loaded;
  } catch (e) {
    throw e instanceof LoadError ? withLine(e, locate) : e;
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
