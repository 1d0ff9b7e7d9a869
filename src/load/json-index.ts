import { Ch } from './char-codes.js';
import { decodePointer, encodeSegment } from './pointer.js';

/**
 * A structural index of JSON text, built in one pass over its UTF-8 bytes: how many object keys the
 * text holds (the duplicate-key check compares it with the parsed value) and where every object or
 * array closes. With it, finding the line of a JSON pointer visits only the containers on the way and
 * jumps over every other subtree in one step, instead of scanning each of them character by character.
 *
 * Bytes rather than the decoded string: a spec with one non-Latin-1 character decodes to a two-byte
 * string, twice the memory to walk, and every structural character of JSON is ASCII anyway.
 */
export interface JsonIndex {
  keyCount: number;
  /** Byte offsets of every `{` and `[`, in text order, and of the bracket that closes each one. */
  opens: Int32Array;
  closes: Int32Array;
  containers: number;
  /**
   * The distinct targets of the string-valued `$ref` members, in order of first use. Where each sits
   * is left out: only an error needs that, and the loader then walks the parsed document to say.
   */
  refs: string[];
  /**
   * Some object may hold one key twice: two of its keys have the same hash. Usually a real duplicate;
   * the exact scan of duplicate-keys.ts decides and names it.
   */
  maybeDuplicate: boolean;
  /** Deepest nesting of containers. */
  depth: number;
  /** Byte offsets of the line feeds, in order (`newlineCount` of them): a line is found by binary search. */
  newlines: Int32Array;
  newlineCount: number;
}

/**
 * A small document that takes every branch of buildJsonIndex: scanning it once first gives a fresh
 * thread's compiler the type feedback of every path, so the optimized code it makes for the first
 * real document does not fall back to the interpreter at the first escaped key, `$ref`, large
 * object, long string, line feed or growth of an array (each such round trip costs 10-20 ms on
 * GitHub's spec).
 */
export const JSON_INDEX_WARMUP =
  String.raw`{"a":{"$ref":"#/b"},"\u0062":[1,{"c":"é \"q\"","d":[[],{}]},true,null],"big":{` +
  Array.from({ length: 70 }, (_, i) => `"k${i}":${i}`).join(',') +
  String.raw`},"$r\u0065f":"x","deep":` +
  '['.repeat(20) +
  ']'.repeat(20) +
  ',' +
  '\n  "long" :\n  "a string past the first twenty-four bytes, with \\"escapes\\" and \\\\ in it",\n  "e": {\n    "$ref" :\n "#/a"\n  }\n}';

/**
 * The scanner trusts the text's syntax, and runs while JSON.parse checks it: on text that is not JSON
 * it must only not fail, as its result is then thrown away. It runs on a worker thread for large
 * documents (json-index-worker.ts).
 *
 * Besides the bracket table it does the loader's checks of the document on the text, so that the main
 * thread, busy parsing, need not walk the parsed value: it lists the `$ref` targets, finds keys
 * repeated within an object and measures the depth.
 */
export function buildJsonIndex(bytes: Uint8Array): JsonIndex {
  // Helpers take what they use as arguments: a variable that a closure captures lives in a context
  // object, and the byte loop below would pay for that on every character.
  const grow = (a: Int32Array, size: number): Int32Array => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  /**
   * The string whose quotes are at `start` and `end`, decoded as JSON.parse decodes it. The scan runs
   * alongside the real parse, on text that may turn out not to be JSON: a bad escape is kept as it
   * stands rather than thrown (the parse reports it).
   */
  const text = (b: Buffer, start: number, end: number): string => {
    for (let k = start + 1; k < end; k++) {
      if (b[k]! === 92 || b[k]! >= 128) {
        try {
          return JSON.parse(b.toString('utf8', start, end + 1)) as string;
        } catch {
          return b.toString('utf8', start + 1, end);
        }
      }
    }
    return b.toString('latin1', start + 1, end);
  };
  interface Lines {
    at: Int32Array;
    count: number;
  }
  const lineFeed = (l: Lines, i: number): void => {
    if (l.count === l.at.length) l.at = grow(l.at, l.count * 2);
    l.at[l.count++] = i;
  };
  /** Past the whitespace from `i`, noting its line feeds. */
  const skipSpace = (b: Uint8Array, i: number, l: Lines): number => {
    for (let e = b[i]; e === 32 || e === 10 || e === 13 || e === 9; e = b[++i]) if (e === 10) lineFeed(l, i);
    return i;
  };
  /** The first unescaped quote at or after `from` (`from` is not inside an escape); b.length if none. */
  const closingQuote = (b: Buffer, from: number): number => {
    for (let q = b.indexOf(34, from); q !== -1; q = b.indexOf(34, q + 1)) {
      let k = q - 1;
      while (b[k] === 92) k--;
      // An even run of backslashes before the quote escapes only each other.
      if ((q - 1 - k) % 2 === 0) return q;
    }
    return b.length;
  };
  /** FNV-1a over a key's characters: its bytes when plain ASCII, else its decoded UTF-16 units. */
  const keyHash = (b: Buffer, start: number, end: number): number => {
    let h = -2128831035;
    for (let q = start + 1; q < end; q++) {
      const d = b[q]!;
      if (d === 92 || d >= 128) {
        const s = text(b, start, end);
        h = -2128831035;
        for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
        return h;
      }
      h = Math.imul(h ^ d, 16777619);
    }
    return h;
  };
  /**
   * Whether `h` is new among the keys of the object whose hashes are keys[base..top): a scan for small
   * objects, a Set once an object is large (one with a million keys must not take a million squared).
   */
  const firstTime = (keys: Int32Array, base: number, top: number, h: number, big: Map<number, Set<number>>): boolean => {
    const count = top - base;
    if (count < 64) {
      for (let k = base; k < top; k++) if (keys[k] === h) return false;
      return true;
    }
    let set = big.get(base);
    if (!set) big.set(base, (set = new Set(keys.subarray(base, top))));
    if (set.has(h)) return false;
    set.add(h);
    return true;
  };
  const n = bytes.length;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Small first sizes: the warm-up document makes every array grow once (see JSON_INDEX_WARMUP).
  let cap = 16;
  let opens: Int32Array = new Int32Array(cap);
  let closes: Int32Array = new Int32Array(cap);
  let containers = 0;
  // Per open container (by stack position): its index, and where its keys start in `keys` (-1: an array).
  let stack: Int32Array = new Int32Array(16);
  let keyBase: Int32Array = new Int32Array(16);
  let sp = 0;
  let depth = 0;
  // Hashes of the keys of every open object, innermost last.
  let keys: Int32Array = new Int32Array(16);
  let keyTop = 0;
  const big = new Map<number, Set<number>>();
  let keyCount = 0;
  let maybeDuplicate = false;
  const refs: string[] = [];
  const seenRefs = new Set<string>();
  // A raw line feed is never inside a JSON string: every one of them is between tokens.
  const lines: Lines = { at: new Int32Array(4), count: 0 };
  const refHash = keyHash(Buffer.from('"$ref"', 'latin1'), 0, 5);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 34 /* " */) {
      // To the closing quote: the first one not escaped by a backslash.
      // Short strings (keys) byte by byte; past 24 bytes (descriptions), native search for each quote.
      // The FNV-1a hash of a short plain string is taken on the way (it may be a key).
      let j = i + 1;
      const stop = j + 24;
      let h = -2128831035;
      let hashed = true;
      for (;;) {
        const d = bytes[j]!;
        if (d === 34) break;
        if (d === 92 /* \ */) {
          hashed = false;
          j += 2;
        } else {
          if (d >= 128) hashed = false;
          h = Math.imul(h ^ d, 16777619);
          j++;
        }
        if (j >= stop) {
          j = closingQuote(buf, j);
          hashed = false;
          break;
        }
      }
      if (j >= n) return { keyCount, opens, closes, containers, refs, maybeDuplicate, depth, newlines: lines.at, newlineCount: lines.count };
      // A string followed by a colon is a key.
      const k = skipSpace(bytes, j + 1, lines);
      if (bytes[k] !== 58 /* : */) {
        i = k - 1; // the whitespace up to k is done (its line feeds counted)
        continue;
      }
      keyCount++;
      const start = i;
      i = k;
      if (!hashed) h = keyHash(buf, start, j);
      if (!maybeDuplicate && !firstTime(keys, keyBase[sp - 1]!, keyTop, h, big)) maybeDuplicate = true;
      if (keyTop === keys.length) keys = grow(keys, keyTop * 2);
      keys[keyTop++] = h;
      if (h === refHash && text(buf, start, j) === '$ref') {
        // `"$ref": "..."`: keep the target (a `$ref` that is not a string refers to nothing).
        const v = skipSpace(bytes, k + 1, lines);
        if (bytes[v] === 34) {
          let w = v + 1;
          while (w < n && bytes[w] !== 34) w += bytes[w] === 92 ? 2 : 1;
          if (w >= n) break; // the text ends inside the string: not JSON, and the parse says so
          const target = text(buf, v, w);
          if (!seenRefs.has(target)) {
            seenRefs.add(target);
            refs.push(target);
          }
          i = w;
        }
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (containers === cap) {
        cap *= 2;
        opens = grow(opens, cap);
        closes = grow(closes, cap);
      }
      if (sp === stack.length) {
        stack = grow(stack, sp * 2);
        keyBase = grow(keyBase, sp * 2);
      }
      opens[containers] = i;
      keyBase[sp] = c === 123 ? keyTop : -1;
      stack[sp++] = containers++;
      if (sp > depth) depth = sp;
    } else if (c === 10 /* \n */) {
      lineFeed(lines, i);
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (sp > 0) {
        closes[stack[--sp]!] = i;
        const base = keyBase[sp]!;
        if (base !== -1) {
          if (keyTop - base >= 64) big.delete(base);
          keyTop = base;
        }
      }
    }
  }
  return { keyCount, opens, closes, containers, refs, maybeDuplicate, depth, newlines: lines.at, newlineCount: lines.count };
}

function isWs(c: number | undefined): boolean {
  return c === Ch.Space || c === Ch.Nl || c === Ch.Cr || c === Ch.Tab;
}

/** Index just past the closing quote of the string whose opening quote is at `i`. */
function skipString(bytes: Uint8Array, i: number): number {
  for (let j = bytes.indexOf(Ch.Quote, i + 1); j !== -1; j = bytes.indexOf(Ch.Quote, j + 1)) {
    let k = j - 1;
    while (bytes[k] === Ch.Backslash) k--;
    if ((j - 1 - k) % 2 === 0) return j + 1;
  }
  return bytes.length;
}

/** The key whose quotes are at `start` and `end - 1`: decoded natively, through JSON.parse only when escaped. */
function readKey(buf: Buffer, start: number, end: number): string {
  // A bounded loop, not buf.indexOf: that would search on to the end of a document without backslashes.
  for (let k = start + 1; k < end - 1; k++) if (buf[k] === Ch.Backslash) return JSON.parse(buf.toString('utf8', start, end)) as string;
  return buf.toString('utf8', start + 1, end - 1);
}

/** The wanted pointers as a tree of decoded segments: a member's key is looked up, never joined into a pointer. */
interface PointerNode {
  ptr: string;
  wanted: boolean;
  kids?: Map<string, PointerNode>;
}

function pointerTree(wanted: Set<string>): PointerNode {
  const root: PointerNode = { ptr: '', wanted: wanted.has('') };
  for (const ptr of wanted) {
    let node = root;
    let at = '';
    for (const seg of decodePointer(ptr)) {
      at += `/${encodeSegment(seg)}`;
      node.kids ??= new Map();
      let next = node.kids.get(seg);
      if (!next) node.kids.set(seg, (next = { ptr: at, wanted: false }));
      node = next;
    }
    node.wanted = true;
  }
  return root;
}

/**
 * Byte offsets of the wanted pointers: the key of an object member, the value of an array item.
 * Only containers on the way to a wanted pointer are entered; every other one is jumped over.
 */
export function locateJsonOffsets(bytes: Uint8Array, index: JsonIndex, wanted: Set<string>): Map<string, number> {
  const offsets = new Map<string, number>();
  if (wanted.size === 0) return offsets;
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const root = pointerTree(wanted);
  const { opens, closes, containers } = index;
  let cursor = 0; // opens[cursor] is the first container at or after the scan position
  const closeOf = (at: number): number => {
    while (cursor < containers && opens[cursor]! < at) cursor++;
    return cursor < containers && opens[cursor] === at ? closes[cursor]! : bytes.length - 1;
  };
  const n = bytes.length;
  const skipWs = (i: number): number => {
    while (i < n && isWs(bytes[i])) i++;
    return i;
  };
  interface Frame {
    node: PointerNode;
    array: boolean;
    index: number;
  }
  const stack: Frame[] = [];
  /** Enters a container on the way to a wanted pointer, jumps over any other value; returns the index after it. */
  const value = (node: PointerNode | undefined, i: number): number => {
    const c = bytes[i];
    if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
      if (!node?.kids) return closeOf(i) + 1;
      stack.push({ node, array: c === Ch.OpenBracket, index: 0 });
      return i + 1;
    }
    if (c === Ch.Quote) return skipString(bytes, i);
    let j = i;
    while (j < n) {
      const d = bytes[j];
      if (d === Ch.Comma || d === Ch.CloseBrace || d === Ch.CloseBracket || isWs(d)) break;
      j++;
    }
    return j;
  };
  const found = (node: PointerNode | undefined, i: number) => {
    if (node?.wanted && !offsets.has(node.ptr)) offsets.set(node.ptr, i);
  };
  let i = skipWs(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  found(root, i);
  i = value(root, i);
  while (stack.length > 0 && i < n) {
    i = skipWs(i);
    const c = bytes[i];
    if (c === Ch.Comma) {
      i++;
      continue;
    }
    if (c === Ch.CloseBrace || c === Ch.CloseBracket) {
      stack.pop();
      i++;
      continue;
    }
    const top = stack[stack.length - 1]!;
    if (top.array) {
      const node = top.node.kids!.get(String(top.index++));
      found(node, i);
      i = value(node, i);
      continue;
    }
    const keyEnd = skipString(bytes, i);
    const node = top.node.kids!.get(readKey(buf, i, keyEnd));
    found(node, i);
    i = skipWs(keyEnd);
    i = skipWs(i + 1); // past ':'
    i = value(node, i);
  }
  return offsets;
}

/** Converts byte offsets to 1-based lines: the number of line feeds before each offset, plus one. */
export function byteOffsetsToLines(index: Pick<JsonIndex, 'newlines' | 'newlineCount'>, offsets: Map<string, number>): Map<string, number> {
  const { newlines, newlineCount } = index;
  const out = new Map<string, number>();
  offsets.forEach((off, ptr) => {
    let lo = 0;
    let hi = newlineCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newlines[mid]! < off) lo = mid + 1;
      else hi = mid;
    }
    out.set(ptr, lo + 1);
  });
  return out;
}
