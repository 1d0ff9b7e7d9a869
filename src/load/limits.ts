/**
 * The limits every source is held to, whatever its syntax or where it comes from (file, `$ref`d file,
 * stdin, git revision, URL). The README lists them under "Untrusted input".
 */

/** Bytes a single source may hold; larger is refused while it is being read, not after. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/**
 * How deep a document may nest, JSON and YAML alike. Real specs stay under ~40 levels; every walker
 * after the loader (the raw-equality check, views, the schema diff) recurses, so a deeper document is
 * refused at load, with a pointer to where it goes too deep, instead of overflowing the stack later.
 */
export const MAX_DEPTH = 1000;

export const MAX_SOURCE_MB = MAX_SOURCE_BYTES / 1024 / 1024;

/** How long a URL source or a remote `$ref` may take, redirects and body included (`--fetch-timeout`). */
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/** Redirects followed for one URL; each must lead to http(s) again. */
export const MAX_REDIRECTS = 5;
