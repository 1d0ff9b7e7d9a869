import { SchemaDiffer, type SchemaChange } from '../../src/diff/schema.js';
import { RefResolver } from '../../src/load/refs.js';
import { SchemaViews } from '../../src/model/schema-view.js';
import type { Flow } from '../../src/model/types.js';

export type Schema = Record<string, unknown>;

/** A bare document: the schema under test at `/root`, and the components its `$ref`s name. */
export interface Doc {
  root: unknown;
  components: { schemas: Record<string, Schema> };
}

export const doc = (root: unknown, schemas: Record<string, Schema> = {}): Doc => ({ root, components: { schemas } });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Compares `/root` of two documents the way the contract walk does, with a fresh differ. */
export function diff(a: Doc, b: Doc, flow: Flow = 'input'): SchemaChange[] {
  const differ = new SchemaDiffer(new SchemaViews(new RefResolver('old.yaml', a)), new SchemaViews(new RefResolver('new.yaml', b)));
  return differ.diff({ value: a.root, pointer: '/root' }, { value: b.root, pointer: '/root' }, flow);
}
