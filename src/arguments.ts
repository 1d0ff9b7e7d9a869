import { UsageError } from './errors.js';

/**
 * Argument checks for the public API: each throws a one-line UsageError naming the function, the
 * argument and what it got. JavaScript callers and `any` get the same clear message TypeScript would give.
 */

/** A value as a message shows it: short, one line, never a function's source. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return shorten(JSON.stringify(v));
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : 'an array';
  if (v instanceof Date) return 'a Date';
  if (v instanceof Map) return 'a Map';
  const proto = Object.getPrototypeOf(v) as object | null;
  if (proto !== null && proto !== Object.prototype) return `an instance of ${(v as object).constructor?.name || 'a class'}`;
  let json: string | undefined;
  try {
    json = JSON.stringify(v);
  } catch {
    json = undefined;
  }
  return json === undefined ? 'an object' : shorten(json);
}

function shorten(s: string): string {
  const one = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || proto === Object.prototype;
}

export const SOURCE_HINT = 'a file path, "-" for stdin, an http(s) URL, or REF:path';

/** `fn(): name must be a non-empty string (a file path, …), got null`. */
export function checkSource(fn: string, name: string, v: unknown): asserts v is string {
  if (typeof v !== 'string' || v === '') throw new UsageError(`${fn}: ${name} must be a non-empty string (${SOURCE_HINT}), got ${describeValue(v)}`);
}

/** Checks of one option's value: a description of what it must be when it is wrong, else undefined. */
export type OptionChecks<T> = { readonly [K in keyof Required<T>]: (v: unknown) => string | undefined };

export const is = {
  string: (v: unknown) => (typeof v === 'string' && v !== '' ? undefined : 'a non-empty string'),
  boolean: (v: unknown) => (typeof v === 'boolean' ? undefined : 'true or false'),
  function: (v: unknown) => (typeof v === 'function' ? undefined : 'a function'),
  positiveNumber: (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'a number > 0'),
  object: (v: unknown) => (isPlainObject(v) ? undefined : 'an object'),
};

/**
 * An options argument: undefined or a plain object whose keys are all known (a typo like `confg` would
 * otherwise drop that option without a word) and whose values pass their checks; undefined values are
 * the same as absent ones.
 */
export function checkOptions<T>(fn: string, name: string, opts: unknown, checks: OptionChecks<T>): asserts opts is T | undefined {
  if (opts === undefined) return;
  if (!isPlainObject(opts)) throw new UsageError(`${fn}: ${name} must be an object, got ${describeValue(opts)}`);
  const known = Object.keys(checks).sort();
  for (const key of Object.keys(opts)) {
    const check = (checks as Record<string, (v: unknown) => string | undefined>)[key];
    if (!check || !Object.prototype.hasOwnProperty.call(checks, key)) {
      const near = closest(key, known);
      throw new UsageError(`${fn}: unknown option ${JSON.stringify(key)} in ${name}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; known options: ${known.join(', ')}`);
    }
    const value = opts[key];
    if (value === undefined) continue;
    const wanted = check(value);
    if (wanted !== undefined) throw new UsageError(`${fn}: ${name}.${key} must be ${wanted}, got ${describeValue(value)}`);
  }
}

/** The known name within edit distance 2 (a typo), if exactly one is nearest. */
export function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const n of names) {
    const d = distance(word.toLowerCase(), n.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
