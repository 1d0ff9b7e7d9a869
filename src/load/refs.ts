import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoadError } from '../errors.js';
import { encodeSegment, get, refToPointer } from './pointer.js';
import { FileNotFoundError } from './files.js';
import { fetchBounded, isHttpUrl } from './http.js';
import { DEFAULT_FETCH_TIMEOUT_MS, MAX_DEPTH, MAX_SOURCE_BYTES, MAX_SOURCE_MB } from './limits.js';
import { isPrivateHost } from './private-host.js';
import type { SourceText } from './source.js';

export interface RefSite {
  ref: string;
  /** Pointer of the object holding the `$ref`. */
  at: string;
}

export interface DocumentWalk {
  refs: RefSite[];
  /** Object members in the parsed value (shared YAML nodes counted once): the duplicate-key check needs it. */
  keyCount: number;
}


/**
 * Walk the document once: list every `$ref`, count the object members and enforce MAX_DEPTH. Shared
 * objects (YAML aliases) are visited once; a JSON.parse result shares nothing, so `mayShare: false`
 * skips the identity set. Recursive (the depth is bounded) with one path of keys: a pointer string is
 * built only for the objects that hold a `$ref`, a few percent of all nodes.
 */
export function walkDocument(doc: unknown, mayShare = true, name = '<document>'): DocumentWalk {
  const refs: RefSite[] = [];
  let keyCount = 0;
  const seen = mayShare ? new Set<object>() : undefined;
  const path: Array<string | number> = [];
  const pointer = (depth: number): string => {
    let p = '';
    for (let i = 0; i < depth; i++) p += `/${encodeSegment(path[i]!)}`;
    return p;
  };
  const visit = (node: object, depth: number): void => {
    if (seen) {
      if (seen.has(node)) return;
      seen.add(node);
    }
    // Named at a shallow ancestor: the full pointer would be a thousand segments long.
    if (depth >= MAX_DEPTH) throw new LoadError(name, `document nests deeper than ${MAX_DEPTH} levels; refused`, pointer(Math.min(depth, 12)));
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (v !== null && typeof v === 'object') {
          path[depth] = i;
          visit(v, depth + 1);
        }
      }
      return;
    }
    const obj = node as Record<string, unknown>;
    if (typeof obj.$ref === 'string') refs.push({ ref: obj.$ref, at: pointer(depth) });
    for (const k in obj) {
      keyCount++;
      const v = obj[k];
      if (v !== null && typeof v === 'object') {
        path[depth] = k;
        visit(v, depth + 1);
      }
    }
  };
  if (doc !== null && typeof doc === 'object') visit(doc, 0);
  return { refs, keyCount };
}

/** Every local `$ref` must point at something: a dangling one is a load error, not a silent "no change". */
export function checkLocalRefs(name: string, doc: unknown, refs: RefSite[]): void {
  const checked = new Set<string>();
  for (const { ref, at } of refs) {
    if (!ref.startsWith('#') || checked.has(ref)) continue;
    checked.add(ref);
    const ptr = refToPointer(ref);
    if (ptr === undefined || get(doc, ptr) === undefined) throw new LoadError(name, `$ref ${JSON.stringify(ref)} points at nothing`, at);
  }
  // The chain depends only on the ref, so each distinct ref is followed once (GitHub: 10,460 sites, 1,764 refs).
  const chained = new Set<string>();
  for (const { ref, at } of refs) {
    if (!ref.startsWith('#') || chained.has(ref)) continue;
    chained.add(ref);
    checkRefChain(name, doc, ref, at);
  }
}

/** Whether checkLocalRefs would pass these refs; where one fails, it is the place to learn why and where. */
export function localRefsResolve(doc: unknown, refs: readonly string[]): boolean {
  try {
    checkLocalRefs('', doc, refs.map((ref) => ({ ref, at: '' })));
    return true;
  } catch (e) {
    if (e instanceof LoadError) return false;
    throw e;
  }
}

/** A `$ref` whose chain of targets only ever reaches other `$ref`s names no schema at all. */
function checkRefChain(name: string, doc: unknown, ref: string, at: string): void {
  const seen = [ref];
  let target = get(doc, refToPointer(ref) ?? '');
  while (target !== null && typeof target === 'object' && typeof (target as { $ref?: unknown }).$ref === 'string') {
    const next = (target as { $ref: string }).$ref;
    if (!next.startsWith('#')) return;
    // Located at the object whose `$ref` closes the loop, whichever use of the loop led here.
    if (seen.includes(next)) throw new LoadError(name, `$ref loop ${[...seen, next].join(' -> ')}`, refToPointer(seen[seen.length - 1]!) ?? at);
    seen.push(next);
    target = get(doc, refToPointer(next) ?? '');
  }
}

export interface ExternalRefOptions {
  allowRemoteRefs?: boolean;
  /** With allowRemoteRefs: also follow refs to localhost and private networks. */
  allowPrivateRefs?: boolean;
  /** Milliseconds one remote `$ref` may take (default DEFAULT_FETCH_TIMEOUT_MS). */
  fetchTimeout?: number;
}

/** What a source's external `$ref`s resolve against: its file and folder (on disk or in git), or its URL. */
export type RefBase = Pick<SourceText, 'name' | 'filePath' | 'folder' | 'url'>;

/**
 * Inline external `$ref`s (other files, opt-in URLs) with swagger-parser's bundler, which rewrites them
 * into local refs and keeps cycles as refs. File refs may not leave the spec's folder, symbolic links
 * included: each is checked here with its pointer, and every file the bundler reads (refs inside
 * referenced files too) is checked again as it is read. A relative ref in a document fetched from a URL
 * names another URL: it is a remote ref like any other. All the files and responses of one source
 * together are held to MAX_SOURCE_BYTES.
 */
export async function bundleExternalRefs(src: RefBase, doc: object, refs: RefSite[], opts: ExternalRefOptions): Promise<object> {
  const { name, filePath, folder } = src;
  const external = refs.filter((r) => !r.ref.startsWith('#'));
  if (external.length === 0) return doc;
  for (const r of external) {
    const remote = remoteTarget(src, r);
    if (remote !== undefined) {
      const what = remote === r.ref ? `remote $ref ${JSON.stringify(r.ref)}` : `remote $ref ${JSON.stringify(r.ref)} (${remote})`;
      if (!opts.allowRemoteRefs) throw new LoadError(name, `${what} is not followed (pass --allow-remote-refs to allow it)`, r.at);
      if (!opts.allowPrivateRefs && isPrivateHost(remote)) throw new LoadError(name, `${what} points at a local or private address; refused (pass --allow-private-refs as well to allow it)`, r.at);
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(r.ref) && !/^file:/i.test(r.ref)) {
      throw new LoadError(name, `$ref ${JSON.stringify(r.ref)} uses an unsupported scheme`, r.at);
    } else if (!folder || !filePath) {
      throw new LoadError(name, `external $ref ${JSON.stringify(r.ref)} cannot be resolved from this source (only files on disk or in git have a folder to resolve against)`, r.at);
    } else {
      const target = refFilePath(name, filePath, r);
      const leaves = () => new LoadError(name, `$ref ${JSON.stringify(r.ref)} leaves the spec's folder (${folder.shown}); refused`, r.at || undefined);
      if (!folder.contains(target)) throw leaves();
      const throughLink = () => new LoadError(name, `$ref ${JSON.stringify(r.ref)} leads through a symbolic link out of the spec's folder (${folder.shown}); refused`, r.at || undefined);
      await folder.realPathInside(target, name, throughLink).catch((e: unknown) => {
        throw e instanceof FileNotFoundError ? new LoadError(name, `$ref ${JSON.stringify(r.ref)} names a file that does not exist`, r.at || undefined) : e;
      });
    }
  }
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  // The bundler wraps what a resolver throws into its own error and drops ours: keep it aside.
  let refused: LoadError | undefined;
  let budget = MAX_SOURCE_BYTES;
  const spend = (bytes: Uint8Array): Uint8Array => {
    budget -= bytes.length;
    if (budget < 0) throw new LoadError(name, `the files this spec references are larger than ${MAX_SOURCE_MB} MB together; refused`);
    return bytes;
  };
  const keep = (e: unknown, url: string): LoadError => {
    refused ??= e instanceof LoadError ? e : new LoadError(name, `cannot read $ref target ${JSON.stringify(url)}: ${oneLine((e as Error).message)}`);
    return refused;
  };
  const refusePrivate = (url: string) => (!opts.allowPrivateRefs && isPrivateHost(url) ? new LoadError(name, `a $ref leads to ${JSON.stringify(url)}, a local or private address; refused (pass --allow-private-refs as well to allow it)`) : undefined);
  try {
    return (await (SwaggerParser.bundle as (...a: unknown[]) => Promise<unknown>)(src.url ?? filePath!, structuredClone(doc), {
      resolve: {
        external: true,
        // swagger-parser's own http resolver reads whole bodies and follows redirects anywhere: ours instead.
        http: false,
        remote: opts.allowRemoteRefs && {
          order: 2,
          canRead: (file: { url: string }) => isHttpUrl(file.url),
          async read(file: { url: string }) {
            try {
              const fetched = await fetchBounded(file.url, `${name}: $ref target ${file.url}`, { timeoutMs: opts.fetchTimeout ?? DEFAULT_FETCH_TIMEOUT_MS, refuse: refusePrivate });
              return spend(fetched.bytes);
            } catch (e) {
              throw keep(e, file.url);
            }
          },
        },
        file: {
          order: 1,
          // Everything but http(s), which is either refused above or left to the remote resolver.
          canRead: (file: { url: string }) => !isHttpUrl(file.url),
          async read(file: { url: string }) {
            try {
              if (!folder) throw new LoadError(name, `a $ref leads to ${JSON.stringify(file.url)}, which is not a URL; refused`);
              const target = path.resolve(/^file:/i.test(file.url) ? filePathOf(name, file.url, { ref: file.url, at: '' }) : file.url);
              if (!folder.contains(target)) throw new LoadError(name, `a $ref leads to ${JSON.stringify(target)}, outside the spec's folder (${folder.shown}); refused`);
              const shown = path.relative(folder.root, target);
              const throughLink = () => new LoadError(name, `a $ref to ${JSON.stringify(shown)} leads through a symbolic link out of the spec's folder (${folder.shown}); refused`);
              return spend(await folder.read(target, `${name}: $ref target ${shown}`, throughLink));
            } catch (e) {
              throw keep(e, file.url);
            }
          },
        },
      },
    })) as object;
  } catch (e) {
    const ours = refused ?? findLoadError(e);
    if (ours) throw ours;
    throw new LoadError(name, `cannot resolve external $ref: ${oneLine((e as Error).message)}`);
  }
}

/** The http(s) URL a `$ref` names: written as one, or relative in a document that came from a URL. */
function remoteTarget(src: RefBase, site: RefSite): string | undefined {
  if (isHttpUrl(site.ref)) return site.ref;
  if (!src.url || /^[a-z][a-z0-9+.-]*:/i.test(site.ref)) return undefined;
  const resolved = URL.canParse(site.ref, src.url) ? new URL(site.ref, src.url) : undefined;
  return resolved && (resolved.protocol === 'http:' || resolved.protocol === 'https:') ? resolved.href.split('#')[0] : undefined;
}

/** The file a relative, absolute or `file:` ref names, percent-decoded as the bundler will read it. */
function refFilePath(name: string, specFile: string, site: RefSite): string {
  const file = site.ref.split('#')[0]!;
  if (/^file:/i.test(file)) return path.resolve(filePathOf(name, file, site));
  let decoded: string;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    throw new LoadError(name, `$ref ${JSON.stringify(site.ref)} is not a valid relative URL`, site.at || undefined);
  }
  return path.resolve(path.dirname(specFile), decoded);
}

function filePathOf(name: string, url: string, site: RefSite): string {
  try {
    return fileURLToPath(url);
  } catch {
    throw new LoadError(name, `$ref ${JSON.stringify(site.ref)} is not a valid file URL`, site.at || undefined);
  }
}

/** swagger-parser wraps errors thrown by our resolver; dig ours out so the message stays ours. */
function findLoadError(e: unknown): LoadError | undefined {
  for (let cur = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown; originalError?: unknown; error?: unknown }).cause ?? (cur as { originalError?: unknown }).originalError ?? (cur as { error?: unknown }).error, depth++) {
    if (cur instanceof LoadError) return cur;
  }
  return undefined;
}

function oneLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 300);
}

/** Follows `$ref` chains inside one document, with a cache and a loop guard. */
export class RefResolver {
  private cache = new Map<string, { value: unknown; pointer: string }>();
  /** Whole chains by their first `$ref`: the diff resolves the same few thousand refs again and again. */
  private chains = new Map<string, { value: unknown; pointer: string; ref?: string }>();
  constructor(
    private readonly name: string,
    readonly doc: unknown,
  ) {}

  /** Returns the target of `value` if it is a `{ $ref }` (chains followed), else `value` itself. */
  resolve(value: unknown, pointer: string): { value: unknown; pointer: string; ref?: string } {
    if (value === null || typeof value !== 'object' || typeof (value as { $ref?: unknown }).$ref !== 'string') return { value, pointer };
    const first = (value as { $ref: string }).$ref;
    const known = this.chains.get(first);
    if (known) return known;
    let v: unknown = value;
    let p = pointer;
    let ref: string | undefined;
    const seen = new Set<string>();
    while (v !== null && typeof v === 'object' && typeof (v as { $ref?: unknown }).$ref === 'string') {
      const r = (v as { $ref: string }).$ref;
      if (seen.has(r)) throw new LoadError(this.name, `$ref loop ${[...seen, r].join(' -> ')}`, p);
      seen.add(r);
      const hit = this.cache.get(r) ?? this.lookup(r, p);
      ref ??= hit.pointer;
      v = hit.value;
      p = hit.pointer;
    }
    const out = { value: v, pointer: p, ref };
    this.chains.set(first, out);
    return out;
  }

  private lookup(ref: string, at: string): { value: unknown; pointer: string } {
    const ptr = ref.startsWith('#') ? refToPointer(ref) : undefined;
    const value = ptr === undefined ? undefined : get(this.doc, ptr);
    if (ptr === undefined || value === undefined) throw new LoadError(this.name, `$ref ${JSON.stringify(ref)} points at nothing`, at);
    const hit = { value, pointer: ptr };
    this.cache.set(ref, hit);
    return hit;
  }
}
