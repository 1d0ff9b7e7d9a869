import { filterAsyncApi } from './filter-asyncapi.js';
import type { Contract, Operation, PathItem } from './types.js';

/**
 * Which operations a comparison covers (config `filter`, CLI `--match-path`, `--exclude-path`,
 * `--exclude-extension`). Applied to each contract on its own before the diff, so an operation left out of
 * both is neither added nor removed, and one that is left out on one side only (it gained `x-internal: true`)
 * counts as removed from (or added to) the contract that is compared.
 */
export interface OperationFilter {
  /** Keep only operations whose path matches one of these globs or prefixes. */
  matchPath?: string[];
  /** Leave out operations whose path matches one of these globs or prefixes. */
  excludePath?: string[];
  /**
   * Leave out operations whose Operation Object or Path Item (AsyncAPI: Operation Object, traits applied, or
   * channel) sets one of these extensions to a truthy value.
   */
  excludeExtension?: string[];
}

/**
 * A path pattern: with `*` (within one segment), `**` (any depth) or `?` (one character) a glob on the whole
 * path template; without them a prefix that ends at a segment boundary (`/internal` matches `/internal` and
 * `/internal/keys`, not `/internals`). Everything else, `{owner}` included, is literal.
 */
export function pathMatcher(pattern: string): (path: string) => boolean {
  if (!/[*?]/.test(pattern)) {
    const base = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
    return (path) => path === base || path.startsWith(`${base}/`);
  }
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (pattern.startsWith('/**', i) && (i + 3 === pattern.length || pattern[i + 3] === '/')) {
      source += '(?:/.*)?'; // `/admin/**` matches `/admin` too
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(`^${source}$`);
  return (path) => re.test(path);
}

export function isFilterEmpty(f: OperationFilter | undefined): boolean {
  return !f || (!f.matchPath?.length && !f.excludePath?.length && !f.excludeExtension?.length);
}

/** What a filter asks of each operation, path item or channel. */
export interface FilterTests {
  keepPath: (path: string) => boolean;
  /** Whether an object as written sets one of the excluded extensions to a truthy value. */
  flagged: (raw: Record<string, unknown> | undefined) => boolean;
  extensions: readonly string[];
}

/** The contract with only the operations (and their path items, AsyncAPI channels) the filter keeps; the input is not changed. */
export function filterContract(c: Contract, filter: OperationFilter | undefined): Contract {
  if (isFilterEmpty(filter)) return c;
  const extensions = filter!.excludeExtension ?? [];
  const tests: FilterTests = { keepPath: pathTest(filter!), flagged: (raw) => raw !== undefined && extensions.some((x) => Boolean(raw[x])), extensions };
  return c.format === 'asyncapi' ? filterAsyncApi(c, tests) : filterOpenApi(c, tests);
}

function filterOpenApi(c: Contract, { keepPath, flagged }: FilterTests): Contract {
  const keepOperation = (op: Operation) => keepPath(op.path) && !flagged(op.raw?.op) && !flagged(op.raw?.item);
  const out: Contract = { ...c, operations: new Map([...c.operations].filter(([, op]) => keepOperation(op))) };
  if (c.pathItems) out.pathItems = new Map([...c.pathItems].filter(([, item]: [string, PathItem]) => keepPath(item.path) && !flagged(item.raw)));
  return out;
}

function pathTest(f: OperationFilter): (path: string) => boolean {
  const match = (f.matchPath ?? []).map(pathMatcher);
  const exclude = (f.excludePath ?? []).map(pathMatcher);
  return (path) => (match.length === 0 || match.some((m) => m(path))) && !exclude.some((m) => m(path));
}
