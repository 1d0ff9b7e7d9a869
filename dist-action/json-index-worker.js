import { createRequire as __apicompatCreateRequire } from 'node:module';
const require = __apicompatCreateRequire(import.meta.url);

// src/load/json-index-worker.ts
import { parentPort } from "node:worker_threads";

// src/load/json-index.ts
var JSON_INDEX_WARMUP = String.raw`{"a":{"$ref":"#/b"},"\u0062":[1,{"c":"é \"q\"","d":[[],{}]},true,null],"big":{` + Array.from({ length: 70 }, (_, i) => `"k${i}":${i}`).join(",") + String.raw`},"$r\u0065f":"x","deep":` + "[".repeat(20) + "]".repeat(20) + ',\n  "long" :\n  "a string past the first twenty-four bytes, with \\"escapes\\" and \\\\ in it",\n  "e": {\n    "$ref" :\n "#/a"\n  }\n}';
function buildJsonIndex(bytes) {
  const grow = (a, size) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  const text = (b, start, end) => {
    for (let k = start + 1; k < end; k++) {
      if (b[k] === 92 || b[k] >= 128) {
        try {
          return JSON.parse(b.toString("utf8", start, end + 1));
        } catch {
          return b.toString("utf8", start + 1, end);
        }
      }
    }
    return b.toString("latin1", start + 1, end);
  };
  const lineFeed = (l, i) => {
    if (l.count === l.at.length) l.at = grow(l.at, l.count * 2);
    l.at[l.count++] = i;
  };
  const skipSpace = (b, i, l) => {
    for (let e = b[i]; e === 32 || e === 10 || e === 13 || e === 9; e = b[++i]) if (e === 10) lineFeed(l, i);
    return i;
  };
  const closingQuote = (b, from) => {
    for (let q = b.indexOf(34, from); q !== -1; q = b.indexOf(34, q + 1)) {
      let k = q - 1;
      while (b[k] === 92) k--;
      if ((q - 1 - k) % 2 === 0) return q;
    }
    return b.length;
  };
  const keyHash = (b, start, end) => {
    let h = -2128831035;
    for (let q = start + 1; q < end; q++) {
      const d = b[q];
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
  const firstTime = (keys2, base, top, h, big2) => {
    const count = top - base;
    if (count < 64) {
      for (let k = base; k < top; k++) if (keys2[k] === h) return false;
      return true;
    }
    let set = big2.get(base);
    if (!set) big2.set(base, set = new Set(keys2.subarray(base, top)));
    if (set.has(h)) return false;
    set.add(h);
    return true;
  };
  const n = bytes.length;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cap = 16;
  let opens = new Int32Array(cap);
  let closes = new Int32Array(cap);
  let containers = 0;
  let stack = new Int32Array(16);
  let keyBase = new Int32Array(16);
  let sp = 0;
  let depth = 0;
  let keys = new Int32Array(16);
  let keyTop = 0;
  const big = /* @__PURE__ */ new Map();
  let keyCount = 0;
  let maybeDuplicate = false;
  const refs = [];
  const seenRefs = /* @__PURE__ */ new Set();
  const lines = { at: new Int32Array(4), count: 0 };
  const refHash = keyHash(Buffer.from('"$ref"', "latin1"), 0, 5);
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 34) {
      let j = i + 1;
      const stop = j + 24;
      let h = -2128831035;
      let hashed = true;
      for (; ; ) {
        const d = bytes[j];
        if (d === 34) break;
        if (d === 92) {
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
      const k = skipSpace(bytes, j + 1, lines);
      if (bytes[k] !== 58) {
        i = k - 1;
        continue;
      }
      keyCount++;
      const start = i;
      i = k;
      if (!hashed) h = keyHash(buf, start, j);
      if (!maybeDuplicate && !firstTime(keys, keyBase[sp - 1], keyTop, h, big)) maybeDuplicate = true;
      if (keyTop === keys.length) keys = grow(keys, keyTop * 2);
      keys[keyTop++] = h;
      if (h === refHash && text(buf, start, j) === "$ref") {
        const v = skipSpace(bytes, k + 1, lines);
        if (bytes[v] === 34) {
          let w = v + 1;
          while (w < n && bytes[w] !== 34) w += bytes[w] === 92 ? 2 : 1;
          if (w >= n) break;
          const target = text(buf, v, w);
          if (!seenRefs.has(target)) {
            seenRefs.add(target);
            refs.push(target);
          }
          i = w;
        }
      }
    } else if (c === 123 || c === 91) {
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
    } else if (c === 10) {
      lineFeed(lines, i);
    } else if (c === 125 || c === 93) {
      if (sp > 0) {
        closes[stack[--sp]] = i;
        const base = keyBase[sp];
        if (base !== -1) {
          if (keyTop - base >= 64) big.delete(base);
          keyTop = base;
        }
      }
    }
  }
  return { keyCount, opens, closes, containers, refs, maybeDuplicate, depth, newlines: lines.at, newlineCount: lines.count };
}

// src/load/json-index-worker.ts
var warmup = Buffer.from(JSON_INDEX_WARMUP, "utf8");
var shared = new Uint8Array(new SharedArrayBuffer(warmup.length));
shared.set(warmup);
buildJsonIndex(shared);
parentPort?.on("message", ({ id, shared: shared2, offset, length }) => {
  let index;
  try {
    index = buildJsonIndex(new Uint8Array(shared2, offset, length));
  } catch {
    parentPort.postMessage({ id, failed: true });
    return;
  }
  parentPort.postMessage({ id, index }, [index.opens.buffer, index.closes.buffer, index.newlines.buffer]);
});
