/**
 * JSON.parse keeps the last of two equal keys without a word, so a spec with a duplicated path would be
 * compared as if the first never existed; js-yaml already rejects duplicates in YAML. The text holds a
 * duplicate exactly when it has more keys than the parsed value (`parsedKeys`, counted by the document
 * walk); only then is the text scanned again with key sets, to say which key and where.
 */
export function findDuplicateJsonKey(text: string, parsedKeys: number): { key: string; offset: number } | undefined {
  if (quickKeyBound(text) === parsedKeys) return undefined;
  if (scanKeys(text, false) === parsedKeys) return undefined;
  const hit = scanKeys(text, true);
  return typeof hit === 'object' ? hit : undefined;
}

/**
 * An upper bound on the keys in valid JSON text, from two native substring searches (~25 ms on 12 MB,
 * a third of the character-by-character scan). When the text has no `"` followed by whitespace and a
 * colon, every key ends in `":`; the other `":` are an escaped quote inside a string (an odd run of
 * backslashes before it, subtracted here) or the opening quote of a string that starts with `:` (left
 * in, so the bound can only be high). A value string's closing quote is never followed by `:`. So
 * bound === parsed keys proves there is no duplicate; anything else falls back to the exact scan.
 */
function quickKeyBound(text: string): number {
  if (/"[ \t\r\n]+:/.test(text)) return -1;
  let n = 0;
  for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2)) n++;
  const escaped = text.match(/(?<!\\)\\(?:\\\\)*":/g);
  return n - (escaped ? escaped.length : 0);
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
