import yaml from 'js-yaml';
import { LoadError } from '../errors.js';
import { Ch } from './char-codes.js';
import { findDuplicateJsonKey } from './duplicate-keys.js';
import { MAX_DEPTH } from './limits.js';

export type Syntax = 'json' | 'yaml';

export interface Parsed {
  syntax: Syntax;
  value: unknown;
}

/**
 * JSON goes through JSON.parse (the fastest parser there is); YAML through js-yaml, about 10x faster
 * than the `yaml` package on multi-megabyte documents. Source positions are computed later, only for
 * the findings that get printed (see positions.ts). JSON.parse keeps the last of two equal keys: the
 * loader compares the key count of its byte index with that of its walk, and on a difference runs
 * `assertNoDuplicateKeys` to name the key.
 */
export function parseText(name: string, text: string): Parsed {
  if (text.trim() === '') throw new LoadError(name, 'file is empty', undefined, 1);
  if (startsLikeJson(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      // Flow-style YAML also starts with `{`; let the YAML parser have it before reporting.
      if (!looksLikeStrictJson(name)) return parseYaml(name, text);
      const pos = /position (\d+)/.exec((e as Error).message);
      const line = pos ? lineAt(text, Number(pos[1])) : undefined;
      throw new LoadError(name, `invalid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`, undefined, line);
    }
    return { syntax: 'json', value };
  }
  return parseYaml(name, text);
}

/** JSON text starts with `{` or `[` (so does flow-style YAML, which parseText tells apart). */
export function startsLikeJson(text: string): boolean {
  const first = /\S/.exec(text);
  return first !== null && (text[first.index] === '{' || text[first.index] === '[');
}

/** The same test on UTF-8 bytes, before they are decoded: ASCII white space, then `{` or `[` (no byte order mark). */
export function startsLikeJsonBytes(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && (bytes[i] === Ch.Space || bytes[i] === Ch.Nl || bytes[i] === Ch.Cr || bytes[i] === Ch.Tab)) i++;
  return bytes[i] === Ch.OpenBrace || bytes[i] === Ch.OpenBracket;
}

function looksLikeStrictJson(name: string): boolean {
  return /\.json$/i.test(name);
}

function parseYaml(name: string, text: string): Parsed {
  try {
    // js-yaml counts the scalar at the bottom as a level too; the loader's walk enforces MAX_DEPTH exactly.
    const value = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: name, json: false, maxDepth: MAX_DEPTH + 2 } as yaml.LoadOptions);
    return { syntax: 'yaml', value };
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const line = e.mark ? e.mark.line + 1 : undefined;
      if (/^nesting exceeded maxDepth/.test(e.reason)) throw new LoadError(name, `document nests deeper than ${MAX_DEPTH} levels; refused`, undefined, line);
      throw new LoadError(name, `invalid YAML: ${e.reason}`, undefined, line);
    }
    throw e;
  }
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Duplicate keys are an error in JSON too (YAML's parser already refuses them). */
export function assertNoDuplicateKeys(name: string, text: string): void {
  const dup = findDuplicateJsonKey(text);
  if (dup) throw new LoadError(name, `invalid JSON: duplicated key ${JSON.stringify(dup.key)}`, undefined, lineAt(text, dup.offset));
}
