import type { At, Flow } from '../model/types.js';
import type { ChangeKind } from './kinds.js';
import { MAX_KEYWORDS, MIN_KEYWORDS, type SchemaView, type SchemaViews } from './schema-view.js';

/** A schema change relative to the schema being compared; the caller adds operation and container. */
export interface SchemaChange {
  kind: ChangeKind;
  /** Property path segments from the compared root: `['trip', 'stops', '[]', 'name']`. */
  path: string[];
  oldPointer: string;
  newPointer: string;
  keyword?: string;
  value?: string;
  before?: unknown;
  after?: unknown;
  facts?: Record<string, unknown>;
}

/**
 * Most changes one schema comparison may report. Memoisation keeps the work per `$ref` pair small, but
 * every path to a changed leaf is its own change: a component used 9 times at each of 9 levels (by
 * `$ref` or by YAML alias) reaches one leaf by 9^9 paths. Far above real specs; far below a hang.
 */
export const MAX_SCHEMA_CHANGES = 100_000;

/** The comparison would list more changes than MAX_SCHEMA_CHANGES; `pointer` is where it fans out. */
export class SchemaFanOutError extends Error {
  constructor(readonly pointer: string) {
    super(`schema changes fan out to more than ${MAX_SCHEMA_CHANGES.toLocaleString('en-US')} paths (one schema reused at every level?)`);
  }
}

/**
 * Semantic comparison of two schemas for one flow. Results are memoised per (old, new, flow) pair of
 * `$ref` targets, so a component used by 500 operations is compared once, and a pair already being
 * compared (a `$ref` cycle) counts as equal at the point of recursion.
 */
export class SchemaDiffer {
  private memo = new Map<string, SchemaChange[]>();
  private active = new Set<string>();
  constructor(
    private readonly oldViews: SchemaViews,
    private readonly newViews: SchemaViews,
  ) {}

  diff(a: At, b: At, flow: Flow): SchemaChange[] {
    const va = this.oldViews.view(a);
    const vb = this.newViews.view(b);
    const key = `${va.pointer}\u0000${vb.pointer}\u0000${flow}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    if (this.active.has(key)) return [];
    this.active.add(key);
    const out: SchemaChange[] = [];
    try {
      this.compare(va, vb, flow, out);
    } finally {
      this.active.delete(key);
    }
    if (va.ref || vb.ref) this.memo.set(key, out);
    return out;
  }

  private child(a: At, b: At, flow: Flow, seg: string, out: SchemaChange[]): void {
    const changes = this.diff(a, b, flow);
    if (out.length + changes.length > MAX_SCHEMA_CHANGES) throw new SchemaFanOutError(b.pointer);
    for (const c of changes) out.push({ ...c, path: [seg, ...c.path] });
  }

  private compare(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[]): void {
    const emit = (kind: ChangeKind, extra: Partial<SchemaChange> = {}) => out.push({ kind, path: [], oldPointer: a.pointer, newPointer: b.pointer, ...extra });
    this.compareTypes(a, b, emit);
    if (a.nullable !== b.nullable) emit(b.nullable ? 'schema.nullable.added' : 'schema.nullable.removed');
    if (a.format !== b.format) emit('schema.format.changed', { before: a.format, after: b.format });
    this.compareEnums(a, b, emit);
    for (const k of MAX_KEYWORDS) compareLimit(a.limits[k], b.limits[k], Infinity, k, 'schema.max.decreased', 'schema.max.increased', emit);
    for (const k of MIN_KEYWORDS) compareLimit(a.limits[k], b.limits[k], -Infinity, k, 'schema.min.decreased', 'schema.min.increased', emit);
    if (a.pattern !== b.pattern) {
      const kind = a.pattern === undefined ? 'schema.pattern.added' : b.pattern === undefined ? 'schema.pattern.removed' : 'schema.pattern.changed';
      emit(kind, { before: a.pattern, after: b.pattern });
    }
    if (a.hasDefault !== b.hasDefault || (a.hasDefault && !sameValue(a.default, b.default))) emit('schema.default.changed', { before: a.default, after: b.default, facts: { added: !a.hasDefault, removed: !b.hasDefault } });
    if (!a.deprecated && b.deprecated) emit('schema.deprecated');
    if ((a.description ?? '') !== (b.description ?? '')) emit('schema.documentation.changed', { keyword: 'description', before: a.description, after: b.description });
    this.compareProperties(a, b, flow, out, emit);
    this.compareAdditional(a, b, flow, out, emit);
    if (a.items && b.items) this.child(a.items, b.items, flow, '[]', out);
    this.compareVariants(a, b, flow, out, emit);
  }

  private compareTypes(a: SchemaView, b: SchemaView, emit: (k: ChangeKind, e?: Partial<SchemaChange>) => void): void {
    const ta = a.types;
    const tb = b.types;
    if (!ta && !tb) return;
    const before = ta ? [...ta].sort().join('|') : 'any';
    const after = tb ? [...tb].sort().join('|') : 'any';
    if (before === after) return;
    const widened = !tb || (ta !== undefined && covers(tb, ta));
    const narrowed = !ta || (tb !== undefined && covers(ta, tb));
    emit(widened ? 'schema.type.widened' : narrowed ? 'schema.type.narrowed' : 'schema.type.changed', { before, after });
  }

  private compareEnums(a: SchemaView, b: SchemaView, emit: (k: ChangeKind, e?: Partial<SchemaChange>) => void): void {
    if (!a.enum && !b.enum) return;
    if (!a.enum) return void emit('schema.enum.added', { after: b.enum });
    if (!b.enum) return void emit('schema.enum.removed', { before: a.enum });
    const before = new Set(a.enum.map((x) => JSON.stringify(x)));
    const after = new Set(b.enum.map((x) => JSON.stringify(x)));
    for (const x of before) if (!after.has(x)) emit('schema.enum.value-removed', { value: display(x) });
    for (const x of after) if (!before.has(x)) emit('schema.enum.value-added', { value: display(x) });
  }

  private visible(props: Map<string, At>, views: SchemaViews, flow: Flow): Map<string, { at: At; view: SchemaView }> {
    const out = new Map<string, { at: At; view: SchemaView }>();
    for (const [name, at] of props) {
      const view = views.view(at);
      // readOnly properties bind responses only, writeOnly ones requests only.
      if (flow === 'input' && view.readOnly) continue;
      if (flow === 'output' && view.writeOnly) continue;
      out.set(name, { at, view });
    }
    return out;
  }

  private compareProperties(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[], emit: (k: ChangeKind, e?: Partial<SchemaChange>) => void): void {
    if (a.properties.size === 0 && b.properties.size === 0) return;
    const pa = this.visible(a.properties, this.oldViews, flow);
    const pb = this.visible(b.properties, this.newViews, flow);
    for (const [name, { at, view }] of pa) {
      if (pb.has(name)) continue;
      out.push({ kind: 'schema.property.removed', path: [name], oldPointer: at.pointer, newPointer: b.pointer, facts: { required: a.required.has(name), additionalProperties: b.additionalProperties !== false, deprecated: view.deprecated } });
    }
    for (const [name, { at, view }] of pb) {
      const inA = pa.get(name);
      if (!inA) {
        out.push({ kind: 'schema.property.added', path: [name], oldPointer: a.pointer, newPointer: at.pointer, facts: { required: b.required.has(name), hasDefault: view.hasDefault } });
        continue;
      }
      const ra = a.required.has(name);
      const rb = b.required.has(name);
      if (ra !== rb) out.push({ kind: rb ? 'schema.property.became-required' : 'schema.property.became-optional', path: [name], oldPointer: inA.at.pointer, newPointer: at.pointer, facts: { hasDefault: view.hasDefault } });
      this.child(inA.at, at, flow, name, out);
    }
    void emit;
  }

  private compareAdditional(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[], emit: (k: ChangeKind, e?: Partial<SchemaChange>) => void): void {
    const closedA = a.additionalProperties === false;
    const closedB = b.additionalProperties === false;
    if (!closedA && closedB) emit('schema.additional-properties.closed');
    else if (closedA && !closedB) emit('schema.additional-properties.opened');
    else if (typeof a.additionalProperties === 'object' && typeof b.additionalProperties === 'object') this.child(a.additionalProperties, b.additionalProperties, flow, '*', out);
  }

  private compareVariants(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[], emit: (k: ChangeKind, e?: Partial<SchemaChange>) => void): void {
    if (!a.variants && !b.variants) return;
    if (!a.variants || !b.variants) {
      // One side is a plain schema: compare it with the variant of the same identity on the other side.
      if (!a.variants) return this.plainVsVariants(a, b.variants!, flow, out, emit, 'schema.variant.added', true);
      return this.plainVsVariants(b, a.variants, flow, out, emit, 'schema.variant.removed', false);
    }
    const va = a.variants;
    const vb = b.variants;
    const idsA = va.map((x, i) => this.identity(this.oldViews, x, i));
    const idsB = vb.map((x, i) => this.identity(this.newViews, x, i));
    idsA.forEach((id, i) => {
      const j = idsB.indexOf(id);
      if (j === -1) emit('schema.variant.removed', { value: id, oldPointer: va[i]!.pointer });
      else this.child(va[i]!, vb[j]!, flow, `<${id}>`, out);
    });
    idsB.forEach((id, j) => {
      if (!idsA.includes(id)) emit('schema.variant.added', { value: id, newPointer: vb[j]!.pointer });
    });
  }

  private plainVsVariants(plain: SchemaView, variants: At[], flow: Flow, out: SchemaChange[], emit: (k: ChangeKind, e?: Partial<SchemaChange>) => void, kind: ChangeKind, plainIsOld: boolean): void {
    const views = plainIsOld ? this.newViews : this.oldViews;
    const plainId = plain.ref ? refName(plain.ref) : undefined;
    let matched = false;
    variants.forEach((x, i) => {
      const id = this.identity(views, x, i);
      if (!matched && plainId !== undefined && id === plainId) {
        matched = true;
        const self = { value: {}, pointer: plain.pointer };
        if (plainIsOld) this.child(self, x, flow, `<${id}>`, out);
        else this.child(x, self, flow, `<${id}>`, out);
        return;
      }
      emit(kind, { value: id, ...(plainIsOld ? { newPointer: x.pointer } : { oldPointer: x.pointer }) });
    });
  }

  private identity(views: SchemaViews, x: At, i: number): string {
    const v = views.view(x);
    return v.ref ? refName(v.ref) : `#${i}`;
  }
}

function refName(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

function covers(wide: Set<string>, narrow: Set<string>): boolean {
  for (const t of narrow) if (!wide.has(t) && !(t === 'integer' && wide.has('number'))) return false;
  return true;
}

function compareLimit(a: number | undefined, b: number | undefined, absent: number, keyword: string, lower: ChangeKind, higher: ChangeKind, emit: (k: ChangeKind, e?: Partial<SchemaChange>) => void): void {
  const x = a ?? absent;
  const y = b ?? absent;
  if (x === y) return;
  emit(y < x ? lower : higher, { keyword, before: a, after: b });
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function display(json: string): string {
  return json.startsWith('"') ? (JSON.parse(json) as string) : json;
}
