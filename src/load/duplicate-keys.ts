/**
 * JSON.parse keeps the last of two equal keys without a word, so a spec with a duplicated path would be
 * compared as if the first never existed; js-yaml already rejects duplicates in YAML. The text holds a
 * duplicate exactly when it has more keys than the parsed value (`parsedKeys`, counted by the document
 * walk). The loader learns that from the byte index (json-index.ts); this slower scan, with key sets,
 * says which key and where.
 */
export function findDuplicateJsonKey(text: string, parsedKeys: number): { key: string; offset: number } | undefined {
  if (scanKeys(text, false) === parsedKeys) return undefined;
  const hit = scanKeys(text, true);
  return typeof hit === 'object' ? hit : undefined;
}

/** Walks valid JSON text: counts object keys, or with `find` returns the first repeated one. */
function scanKeys(text: string, find: boolean): number | { key: string; offset: number } {
  // One entry per open container: true/Set for an object, false/null for an array.
  const open: Array<Set<string> | boolean | null> = [];
  let expectKey = false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      for (i = text.indexOf('"', i + 1); i !== -1; i = text.indexOf('"', i + 1)) {
        let backslashes = 0;
        for (let j = i - 1; text.charCodeAt(j) === 92; j--) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      if (i === -1) break; // unreachable for text JSON.parse accepted
      if (!expectKey) continue;
      expectKey = false;
      count++;
      if (!find) continue;
      const raw = text.slice(start + 1, i);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const keys = open[open.length - 1] as Set<string>;
      if (keys.has(key)) return { key, offset: start };
      keys.add(key);
    } else if (c === 123 /* { */) {
      open.push(find ? new Set() : true);
      expectKey = true;
    } else if (c === 91 /* [ */) {
      open.push(find ? null : false);
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      open.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      const top = open[open.length - 1];
      expectKey = top !== null && top !== false && top !== undefined;
    }
  }
  return count;
}
