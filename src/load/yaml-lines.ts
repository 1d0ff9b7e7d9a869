import { decodePointer } from './pointer.js';

/**
 * Pointer -> line for large block-style YAML by indentation alone, without building a YAML AST (the
 * `yaml` package needs about 2 s and 20 MB per megabyte of input). Each mapping or sequence is indexed
 * once, when a pointer first goes through it. What it cannot follow (flow collections, aliases, keys
 * spread over several lines) it leaves out, and callers fall back to the nearest parent's line.
 */
export function createIndentLocator(text: string): (pointers: Iterable<string>) => Map<string, number> {
  const lines = text.split('\n');
  const containers = new Map<string, Container>();
  const root: Node = { first: firstContent(lines, 0, lines.length), end: lines.length, indent: -1 };
  const lookup = (pointer: string): number | undefined => {
    let node = root;
    let line: number | undefined;
    for (const seg of decodePointer(pointer)) {
      const key = `${node.first}:${node.indent}:${node.item ? 1 : 0}`;
      let c = containers.get(key);
      if (!c) containers.set(key, (c = index(lines, node)));
      const child = c.keys.get(seg) ?? (/^\d+$/.test(seg) ? c.items[Number(seg)] : undefined);
      if (!child) return undefined;
      node = child;
      line = child.line;
    }
    return line === undefined ? 1 : line + 1;
  };
  return (pointers) => {
    const found = new Map<string, number>();
    for (const p of pointers) {
      const line = p === '' ? 1 : lookup(p);
      if (line !== undefined) found.set(p, line);
    }
    return found;
  };
}

interface Node {
  /** Line where the node's own content starts (for an item `- a: 1`, the dash line). */
  first: number;
  end: number;
  /** Column of the node's key or dash; children sit deeper. */
  indent: number;
  /** A sequence item: its first line's content starts after the dash. */
  item?: boolean;
  line?: number;
}

interface Container {
  keys: Map<string, Node & { line: number }>;
  items: Array<Node & { line: number }>;
}

const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]},&*!|>%@`][^#]*?))\s*:(?:\s|$)/;

/** Children of a node: the entries at the first content column deeper than the node's own. */
function index(lines: string[], node: Node): Container {
  const keys = new Map<string, Node & { line: number }>();
  const items: Array<Node & { line: number }> = [];
  let col = -1;
  let open: (Node & { line: number }) | undefined;
  for (let i = node.first; i < node.end; i++) {
    const at = contentColumn(lines[i]!, i === node.first && node.item ? node.indent : -1);
    if (at === undefined) continue;
    const rest = lines[i]!.slice(at);
    const dash = rest.startsWith('- ') || rest === '-';
    if (col === -1) {
      // `key:` followed by `- item` at the key's own column is a sequence too (compact style).
      if (at < node.indent || (at === node.indent && (!dash || node.item || node.indent < 0))) break;
      col = at;
    }
    if (at < col || (at === col && col === node.indent && !dash)) break;
    if (at > col) continue;
    if (dash && keys.size > 0) continue; // `key:` then `- item` at the key's column: the key's value
    if (open) open.end = i;
    if (dash) {
      open = { first: i, end: node.end, indent: col, item: true, line: i };
      items.push(open);
    } else {
      const m = KEY.exec(rest);
      if (!m) {
        open = undefined;
        continue;
      }
      const name = m[1] !== undefined ? JSON.parse(`"${m[1]}"`) as string : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3]!;
      open = { first: i + 1, end: node.end, indent: col, line: i };
      // Nested mapping on the same line as a dash (`- name: x`): the item's keys start on its own line.
      if (!keys.has(name)) keys.set(name, open);
    }
  }
  return { keys, items };
}

/**
 * Column where a line's content starts, skipping blanks and comments. On the first line of a sequence
 * item (`  - name: x`) the content is the item's mapping, one dash further in.
 */
function contentColumn(line: string, dashCol: number): number | undefined {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  if (i === line.length || line[i] === '#' || line[i] === '\r') return undefined;
  if (dashCol >= 0 && i === dashCol && line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
    let j = i + 1;
    while (j < line.length && line.charCodeAt(j) === 32) j++;
    return j < line.length && line[j] !== '#' ? j : undefined;
  }
  return i;
}

function firstContent(lines: string[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (contentColumn(lines[i]!, -1) !== undefined && !lines[i]!.startsWith('---') && !lines[i]!.startsWith('%')) return i;
  return end;
}
