import { LoadError } from '../errors.js';
import type { LoadedDocument } from '../load/index.js';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What a value is, for an error message: `a string`, `a list`, `null`. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list';
  switch (typeof v) {
    case 'object':
      return 'a mapping';
    case 'string':
      return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)})`;
    case 'number':
      return `a number (${v})`;
    case 'boolean':
      return `a boolean (${v})`;
    default:
      return typeof v;
  }
}

/** Where a shape error is reported: the document's name and its line lookup. */
export type ShapeSource = Pick<LoadedDocument, 'name' | 'locate'>;

/**
 * Shape checks for the objects the model and the schema views read: a value of the wrong kind is a
 * load error naming file, line and pointer, never read as "absent" (which the diff would report as a
 * removal or a widening). Each check is a typeof or two on a value that is being read anyway; nothing
 * walks the document for them.
 *
 * The line is found here, when the error is made: errors of the old document thrown while the diff
 * builds its operations and schema views would otherwise have only their pointer.
 */
export class Shape {
  constructor(private readonly src: ShapeSource) {}

  fail(detail: string, pointer: string): never {
    throw new LoadError(this.src.name, detail, pointer, this.lineOf(pointer));
  }

  private lineOf(pointer: string): number | undefined {
    const chain: string[] = [];
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      chain.push(p);
      if (p === '') break;
    }
    try {
      const lines = this.src.locate(chain);
      for (const p of chain) {
        const l = lines.get(p);
        if (l !== undefined) return l;
      }
    } catch {
      // positions are a courtesy; the error itself must get through
    }
    return undefined;
  }

  /** `value` must be a mapping; `what` names it in the message (`` `responses` ``, `operation \`get\``). */
  mapping(value: unknown, pointer: string, what: string): Obj {
    if (!isObj(value)) this.fail(`${what} must be a mapping, not ${kindOf(value)}`, pointer);
    return value;
  }

  /** Absent, or a mapping. */
  optMapping(value: unknown, pointer: string, what: string): Obj | undefined {
    return value === undefined ? undefined : this.mapping(value, pointer, what);
  }

  list(value: unknown, pointer: string, what: string): unknown[] {
    if (!Array.isArray(value)) this.fail(`${what} must be a list, not ${kindOf(value)}`, pointer);
    return value;
  }

  /** Absent, or a list of strings. */
  stringList(value: unknown, pointer: string, what: string): string[] | undefined {
    if (value === undefined) return undefined;
    const list = this.list(value, pointer, what);
    for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') this.fail(`${what} must be a list of strings; this entry is ${kindOf(list[i])}`, `${pointer}/${i}`);
    return list as string[];
  }

  /** Absent, or a string. */
  string(value: unknown, pointer: string, what: string): string | undefined {
    if (value === undefined || typeof value === 'string') return value;
    this.fail(`${what} must be a string, not ${kindOf(value)}`, pointer);
  }

  /**
   * Documentation text (`description`, `summary`, `title`): absent, or a string. `null` counts as absent:
   * YAML writes an empty `description:` so, and reading it as no text misreads nothing.
   */
  text(value: unknown, pointer: string, what: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    return this.string(value, pointer, what);
  }

  /** Absent, or true/false. */
  boolean(value: unknown, pointer: string, what: string): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value;
    this.fail(`${what} must be true or false, not ${kindOf(value)}`, pointer);
  }
}
