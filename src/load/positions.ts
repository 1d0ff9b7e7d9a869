import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { Syntax } from './parse.js';
import { decodePointer } from './pointer.js';
import { createIndentLocator } from './yaml-lines.js';

/**
 * Maps JSON pointers to 1-based source lines. Built lazily and only for the pointers a report
 * prints, so a clean run on a 12 MB spec never pays for positions.
 */
export type LineLocator = (pointers: Iterable<string>) => Map<string, number>;

/**
 * Above this size YAML positions come from indentation alone (yaml-lines.ts): exact for block style,
 * about 10x faster and without an AST; the full YAML AST took 99 s and 1 GB on a 50 MB document.
 */
export const EXACT_YAML_POSITIONS_MAX = 2 * 1024 * 1024;

export function createLineLocator(text: string, syntax: Syntax): LineLocator {
  if (syntax === 'json') return (ps) => locateJson(text, new Set(ps));
  return text.length > EXACT_YAML_POSITIONS_MAX ? createIndentLocator(text) : createYamlLocator(text);
}

/** One pass over the JSON text with a path stack; records the line of each wanted pointer's value key. */
function locateJson(text: string, wanted: Set<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  if (wanted.has('')) found.set('', 1);
  const path: string[] = [];
  const isArray: boolean[] = [];
  const index: number[] = [];
  let line = 1;
  let pendingKey: string | undefined;
  let expectValue = true;
  const enter = (seg: string | undefined) => {
    if (seg === undefined) return;
    const ptr = path.length ? `/${path.join('/')}/${seg}` : `/${seg}`;
    if (wanted.has(ptr) && !found.has(ptr)) found.set(ptr, line);
  };
  const segNow = (): string | undefined => {
    if (isArray.length === 0) return undefined;
    if (isArray[isArray.length - 1]) return String(index[index.length - 1]);
    return pendingKey;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { line++; continue; }
    if (c === 34 /* " */) {
      let j = i + 1;
      let raw = '';
      let start = j;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 92) { raw += text.slice(start, j); raw += text[j + 1] === 'u' ? String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16)) : unescape(text[j + 1]!); j += text[j + 1] === 'u' ? 5 : 1; start = j + 1; continue; }
        if (d === 34) break;
        if (d === 10) line++;
      }
      raw += text.slice(start, j);
      i = j;
      const inObject = isArray.length > 0 && !isArray[isArray.length - 1];
      if (inObject && !expectValue) {
        pendingKey = raw.replace(/~/g, '~0').replace(/\//g, '~1');
        enter(pendingKey);
      } else if (isArray.length > 0 && isArray[isArray.length - 1]) {
        enter(segNow());
      }
      continue;
    }
    if (c === 58 /* : */) { expectValue = true; continue; }
    if (c === 44 /* , */) {
      if (isArray[isArray.length - 1]) index[index.length - 1]!++;
      expectValue = !!isArray[isArray.length - 1];
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const seg = segNow();
      if (isArray[isArray.length - 1]) enter(seg);
      if (seg !== undefined) path.push(seg);
      isArray.push(c === 91);
      index.push(0);
      expectValue = c === 91;
      continue;
    }
    if (c === 125 || c === 93) {
      isArray.pop();
      index.pop();
      if (isArray.length > 0) path.pop();
      expectValue = false;
      continue;
    }
    if (c > 32 && isArray[isArray.length - 1] && expectValue) {
      // bare scalar inside an array (number, true, null)
      enter(segNow());
      expectValue = false;
    }
    if (found.size === wanted.size) break;
  }
  return found;
}

function unescape(ch: string): string {
  switch (ch) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'b': return '\b';
    case 'f': return '\f';
    default: return ch;
  }
}

function createYamlLocator(text: string): LineLocator {
  let doc: ReturnType<typeof parseDocument> | undefined;
  let counter: LineCounter | undefined;
  // Key lookup per mapping, built on first use: a linear find per segment made 20,000 findings under
  // one `paths` mapping quadratic (minutes on a 50 MB spec).
  const keyIndex = new WeakMap<object, Map<string, { key: unknown; value: unknown }>>();
  return (pointers) => {
    const found = new Map<string, number>();
    const list = [...pointers];
    if (list.length === 0) return found;
    if (!doc) {
      counter = new LineCounter();
      doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, merge: true });
    }
    for (const ptr of list) {
      const line = yamlLine(doc.contents as YamlNode | null, ptr, counter!, keyIndex);
      if (line !== undefined) found.set(ptr, line);
    }
    return found;
  };
}

type KeyIndex = WeakMap<object, Map<string, { key: unknown; value: unknown }>>;

function pairsOf(map: { items: Array<{ key: unknown; value: unknown }> }, index: KeyIndex): Map<string, { key: unknown; value: unknown }> {
  let byKey = index.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const p of map.items) {
      const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
      if (!byKey.has(k)) byKey.set(k, p);
    }
    index.set(map, byKey);
  }
  return byKey;
}

function yamlLine(root: YamlNode | null, pointer: string, counter: LineCounter, index: KeyIndex): number | undefined {
  if (pointer === '') return 1;
  let node: unknown = root;
  let keyOffset: number | undefined;
  for (const seg of decodePointer(pointer)) {
    if (isMap(node)) {
      const pair = pairsOf(node, index).get(seg);
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
