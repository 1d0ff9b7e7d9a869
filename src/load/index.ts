import { LoadError } from '../errors.js';
import { detectFormat, type Format } from './detect.js';
import { checkExpansion } from './expansion.js';
import { assertNoDuplicateKeys, parseText, startsLikeJson, type Syntax } from './parse.js';
import { createLineLocator, nearestLine, type LineLocator } from './positions.js';
import { withAncestors } from './pointer.js';
import type { JsonIndex } from './json-index.js';
import { startJsonIndex } from './json-index-thread.js';
import { bundleExternalRefs, checkLocalRefs, RefResolver, walkDocument, type DocumentWalk } from './refs.js';
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
  const src = await readSource(source, opts);
  return loadText(src, opts);
}

export async function loadText(src: SourceText, opts: LoadOptions = {}): Promise<LoadedDocument> {
  // The structural index of JSON text is built on another thread while this one parses the same text.
  const jsonBytes = startsLikeJson(src.text) ? (src.bytes ?? Buffer.from(src.text, 'utf8')) : undefined;
  const pending = jsonBytes && startJsonIndex(jsonBytes);
  try {
    return await loadParsed(src, opts, jsonBytes && pending ? { bytes: jsonBytes, index: pending.index } : undefined);
  } finally {
    pending?.cancel();
  }
}

async function loadParsed(src: SourceText, opts: LoadOptions, pending: { bytes: Uint8Array; index: Promise<JsonIndex> } | undefined): Promise<LoadedDocument> {
  const { syntax, value } = parseText(src.name, src.text);
  let walk: DocumentWalk | LoadError;
  try {
    walk = walkDocument(value, syntax === 'yaml', src.name);
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    walk = e;
  }
  let json: { bytes: Uint8Array; index: JsonIndex } | undefined;
  if (syntax === 'json' && pending) json = { bytes: pending.bytes, index: await pending.index };
  const locate = createLineLocator(src.text, syntax, json);
  if (walk instanceof LoadError) throw withLine(walk, locate);
  // The index counts the keys in the text exactly; more than the parsed value holds means a duplicate.
  if (json && json.index.keyCount !== walk.keyCount) assertNoDuplicateKeys(src.name, src.text);
  try {
    const detected = detectFormat(src.name, value);
    // JSON has no aliases: every node is already counted in the text's size.
    if (syntax === 'yaml') checkExpansion(src.name, value);
    const refSites = walk.refs;
    let doc = value as Record<string, unknown>;
    doc = (await bundleExternalRefs(src.name, src.filePath, src.rootDir, doc, refSites, opts)) as Record<string, unknown>;
    checkLocalRefs(src.name, doc, doc === value ? refSites : walkDocument(doc, true, src.name).refs);
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
