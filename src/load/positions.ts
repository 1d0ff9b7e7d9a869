import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type { LineCounter, Node as YamlNode } from 'yaml';
import { Ch } from './char-codes.js';
import { buildJsonIndex, byteOffsetsToLines, locateJsonOffsets, type JsonIndex } from './json-index.js';
import type { Syntax } from './parse.js';
import { decodePointer, encodeSegment, withAncestors } from './pointer.js';

/**
 * Maps JSON pointers to 1-based source lines: the line of the key for an object member, the line
 * where the value starts for an array item. Built lazily and only for the pointers a report prints,
 * so a clean run on a 12 MB spec never pays for positions.
 *
 * Both scanners visit only the containers on the way to a wanted pointer and skip every other
 * subtree, so the cost is one cheap pass over the text, whatever the number of findings.
 */
export type LineLocator = (pointers: Iterable<string>) => Map<string, number>;

export function createLineLocator(text: string, syntax: Syntax, json?: { bytes: Uint8Array; index: JsonIndex }): LineLocator {
  if (json) return (ps) => byteOffsetsToLines(json.index, locateJsonOffsets(json.bytes, json.index, new Set(ps)));
  if (syntax === 'json') return (ps) => locateJson(text, new Set(ps));
  let slow: LineLocator | undefined;
  return (ps) => {
    const wanted = new Set(ps);
    if (slow) return slow(wanted);
    try {
      return locateYamlBlock(text, wanted);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      slow = yamlDocumentLocator(text);
      return slow(wanted);
    }
  };
}

/** The line of a pointer, or of its nearest ancestor that has one (a pointer may name a place that exists only on the other side). */
export function nearestLine(lines: Map<string, number>, pointer: string): number | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const hit = lines.get(p);
    if (hit !== undefined) return hit;
    if (p === '') return undefined;
  }
}

/** Converts character offsets to 1-based lines in one pass over the newlines. */
function offsetsToLines(text: string, offsets: Map<string, number>): Map<string, number> {
  const order = [...offsets.entries()].sort((x, y) => x[1] - y[1]);
  const out = new Map<string, number>();
  let line = 1;
  let nl = text.indexOf('\n');
  for (const [ptr, off] of order) {
    while (nl !== -1 && nl < off) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    out.set(ptr, line);
  }
  return out;
}

// ---------------------------------------------------------------- JSON

/** JSON positions from text alone (tests, embedders): through the byte index like a loaded document. */
export function locateJson(text: string, wanted: Set<string>): Map<string, number> {
  const bytes = Buffer.from(text, 'utf8');
  const index = buildJsonIndex(bytes);
  return byteOffsetsToLines(index, locateJsonOffsets(bytes, index, wanted));
}

// ---------------------------------------------------------------- YAML

/** The `yaml` package costs ~0.1 s to load; only fragments and fallbacks need it. */
let yamlPackage: typeof import('yaml') | undefined;
function yamlLib(): typeof import('yaml') {
  return (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

/** The line scanner met YAML it does not handle (complex keys, tabs as indentation, ...): use the full parser. */
class Unsupported extends Error {}

interface YamlFrame {
  /** Column of the keys (map) or dashes (seq); -1 for the document. */
  indent: number;
  kind: 'map' | 'seq' | 'doc';
  ptr: string;
  /** False for a sequence outside every wanted path: its items are skipped. */
  live: boolean;
  index: number;
}

interface Pending {
  ptr: string;
  /** Column of the key or dash that owns the value. */
  indent: number;
  live: boolean;
  /** A sequence item whose content starts on a later line: its line is where the content starts. */
  item: boolean;
  /** A map value may be a block sequence at the key's own column. */
  sameIndentSeq: boolean;
  line: number;
}

interface Fragment {
  ptr: string;
  start: number;
  end: number;
  line: number;
}

const isBlank = (c: number) => c === Ch.Space || c === Ch.Tab;
const isEnd = (c: number) => Number.isNaN(c) || c === Ch.Nl || c === Ch.Cr;
const HASH = 35;

/**
 * Line scanner for block-style YAML (what humans and `js-yaml dump` write). Flow collections
 * (`{...}`, `[...]`) are handed to the `yaml` package one fragment at a time, and only when a wanted
 * pointer lies inside one. Anything unusual throws Unsupported, and the caller falls back to a full
 * parse: slower, never wrong.
 */
export function locateYamlBlock(text: string, wanted: Set<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  if (wanted.has('')) found.set('', 1);
  const live = withAncestors(wanted);
  const record = (ptr: string | undefined, line: number) => {
    if (ptr !== undefined && wanted.has(ptr) && !found.has(ptr)) found.set(ptr, line);
  };
  const stack: YamlFrame[] = [{ indent: -1, kind: 'doc', ptr: '', live: true, index: 0 }];
  const fragments: Fragment[] = [];
  let pending: Pending | undefined = { ptr: '', indent: -1, live: true, item: false, sameIndentSeq: false, line: 1 };
  /** Lines indented deeper than this belong to a value already dealt with (scalar continuation, skipped subtree). */
  let skipAbove: number | undefined;
  /** Lines starting before this offset belong to a multi-line quoted scalar or flow collection. */
  let consumedTo = 0;
  let seenContent = false;
  let lineNo = 0;
  let lineStart = 0;

  /** Where the value at offset `i` ends: multi-line quoted scalars and flow collections may run on. */
  const endOfValue = (ptr: string | undefined, i: number, ownerIndent: number): void => {
    const c = text.charCodeAt(i);
    if (c === Ch.Quote || c === 39) {
      consumedTo = Math.max(consumedTo, scanQuoted(text, i));
    } else if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
      const end = scanFlow(text, i);
      consumedTo = Math.max(consumedTo, end);
      if (ptr !== undefined && live.has(ptr)) fragments.push({ ptr, start: i, end, line: lineNo });
    }
    skipAbove = ownerIndent;
  };

  /** The value after `key:` or `- ` at offset `i`; `ownerIndent` is the column of the key or dash. */
  const inlineValue = (ptr: string | undefined, isLive: boolean, i: number, ownerIndent: number, item: boolean): void => {
    i = skipProperties(text, i);
    const c = text.charCodeAt(i);
    if (isEnd(c) || c === HASH) {
      pending = { ptr: ptr ?? '', indent: ownerIndent, live: isLive, item, sameIndentSeq: !item, line: lineNo };
      return;
    }
    if (item) record(ptr, lineNo);
    endOfValue(isLive ? ptr : undefined, i, ownerIndent);
  };

  /** A `- ` at offset `at`, in the sequence on top of the stack. */
  const dash = (at: number): void => {
    const top = stack[stack.length - 1]!;
    const col = at - lineStart;
    const ptr = top.live ? `${top.ptr}/${top.index}` : undefined;
    top.index++;
    const isLive = ptr !== undefined && live.has(ptr);
    let i = at + 1;
    while (isBlank(text.charCodeAt(i))) i++;
    if (!isLive || isEnd(text.charCodeAt(i)) || text.charCodeAt(i) === HASH || skipProperties(text, i) !== i) {
      inlineValue(ptr, isLive, i, col, true);
      return;
    }
    record(ptr, lineNo);
    if (isDash(text, i)) {
      stack.push({ indent: i - lineStart, kind: 'seq', ptr: ptr!, live: true, index: 0 });
      dash(i);
    } else if (implicitKey(text, i)) {
      stack.push({ indent: i - lineStart, kind: 'map', ptr: ptr!, live: true, index: 0 });
      mapEntry(i);
    } else {
      endOfValue(ptr, i, col);
    }
  };

  /** A `key: value` at offset `at`, in the mapping on top of the stack. */
  const mapEntry = (at: number): void => {
    const top = stack[stack.length - 1]!;
    const key = implicitKey(text, at);
    if (!key) throw new Unsupported(`line ${lineNo}: expected a key`);
    const ptr = `${top.ptr}/${encodeSegment(key.name)}`;
    record(ptr, lineNo);
    let i = key.after;
    while (isBlank(text.charCodeAt(i))) i++;
    inlineValue(ptr, live.has(ptr), i, at - lineStart, false);
  };

  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    lineStart = pos;
    pos = lineEnd + 1;
    lineNo++;
    if (lineStart < consumedTo) continue;
    let at = lineStart;
    while (text.charCodeAt(at) === Ch.Space) at++;
    const c = text.charCodeAt(at);
    if (at >= lineEnd || c === Ch.Cr) continue; // blank
    const indent = at - lineStart;
    if (skipAbove !== undefined) {
      if (indent > skipAbove || c === HASH) continue;
      skipAbove = undefined;
    }
    if (c === HASH) continue;
    if (c === Ch.Tab) {
      const j = skipTabs(text, at);
      if (isEnd(text.charCodeAt(j)) || text.charCodeAt(j) === HASH) continue;
      throw new Unsupported(`line ${lineNo}: tab before content`);
    }
    if (indent === 0 && c === 37 /* % */) {
      if (!seenContent) continue;
      throw new Unsupported(`line ${lineNo}: directive after content`);
    }
    if (indent === 0 && (text.startsWith('---', at) || text.startsWith('...', at)) && (isBlank(text.charCodeAt(at + 3)) || isEnd(text.charCodeAt(at + 3)))) {
      const j = skipTabs(text, at + 3);
      const onlyComment = isEnd(text.charCodeAt(j)) || text.charCodeAt(j) === HASH;
      if (c === 45 && !seenContent && onlyComment) continue;
      if (c === 46 && seenContent && onlyComment) break;
      throw new Unsupported(`line ${lineNo}: document marker`);
    }
    seenContent = true;
    const lineIsDash = isDash(text, at);
    if (pending) {
      const p: Pending = pending;
      pending = undefined;
      if (indent > p.indent || (indent === p.indent && lineIsDash && p.sameIndentSeq)) {
        if (p.item) record(p.ptr, lineNo);
        if (!p.live) {
          if (indent > p.indent) {
            skipAbove = p.indent;
            continue;
          }
          stack.push({ indent, kind: 'seq', ptr: p.ptr, live: false, index: 0 });
        } else if (lineIsDash) {
          stack.push({ indent, kind: 'seq', ptr: p.ptr, live: true, index: 0 });
        } else if (implicitKey(text, at)) {
          stack.push({ indent, kind: 'map', ptr: p.ptr, live: true, index: 0 });
        } else {
          endOfValue(p.ptr, skipProperties(text, at), p.indent);
          continue;
        }
      } else if (p.item) {
        record(p.ptr, p.line); // an empty item
      }
    }
    let top = stack[stack.length - 1]!;
    while (top.indent > indent || (top.indent === indent && top.kind === 'seq' && !lineIsDash)) {
      stack.pop();
      top = stack[stack.length - 1]!;
    }
    if (top.indent !== indent) throw new Unsupported(`line ${lineNo}: unexpected indentation`);
    if (top.kind === 'seq') {
      if (top.live) dash(at);
      else {
        top.index++;
        skipAbove = indent;
      }
    } else {
      if (lineIsDash) throw new Unsupported(`line ${lineNo}: sequence item in a mapping`);
      mapEntry(at);
    }
  }
  if (pending?.item) record(pending.ptr, pending.line);
  if (stack.length === 1 && fragments.length === 0 && found.size < wanted.size) throw new Unsupported('no block collection at the top');
  if (fragments.length > 0 && found.size < wanted.size) locateInFragments(text, fragments, wanted, found);
  return found;
}

function skipTabs(text: string, i: number): number {
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

function isDash(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 45 /* - */) return false;
  const next = text.charCodeAt(i + 1);
  return isBlank(next) || isEnd(next);
}

/** Skips `&anchor` and `!tag` properties in front of a node. */
function skipProperties(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 38 /* & */ && c !== 33 /* ! */) return i;
    while (!isEnd(text.charCodeAt(i)) && !isBlank(text.charCodeAt(i))) i++;
    while (isBlank(text.charCodeAt(i))) i++;
  }
}

/** An implicit key at `i` (`name:`, `"quoted":`, `'single':`), or undefined when the line holds no key. */
function implicitKey(text: string, i: number): { name: string; after: number } | undefined {
  const start = skipProperties(text, i);
  if (start !== i && isEnd(text.charCodeAt(start))) return undefined;
  i = start;
  const c = text.charCodeAt(i);
  if (c === 63 /* ? */ && (isBlank(text.charCodeAt(i + 1)) || isEnd(text.charCodeAt(i + 1)))) throw new Unsupported('complex mapping key');
  if (c === Ch.Quote || c === 39) {
    const end = scanQuoted(text, i);
    const lineEnd = text.indexOf('\n', i);
    if (lineEnd !== -1 && end > lineEnd) return undefined; // multi-line scalar: not a key
    let j = end;
    while (isBlank(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== Ch.Colon) return undefined;
    const next = text.charCodeAt(j + 1);
    if (!(isBlank(next) || isEnd(next))) return undefined;
    const raw = text.slice(i, end);
    const name = c === 39 ? raw.slice(1, -1).replace(/''/g, "'") : raw.includes('\\') ? String(jsYaml.load(raw)) : raw.slice(1, -1);
    return { name, after: j + 1 };
  }
  if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
    const end = scanFlow(text, i);
    let j = end;
    while (isBlank(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === Ch.Colon) throw new Unsupported('flow collection as a key');
    return undefined;
  }
  if (c === 124 /* | */ || c === 62 /* > */ || c === 42 /* * */ || c === 35 /* # */) return undefined;
  for (let j = i; ; j++) {
    const d = text.charCodeAt(j);
    if (isEnd(d)) return undefined;
    if (d === 35 && isBlank(text.charCodeAt(j - 1))) return undefined;
    if (d === Ch.Colon) {
      const next = text.charCodeAt(j + 1);
      if (isBlank(next) || isEnd(next)) {
        let k = j;
        while (k > i && isBlank(text.charCodeAt(k - 1))) k--;
        return { name: plainKey(text.slice(i, k)), after: j + 1 };
      }
    }
  }
}

/** js-yaml (core schema) turns keys like `200`, `1.0`, `true`, `~` into numbers, booleans, null first. */
function plainKey(raw: string): string {
  if (!/^(?:[-+.0-9~]|true$|false$|null$|True$|False$|TRUE$|FALSE$|Null$|NULL$)/.test(raw)) return raw;
  try {
    return String(jsYaml.load(raw, { schema: jsYaml.CORE_SCHEMA }));
  } catch {
    return raw;
  }
}

/** Index just past the quoted scalar at `i` (may span lines). */
function scanQuoted(text: string, i: number): number {
  const q = text.charCodeAt(i);
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (q === Ch.Quote && c === Ch.Backslash) j++;
    else if (c === q) {
      if (q === 39 && text.charCodeAt(j + 1) === 39) j++;
      else return j + 1;
    }
  }
  throw new Unsupported('unterminated quoted scalar');
}

/** Index just past the flow collection opening at `i` (may span lines). */
function scanFlow(text: string, i: number): number {
  let depth = 0;
  let scalarStart = true;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
      depth++;
      scalarStart = true;
    } else if (c === Ch.CloseBrace || c === Ch.CloseBracket) {
      if (--depth === 0) return j + 1;
      scalarStart = false;
    } else if ((c === Ch.Quote || c === 39) && scalarStart) {
      j = scanQuoted(text, j) - 1;
      scalarStart = false;
    } else if (c === 35 && (isBlank(text.charCodeAt(j - 1)) || isEnd(text.charCodeAt(j - 1)))) {
      while (j < text.length && text.charCodeAt(j) !== Ch.Nl) j++;
      scalarStart = true;
    } else if (c === Ch.Comma || c === Ch.Colon || isBlank(c) || isEnd(c)) {
      scalarStart = true;
    } else {
      scalarStart = false;
    }
  }
  throw new Unsupported('unterminated flow collection');
}

function locateInFragments(text: string, fragments: Fragment[], wanted: Set<string>, found: Map<string, number>): void {
  for (const f of fragments) {
    const inside = [...wanted].filter((p) => !found.has(p) && p.startsWith(`${f.ptr}/`));
    if (inside.length === 0) continue;
    const { LineCounter, parseDocument } = yamlLib();
    const counter = new LineCounter();
    const doc = parseDocument(text.slice(f.start, f.end), { lineCounter: counter, uniqueKeys: false });
    for (const p of inside) {
      const line = yamlLine(doc.contents as YamlNode | null, p.slice(f.ptr.length), counter);
      if (line !== undefined) found.set(p, f.line + line - 1);
    }
  }
}

/** Full parse with the `yaml` package: exact for any YAML, about 10x slower than the line scanner. */
export function yamlDocumentLocator(text: string): LineLocator {
  let doc: ReturnType<typeof import('yaml').parseDocument> | undefined;
  let counter: LineCounter | undefined;
  return (pointers) => {
    const found = new Map<string, number>();
    const list = [...pointers];
    if (list.length === 0) return found;
    if (!doc) {
      const { LineCounter, parseDocument } = yamlLib();
      counter = new LineCounter();
      doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, merge: true });
    }
    for (const ptr of list) {
      const line = yamlLine(doc.contents as YamlNode | null, ptr, counter!);
      if (line !== undefined) found.set(ptr, line);
    }
    return found;
  };
}

function yamlLine(root: YamlNode | null, pointer: string, counter: LineCounter): number | undefined {
  if (pointer === '') return 1;
  const { isMap, isSeq, isScalar } = yamlLib();
  let node: unknown = root;
  let keyOffset: number | undefined;
  for (const seg of decodePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (!pair) return undefined;
      keyOffset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as YamlNode | undefined;
      if (!item) return undefined;
      keyOffset = item.range ? item.range[0] : undefined;
      node = item;
    } else {
      return undefined;
    }
  }
  return keyOffset === undefined ? undefined : counter.linePos(keyOffset).line;
}
