import { LoadError } from '../errors.js';
import { tooLarge } from './files.js';
import { MAX_REDIRECTS, MAX_SOURCE_BYTES } from './limits.js';

export interface FetchOptions {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Refuses a URL before it is requested (the first and every redirect target); returns the error, or undefined to go on. */
  refuse?: (url: string) => LoadError | undefined;
}

export interface Fetched {
  bytes: Buffer;
  /** The URL the bytes came from, after redirects: relative `$ref`s in them resolve against it. */
  url: string;
  /** The Content-Type header, if any (the format is told from the content; this only explains a bad one). */
  contentType?: string;
}

/** Thrown into the request when the time is up: told apart from every other failure by identity. */
class TimedOut extends Error {}

/**
 * GET one http(s) URL for a spec source or a remote `$ref`: at most MAX_REDIRECTS redirects, each to
 * http(s) again and checked by `refuse`; the body read as it streams and dropped as soon as it passes
 * MAX_SOURCE_BYTES; one deadline for everything. Every failure is a one-line LoadError naming `shown`.
 */
export async function fetchBounded(url: string, shown: string, opts: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimedOut()), opts.timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const refused = opts.refuse?.(current);
      if (refused) throw refused;
      const res = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: 'application/yaml, application/json;q=0.9, text/yaml;q=0.9, */*;q=0.5' } });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        current = redirectTarget(shown, current, res, hop);
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel();
        const from = current === url ? '' : ` from ${current}`;
        throw new LoadError(shown, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${from}`);
      }
      const contentType = res.headers.get('content-type') ?? undefined;
      return { bytes: await readBody(shown, res, controller), url: current, ...(contentType ? { contentType } : {}) };
    }
  } catch (e) {
    throw fetchError(shown, url, e, opts.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

function redirectTarget(shown: string, from: string, res: Response, hop: number): string {
  if (hop >= MAX_REDIRECTS) throw new LoadError(shown, `more than ${MAX_REDIRECTS} redirects; refused`);
  const location = res.headers.get('location');
  if (!location) throw new LoadError(shown, `HTTP ${res.status} redirect without a Location header`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new LoadError(shown, `HTTP ${res.status} redirect to an invalid URL ${JSON.stringify(location.slice(0, 200))}`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new LoadError(shown, `redirects to ${JSON.stringify(next.href.slice(0, 200))}, which is not http(s); refused`);
  return next.href;
}

/** The body, refused as soon as it passes MAX_SOURCE_BYTES (a Content-Length says so before any of it is read). */
async function readBody(shown: string, res: Response, controller: AbortController): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_SOURCE_BYTES) {
    controller.abort();
    throw tooLarge(shown, 'response');
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > MAX_SOURCE_BYTES) {
      controller.abort();
      throw tooLarge(shown, 'response');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** What went wrong, in one line: ours as thrown, a timeout, or what the network layer said (DNS, refused, TLS). */
function fetchError(shown: string, url: string, e: unknown, timeoutMs: number): LoadError {
  if (e instanceof LoadError) return e;
  if (e instanceof TimedOut) return new LoadError(shown, `no complete response within ${seconds(timeoutMs)}; gave up`);
  const cause = (e as { cause?: { code?: string; message?: string; hostname?: string } }).cause;
  const host = hostOf(url);
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new LoadError(shown, `cannot resolve host ${JSON.stringify(cause.hostname ?? host)} (DNS lookup failed)`);
    case 'ECONNREFUSED':
      return new LoadError(shown, `connection refused by ${host}`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return new LoadError(shown, `connection to ${host} closed before the response was complete`);
  }
  const said = cause?.code ? `${cause.code}${cause.message ? `: ${cause.message}` : ''}` : (cause?.message ?? (e as Error).message);
  return new LoadError(shown, `cannot fetch: ${said.split('\n')[0]!.slice(0, 300)}`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** `http://` or `https://` at the start: a source or `$ref` that is a URL. */
export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}
