import { LoadError } from '../errors.js';
import { join } from './pointer.js';

/**
 * Nodes a document may hold once YAML aliases are counted at every place they are used. GitHub's REST
 * spec (12 MB) has about 260,000 nodes; this is 20 times that.
 */
export const MAX_EXPANDED_NODES = 5_000_000;

/**
 * js-yaml keeps an alias as a shared object, so a "billion laughs" document parses into a few kilobytes,
 * but every walker after the parser (model, schema diff) would visit each use separately and never
 * finish. Sizes are counted once per distinct object, so this check is linear in the parsed size.
 */
export function checkExpansion(name: string, doc: unknown, limit = MAX_EXPANDED_NODES): void {
  const sizes = new Map<object, number>();
  const total = expandedSize(doc, sizes, limit);
  if (total <= limit) return;
  throw new LoadError(name, `document expands to more than ${limit.toLocaleString('en-US')} nodes through YAML aliases (an alias bomb?); refused`, heaviest(doc, sizes, limit));
}

function expandedSize(root: unknown, sizes: Map<object, number>, limit: number): number {
  if (root === null || typeof root !== 'object') return 1;
  // Iterative post-order walk: deep documents must not overflow the call stack.
  const stack: Array<{ node: object; kids: unknown[]; i: number; sum: number }> = [{ node: root, kids: Object.values(root), i: 0, sum: 1 }];
  const open = new Set<object>([root]);
  let result = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.kids.length) {
      const kid = top.kids[top.i++];
      if (kid === null || typeof kid !== 'object') top.sum += 1;
      else if (sizes.has(kid)) top.sum += sizes.get(kid)!;
      else if (open.has(kid)) top.sum += 1; // a self-referencing alias: count the reference, not the loop
      else {
        open.add(kid);
        stack.push({ node: kid, kids: Object.values(kid), i: 0, sum: 1 });
      }
      continue;
    }
    stack.pop();
    open.delete(top.node);
    const size = Math.min(top.sum, limit + 1);
    sizes.set(top.node, size);
    if (stack.length) stack[stack.length - 1]!.sum += size;
    else result = size;
  }
  return result;
}

/** The deepest place still over the limit on the way down the heaviest branch: where the fan-out is. */
function heaviest(doc: unknown, sizes: Map<object, number>, limit: number): string {
  let node = doc;
  let pointer = '';
  for (;;) {
    if (node === null || typeof node !== 'object') return pointer;
    let next: [string, unknown] | undefined;
    let best = 0;
    for (const [k, v] of Object.entries(node)) {
      const s = v !== null && typeof v === 'object' ? (sizes.get(v) ?? 1) : 1;
      if (s > best) [best, next] = [s, [k, v]];
    }
    if (!next || best <= limit / 10) return pointer;
    pointer = join(pointer, next[0]);
    node = next[1];
  }
}
