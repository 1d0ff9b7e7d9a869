/**
 * JSON.parse keeps the last of two equal keys without a word, so a spec with a duplicated path would be
 * compared as if the first never existed; js-yaml already rejects duplicates in YAML. The loader learns
 * that a JSON text holds a duplicate from its byte index (json-index.ts counts more keys in the text
 * than the document walk finds in the parsed value); this slower scan, with a set of keys per object,
 * says which key and where.
 */
export function findDuplicateJsonKey(text: string): { key: string; offset: number } | undefined {
  // One entry per open container: the keys so far for an object, null for an array.
  const open: Array<Set<string> | null> = [];
  let expectKey = false;
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
      const raw = text.slice(start + 1, i);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const keys = open[open.length - 1]!;
      if (keys.has(key)) return { key, offset: start };
      keys.add(key);
    } else if (c === 123 /* { */) {
      open.push(new Set());
      expectKey = true;
    } else if (c === 91 /* [ */) {
      open.push(null);
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      open.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      const top = open[open.length - 1];
      expectKey = top !== null && top !== undefined;
    }
  }
  return undefined;
}
