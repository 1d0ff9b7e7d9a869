import type { At, Flow } from '../model/types.js';
import type { ExtraArg, FactsField } from './facts.js';
import type { ChangeKind } from './kinds.js';
import { MAX_KEYWORDS, MIN_KEYWORDS, type Discriminator, type SchemaView, type SchemaViews } from '../model/schema-view.js';
import { compareKeywords, keywordApplies } from './schema-keywords.js';
import { shown } from './stable-json.js';
import { sunsetChange } from './sunset.js';
import { SameSchemas } from './unchanged.js';
import { pairVariants, refName, sameValue, typeKey } from './variant-pairing.js';

/** The kinds the schema diff reports. */
export type SchemaKind = Extract<ChangeKind, `schema.${string}`>;

/** What every schema change has, whatever its kind. */
export interface SchemaChangeFields {
  /** Property path segments from the compared root: `['trip', 'stops', '[]', 'name']`. */
  path: string[];
  oldPointer: string;
  newPointer: string;
  keyword?: string;
  value?: string;
  before?: unknown;
  after?: unknown;
  /** Cache of factKey(); copies made for parent paths share it instead of rebuilding it. */
  fact?: string;
}

/** A schema change relative to the schema being compared; the caller adds operation and container. Facts typed per kind (src/diff/facts.ts). */
export type SchemaChange<K extends SchemaKind = SchemaKind> = { [P in K]: SchemaChangeFields & { kind: P } & FactsField<P> }[K];

/** What an emit adds to a change of kind K at the compared pair: other places or values, and the kind's facts. */
export type SchemaExtra<K extends SchemaKind> = Partial<SchemaChangeFields> & FactsField<K>;

/** Reports a change of the compared pair; the facts table decides whether `extra` (with `facts`) is required. */
export type SchemaEmit = <K extends SchemaKind>(kind: K, ...extra: ExtraArg<SchemaExtra<K>>) => void;

/** Formats that only refine a numeric type (OpenAPI's data types). */
const NUMERIC_FORMATS = new Set(['int32', 'int64', 'float', 'double']);

/**
 * `number` + `float` -> `integer`: when the type itself changed, a numeric format coming or going with it
 * says nothing the type change does not (the type rules judge it); a format change on its own is reported.
 */
function formatFollowsType(a: SchemaView, b: SchemaView): boolean {
  if (a.types === b.types || typeKey(a) === typeKey(b)) return false;
  return (a.format === undefined || NUMERIC_FORMATS.has(a.format)) && (b.format === undefined || NUMERIC_FORMATS.has(b.format));
}

/**
 * Defaults compare as the value the provider fills in. On a schema that only holds strings, a scalar
 * default is its text: `default: true` on `type: string` (invalid, but published) and `default: 'true'`
 * are the same default.
 */
function sameDefault(a: SchemaView, b: SchemaView): boolean {
  if (sameValue(a.default, b.default)) return true;
  const onlyStrings = (v: SchemaView) => v.types?.size === 1 && v.types.has('string');
  const scalar = (x: unknown) => x !== null && typeof x !== 'object';
  return onlyStrings(a) && onlyStrings(b) && scalar(a.default) && scalar(b.default) && String(a.default) === String(b.default);
}

/** Identity of a change regardless of the property path it was reached through. */
function factKey(c: SchemaChange): string {
  return (c.fact ??= `${c.kind}\u0000${c.oldPointer}\u0000${c.newPointer}\u0000${c.keyword ?? ''}\u0000${c.value ?? ''}`);
}

/** A map keyed by (flow, old pointer, new pointer) without building a joined key string per lookup. */
class PairMap<V> {
  private byFlow = new Map<string, Map<string, Map<string, V>>>();
  get(flow: string, a: string, b: string): V | undefined {
    return this.byFlow.get(flow)?.get(a)?.get(b);
  }
  set(flow: string, a: string, b: string, v: V): void {
    let f = this.byFlow.get(flow);
    if (!f) this.byFlow.set(flow, (f = new Map()));
    let x = f.get(a);
    if (!x) f.set(a, (x = new Map()));
    x.set(b, v);
  }
  delete(flow: string, a: string, b: string): void {
    this.byFlow.get(flow)?.get(a)?.delete(b);
  }
  clear(): void {
    this.byFlow.clear();
  }
}

/**
 * Semantic comparison of two schemas for one flow. Results are memoised per (old, new, flow) pair of
 * schema pointers, so a component used by 500 operations is compared once, and a pair already being
 * compared (a `$ref` cycle) counts as equal at the point of recursion.
 */
export class SchemaDiffer {
  private memo = new PairMap<SchemaChange[]>();
  /**
   * A result that skipped a pair already on the stack (a `$ref` cycle) lacks what lies behind that pair,
   * so it is not memoised: it is reused only within the same top-level comparison, whose own result
   * holds every change reachable from its root at least once. Memoising it would hide those changes
   * from another operation that reaches the same schema directly.
   */
  private partial = new PairMap<{ out: SchemaChange[]; depth: number; frame: number }>();
  /** Pairs being compared, by their depth on the stack (-1: no longer); `stack` holds a unique id per depth. */
  private active = new PairMap<number>();
  private stack: number[] = [];
  private frames = 0;
  /** Shallowest frame the current comparison depends on (-1: one that has finished; Infinity: none). */
  private cut = Infinity;
  constructor(
    private readonly oldViews: SchemaViews,
    private readonly newViews: SchemaViews,
    private readonly same = new SameSchemas(oldViews.refs, newViews.refs),
  ) {}

  /** Changes between two schemas in one flow; none at all when the raw schemas are provably the same. */
  diff(a: At, b: At, flow: Flow): SchemaChange[] {
    return this.diffViews(a, b, flow);
  }

  private diffViews(a: At, b: At, flow: Flow): SchemaChange[] {
    // At every level, not only at `$ref`s (answered once per target, then from memory): large inline schemas
    // (GitHub's webhook payloads inline whole objects) are mostly unchanged subtrees, which this skips
    // without building their views. It stops at the first difference, so a changed subtree costs little more.
    if (this.same.same(a.value, b.value)) return [];
    const va = this.oldViews.view(a);
    const vb = this.newViews.view(b);
    const [pa, pb] = [va.pointer, vb.pointer];
    const hit = this.memo.get(flow, pa, pb);
    if (hit) return hit;
    const onStack = this.active.get(flow, pa, pb);
    if (onStack !== undefined && onStack >= 0) {
      this.cut = Math.min(this.cut, onStack);
      return [];
    }
    const part = this.partial.get(flow, pa, pb);
    if (part) {
      this.cut = Math.min(this.cut, this.stack[part.depth] === part.frame ? part.depth : -1);
      return part.out;
    }
    const depth = this.stack.length;
    const outer = this.cut;
    this.stack.push(++this.frames);
    this.active.set(flow, pa, pb, depth);
    this.cut = Infinity;
    let out: SchemaChange[] = [];
    let cut = Infinity;
    try {
      this.compare(va, vb, flow, out);
    } finally {
      this.active.set(flow, pa, pb, -1); // not delete: shrinking the maps costs more than the entry
      this.stack.pop();
      cut = this.cut;
      this.cut = outer;
    }
    if (depth === 0) this.partial.clear();
    // Inside a cycle the same change comes back through ever longer paths: keep it once, at its first path.
    if (cut !== Infinity) dedupe(out);
    out = capPaths(out);
    if (depth === 0 || cut >= depth) {
      // Every complete pair, not only `$ref` targets: an inline `allOf: [$ref X]` wrapper exposes X's
      // variants under X's pointers, so a chain of such wrappers reaches the same pair along 2^depth paths.
      this.memo.set(flow, pa, pb, out);
    } else {
      this.partial.set(flow, pa, pb, { out, depth: cut, frame: cut >= 0 ? this.stack[cut]! : -1 });
      this.cut = Math.min(outer, cut);
    }
    return out;
  }

  private child(a: At, b: At, flow: Flow, seg: string, out: SchemaChange[]): void {
    for (const c of this.diffViews(a, b, flow)) out.push(underParent(c, seg));
  }

  private compare(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[]): void {
    // The signature (SchemaEmit) checks the facts against the kind; the object is assembled untyped.
    const emit: SchemaEmit = (kind: SchemaKind, extra: Partial<SchemaChangeFields> & { facts?: object } = {}) => out.push({ kind, path: [], oldPointer: a.pointer, newPointer: b.pointer, ...extra } as SchemaChange);
    if (a.nullable !== b.nullable) emit(b.nullable ? 'schema.nullable.added' : 'schema.nullable.removed');
    // `$ref X` -> `oneOf: [$ref X, ...]` (or back): X is compared with its namesake (or, inline, its equal)
    // variant in compareVariants, not with the oneOf wrapper, whose own type and properties are usually empty.
    const wrapped = (a.variants && !b.variants && this.plainMatch(b, a.variants, flow, false) !== -1) || (b.variants && !a.variants && this.plainMatch(a, b.variants, flow, true) !== -1);
    if (!wrapped) this.compareShape(a, b, flow, out, emit);
    this.compareVariants(a, b, flow, out, emit);
  }

  private compareShape(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[], emit: SchemaEmit): void {
    this.compareTypes(a, b, emit);
    if (a.format !== b.format && !formatFollowsType(a, b)) emit('schema.format.changed', { before: a.format, after: b.format, facts: { added: a.format === undefined, removed: b.format === undefined } });
    if ((a.extensibleEnum === undefined && b.extensibleEnum === undefined) || !compareExtensibleEnums(a, b, emit)) this.compareEnums(a, b, emit);
    if (keywordApplies('maximum', a, b)) {
      compareBound(a.limits, b.limits, 'max', emit);
      compareBound(a.limits, b.limits, 'min', emit);
    }
    for (let i = 0; i < MAX_COUNTS.length; i++) {
      const k = MAX_COUNTS[i]!;
      if (a.limits[k] !== b.limits[k] && keywordApplies(k, a, b)) compareLimit(a.limits[k], b.limits[k], Infinity, k, 'schema.max.decreased', 'schema.max.increased', emit);
    }
    // Lengths and counts cannot go below 0, so an absent minLength/minItems/minProperties means 0.
    for (let i = 0; i < MIN_COUNTS.length; i++) {
      const k = MIN_COUNTS[i]!;
      if (a.limits[k] !== b.limits[k] && keywordApplies(k, a, b)) compareLimit(a.limits[k], b.limits[k], 0, k, 'schema.min.decreased', 'schema.min.increased', emit);
    }
    if (a.pattern !== b.pattern && keywordApplies('pattern', a, b)) {
      const kind = a.pattern === undefined ? 'schema.pattern.added' : b.pattern === undefined ? 'schema.pattern.removed' : 'schema.pattern.changed';
      emit(kind, { before: a.pattern, after: b.pattern });
    }
    if (a.hasDefault !== b.hasDefault || (a.hasDefault && !sameDefault(a, b))) emit('schema.default.changed', { before: a.default, after: b.default, facts: { added: !a.hasDefault, removed: !b.hasDefault } });
    // A flag that hides the property in this flow is judged by the object holding it (a removal or an addition).
    if (flow === 'output' && a.readOnly !== b.readOnly) emit('schema.keyword.changed', { keyword: 'readOnly', before: a.readOnly, after: b.readOnly, facts: { annotation: true } });
    if (flow === 'input' && a.writeOnly !== b.writeOnly) emit('schema.keyword.changed', { keyword: 'writeOnly', before: a.writeOnly, after: b.writeOnly, facts: { annotation: true } });
    if (a.deprecated !== b.deprecated) emit(b.deprecated ? 'schema.deprecated' : 'schema.undeprecated');
    if (a.sunset !== b.sunset) {
      const sunset = sunsetChange(a.sunset, b.sunset);
      // At the keyword (the line lookup falls back to the schema where one side lacks it, or an `allOf` part holds it).
      if (sunset) emit('schema.sunset.changed', { keyword: 'x-sunset', oldPointer: `${a.pointer}/x-sunset`, newPointer: `${b.pointer}/x-sunset`, before: shown(sunset.before), after: shown(sunset.after), facts: sunset.facts });
    }
    if ((a.description ?? '') !== (b.description ?? '')) emit('schema.documentation.changed', { keyword: 'description', before: a.description, after: b.description });
    this.compareProperties(a, b, flow, out);
    this.compareAdditional(a, b, flow, out, emit);
    if (a.items && b.items) this.child(a.items, b.items, flow, '[]', out);
    else if (a.items || b.items) emit(b.items ? 'schema.constraint.tightened' : 'schema.constraint.relaxed', { keyword: 'items', before: shown(a.items?.value), after: shown(b.items?.value) });
    compareKeywords({ a, b, flow, emit, child: (x, y, seg) => this.child(x, y, flow, seg, out), same: (x, y) => this.same.same(x, y) });
  }

  private compareTypes(a: SchemaView, b: SchemaView, emit: SchemaEmit): void {
    const ta = a.types;
    const tb = b.types;
    if (ta === tb) return; // absent on both sides, or one shared set (see typeSet)
    const before = ta ? [...ta].sort().join('|') : 'any';
    const after = tb ? [...tb].sort().join('|') : 'any';
    if (before === after) return;
    const widened = !tb || (ta !== undefined && covers(tb, ta));
    const narrowed = !ta || (tb !== undefined && covers(ta, tb));
    emit(widened ? 'schema.type.widened' : narrowed ? 'schema.type.narrowed' : 'schema.type.changed', { before, after });
  }

  private compareEnums(a: SchemaView, b: SchemaView, emit: SchemaEmit): void {
    if (!a.enum && !b.enum) return;
    // Every instance carries the one value: another value is neither a value added nor one removed alone.
    if (a.isConst && b.isConst) return void (JSON.stringify(a.enum![0]) !== JSON.stringify(b.enum![0]) && emit('schema.const.changed', { before: a.enum![0], after: b.enum![0] }));
    if (!a.enum) return void emit('schema.enum.added', { after: b.enum });
    if (!b.enum) return void emit('schema.enum.removed', { before: a.enum });
    if (a.enum.length === b.enum.length && a.enum.every((x, i) => x === b.enum![i] && (x === null || typeof x !== 'object'))) return;
    compareValues(a.enum, b.enum, 'schema.enum.value-removed', 'schema.enum.value-added', emit);
  }

  /** readOnly properties bind responses only, writeOnly ones requests only. */
  private hidden(view: SchemaView, flow: Flow): boolean {
    return flow === 'input' ? view.readOnly : flow === 'output' ? view.writeOnly : false;
  }

  private compareProperties(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[]): void {
    if (a.properties.size === 0 && b.properties.size === 0) return;
    const { oldViews, newViews } = this;
    // Removed first, then added or compared in the new order: the order later stages keep first paths by.
    // forEach, not for-of: no entry pair and iterator result per property.
    // A property written the same on both sides has no change: skipped before its views are built.
    let unchanged: Set<string> | undefined;
    a.properties.forEach((at, name) => {
      const there = b.properties.get(name);
      if (there && this.same.same(at.value, there.value)) return void (unchanged ??= new Set()).add(name);
      const view = oldViews.view(at);
      if (this.hidden(view, flow)) return;
      if (there && !this.hidden(newViews.view(there), flow)) return;
      out.push({ kind: 'schema.property.removed', path: [name], oldPointer: at.pointer, newPointer: b.pointer, facts: { required: a.required.has(name), additionalProperties: b.additionalProperties !== false, ...deprecationOf(view) } });
    });
    b.properties.forEach((at, name) => {
      // Written the same, it can still have become required or optional: that is the object's `required`.
      const same = unchanged?.has(name) === true;
      if (same && a.required.has(name) === b.required.has(name)) return;
      const view = newViews.view(at);
      if (this.hidden(view, flow)) return;
      const before = a.properties.get(name);
      if (!before || this.hidden(oldViews.view(before), flow)) {
        out.push({ kind: 'schema.property.added', path: [name], oldPointer: a.pointer, newPointer: at.pointer, facts: { required: b.required.has(name), hasDefault: view.hasDefault } });
        return;
      }
      const ra = a.required.has(name);
      const rb = b.required.has(name);
      if (ra !== rb) out.push({ kind: rb ? 'schema.property.became-required' : 'schema.property.became-optional', path: [name], oldPointer: before.pointer, newPointer: at.pointer, facts: { hasDefault: view.hasDefault } });
      if (!same) this.child(before, at, flow, name, out);
    });
  }

  private compareAdditional(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[], emit: SchemaEmit): void {
    const closedA = a.additionalProperties === false;
    const closedB = b.additionalProperties === false;
    if (!closedA && closedB) emit('schema.additional-properties.closed');
    else if (closedA && !closedB) emit('schema.additional-properties.opened');
    else if (typeof a.additionalProperties === 'object' && typeof b.additionalProperties === 'object') this.child(a.additionalProperties, b.additionalProperties, flow, '*', out);
    // A schema for extra properties where any was allowed constrains them (and the reverse frees them).
    else if (!closedA && !closedB && (typeof a.additionalProperties === 'object') !== (typeof b.additionalProperties === 'object')) {
      emit(typeof b.additionalProperties === 'object' ? 'schema.constraint.tightened' : 'schema.constraint.relaxed', { keyword: 'additionalProperties', before: shown((a.additionalProperties as At | undefined)?.value), after: shown((b.additionalProperties as At | undefined)?.value) });
    }
  }

  private compareVariants(a: SchemaView, b: SchemaView, flow: Flow, out: SchemaChange[], emit: SchemaEmit): void {
    if (!a.variants && !b.variants) return;
    if (!a.variants || !b.variants) {
      // One side is a plain schema: compare it with the variant of the same identity on the other side.
      if (!a.variants) return this.plainVsVariants(a, b, flow, out, emit, 'schema.variant.added', true);
      return this.plainVsVariants(b, a, flow, out, emit, 'schema.variant.removed', false);
    }
    const va = a.variants;
    const vb = b.variants;
    const p = pairVariants(
      { views: this.oldViews, variants: va.map((x) => this.oldViews.view(x)), discriminator: a.discriminator },
      { views: this.newViews, variants: vb.map((x) => this.newViews.view(x)), discriminator: b.discriminator },
      (i, j) => this.equivalent(va[i]!, vb[j]!, flow),
    );
    const pairOf = new Map(p.pairs);
    const mergedInto = new Set<number>();
    va.forEach((x, i) => {
      const j = pairOf.get(i);
      if (j !== undefined) return this.child(x, vb[j]!, flow, `<${p.newIds[j]}>`, out);
      // Gone as a variant of its own, but a wider new variant (with all its properties) accepts all it did.
      const k = vb.findIndex((y) => this.accepts(x, y, flow));
      if (k === -1) return void emit('schema.variant.removed', { value: p.oldIds[i], oldPointer: x.pointer });
      mergedInto.add(k);
      emit('schema.variant.merged', { value: p.oldIds[i], after: p.newIds[k], oldPointer: x.pointer, newPointer: vb[k]!.pointer });
    });
    for (const j of p.added) if (!mergedInto.has(j)) emit('schema.variant.added', { value: p.newIds[j], newPointer: vb[j]!.pointer });
  }

  private plainVsVariants(plain: SchemaView, wrapper: SchemaView, flow: Flow, out: SchemaChange[], emit: SchemaEmit, kind: 'schema.variant.added' | 'schema.variant.removed', plainIsOld: boolean): void {
    const variants = wrapper.variants!;
    const views = plainIsOld ? this.newViews : this.oldViews;
    const { match, ids } = this.plainPairing(plain, variants, flow, plainIsOld, wrapper.discriminator);
    // Old alternatives folded into the new plain schema, which accepts all each of them did.
    const self = { value: {}, pointer: plain.pointer };
    const merged = plainIsOld ? [] : variants.map((x, i) => i !== match && this.accepts(x, self, flow));
    if (match === -1 && !merged.some(Boolean) && !variants.every((x) => isConstraintOnly(views.view(x)))) {
      // The old shape is none of the new alternatives (or the reverse): it is gone, as a variant would be.
      const gone = plainIsOld ? 'schema.variant.removed' : 'schema.variant.added';
      const id = plain.ref ? refName(plain.ref) : plainIsOld ? 'the previous schema' : 'the new schema';
      emit(gone, { value: id, ...(plainIsOld ? { oldPointer: plain.pointer } : { newPointer: plain.pointer }) });
    }
    variants.forEach((x, i) => {
      if (i === match) {
        const inner: SchemaChange[] = [];
        this.child(...this.plainPair(plain, x, plainIsOld), flow, `<${ids[i]}>`, inner);
        // `nullable` often moves from the plain schema to the oneOf around it: judge it on the wrapper.
        const nullableMoved = (c: SchemaChange) => c.path.length === 1 && (c.kind === 'schema.nullable.added' || c.kind === 'schema.nullable.removed') && wrapper.nullable === plain.nullable;
        for (const c of inner) if (!nullableMoved(c)) out.push(c);
        return;
      }
      if (merged[i]) return void emit('schema.variant.merged', { value: ids[i], after: plain.ref ? refName(plain.ref) : 'the new schema', oldPointer: x.pointer });
      emit(kind, { value: ids[i], ...(plainIsOld ? { newPointer: x.pointer } : { oldPointer: x.pointer }) });
    });
  }

  /** The variant that is the plain schema (see variant-pairing.ts), else the one alternative of its type. */
  private plainMatch(plain: SchemaView, variants: At[], flow: Flow, plainIsOld: boolean): number {
    return this.plainPairing(plain, variants, flow, plainIsOld).match;
  }

  private plainPairing(plain: SchemaView, variants: At[], flow: Flow, plainIsOld: boolean, discriminator?: Discriminator): { match: number; ids: string[] } {
    const views = plainIsOld ? this.newViews : this.oldViews;
    const list = variants.map((x) => views.view(x));
    const one = { views: plainIsOld ? this.oldViews : this.newViews, variants: [plain] };
    const many = { views, variants: list, discriminator };
    const renamed = (k: number) => this.equivalent(...this.plainPair(plain, variants[k]!, plainIsOld), flow);
    const p = plainIsOld ? pairVariants(one, many, (_, j) => renamed(j)) : pairVariants(many, one, (i) => renamed(i));
    const ids = plainIsOld ? p.newIds : p.oldIds;
    const hit = p.pairs[0];
    if (hit) return { match: plainIsOld ? hit[1] : hit[0], ids };
    // Else the alternative of the same type (`string` -> `oneOf: [string, object]`): compared, not replaced.
    const types = typeKey(plain);
    const sameType = list.filter((v) => typeKey(v) === types);
    return { match: types !== undefined && sameType.length === 1 ? list.indexOf(sameType[0]!) : -1, ids };
  }

  private plainPair(plain: SchemaView, variant: At, plainIsOld: boolean): [At, At] {
    const self = { value: {}, pointer: plain.pointer };
    return plainIsOld ? [self, variant] : [variant, self];
  }

  /** Equal for this flow, descriptions aside. */
  private equivalent(a: At, b: At, flow: Flow): boolean {
    return this.diffViews(a, b, flow).every((c) => c.kind === 'schema.documentation.changed' || (c.kind === 'schema.keyword.changed' && c.facts?.annotation === true));
  }

  /**
   * The new schema accepts every instance the old one did, with all of the old one's properties kept:
   * what makes an old variant merged into it rather than removed. Cheap checks on the views first; the
   * diff only for a candidate that passes them.
   */
  private accepts(a: At, b: At, flow: Flow): boolean {
    const va = this.oldViews.view(a);
    const vb = this.newViews.view(b);
    if (vb.types && !(va.types && covers(vb.types, va.types))) return false;
    if (va.properties.size > vb.properties.size) return false;
    for (const name of va.properties.keys()) if (!vb.properties.has(name)) return false;
    if ([...vb.required].some((name) => !va.required.has(name))) return false;
    return this.diffViews(a, b, flow).every(widens);
  }
}

/** Values added to and removed from a list of values (an enum, or an open enum's known values). */
function compareValues(a: unknown[], b: unknown[], removed: 'schema.enum.value-removed' | 'schema.extensible-enum.value-removed', added: 'schema.enum.value-added' | 'schema.extensible-enum.value-added', emit: SchemaEmit): void {
  const before = new Set(a.map((x) => JSON.stringify(x)));
  const after = new Set(b.map((x) => JSON.stringify(x)));
  for (const x of before) if (!after.has(x)) emit(removed, { value: display(x) });
  for (const x of after) if (!before.has(x)) emit(added, { value: display(x) });
}

/**
 * `x-extensible-enum` lists the values known today and promises more may come; it validates nothing. Its
 * values are compared as open-enum values; a closed `enum` that becomes one (or the reverse) is
 * `schema.enum.opened` (`closed`), its values compared across the switch. False when the closed enums
 * are still to be compared (both sides or neither have one).
 */
function compareExtensibleEnums(a: SchemaView, b: SchemaView, emit: SchemaEmit): boolean {
  const [xa, xb] = [a.extensibleEnum, b.extensibleEnum];
  if (xa === undefined && xb !== undefined && a.enum !== undefined && !a.isConst && b.enum === undefined) {
    emit('schema.enum.opened', { before: a.enum, after: xb });
    compareValues(a.enum!, xb, 'schema.extensible-enum.value-removed', 'schema.extensible-enum.value-added', emit);
    return true;
  }
  if (xa !== undefined && xb === undefined && a.enum === undefined && b.enum !== undefined && !b.isConst) {
    emit('schema.enum.closed', { before: xa, after: b.enum });
    compareValues(xa, b.enum!, 'schema.extensible-enum.value-removed', 'schema.extensible-enum.value-added', emit);
    return true;
  }
  if (xa === undefined) emit('schema.extensible-enum.added', { keyword: 'x-extensible-enum', after: xb });
  else if (xb === undefined) emit('schema.extensible-enum.removed', { keyword: 'x-extensible-enum', before: xa });
  else compareValues(xa, xb, 'schema.extensible-enum.value-removed', 'schema.extensible-enum.value-added', emit);
  return false;
}

/** What a property says about its own end, for the deprecation policy (src/engine/deprecation.ts). */
function deprecationOf(view: SchemaView): { deprecated: boolean; sunset?: string; deprecatedSince?: string } {
  const since = view.keywords.get('x-deprecated-since')?.value;
  return { deprecated: view.deprecated, ...(typeof view.sunset === 'string' ? { sunset: view.sunset } : {}), ...(typeof since === 'string' ? { deprecatedSince: since } : {}) };
}

/**
 * A child's change as seen from its parent, one segment further down. Written out field by field, not
 * spread: the copies (one per change and level, ~28,000 on the far GitHub pair) then share one shape.
 */
function underParent(c: SchemaChange, seg: string): SchemaChange {
  return { kind: c.kind, path: [seg, ...c.path], oldPointer: c.oldPointer, newPointer: c.newPointer, keyword: c.keyword, value: c.value, before: c.before, after: c.after, facts: c.facts, fact: c.fact } as SchemaChange;
}

/** Drops repeats of a change (same kind and places) reached through several paths, keeping the first. */
function dedupe(out: SchemaChange[]): void {
  const seen = new Set<string>();
  let j = 0;
  for (const c of out) {
    const id = factKey(c);
    if (seen.has(id)) continue;
    seen.add(id);
    out[j++] = c;
  }
  out.length = j;
}

/**
 * The same fact (kind and locations) reached through more than MAX_PATHS_PER_FACT property paths of
 * one schema is kept for the first few paths only. Without the cap, nested `allOf`/`oneOf` that reuse
 * a component at every level multiply the paths to one change exponentially (3^depth).
 */
export const MAX_PATHS_PER_FACT = 8;

function capPaths(changes: SchemaChange[]): SchemaChange[] {
  if (changes.length <= MAX_PATHS_PER_FACT) return changes;
  const seen = new Map<string, number>();
  return changes.filter((c) => {
    const key = factKey(c);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n <= MAX_PATHS_PER_FACT;
  });
}

/** `anyOf: [{required: [a]}, {required: [b]}]` adds conditions to the schema beside it; it offers no alternative shape. */
function isConstraintOnly(v: SchemaView): boolean {
  return !v.ref && !v.types && v.properties.size === 0 && !v.items && !v.variants && !v.enum;
}

/**
 * Changes after which a schema still accepts every instance it did (or that leave validation alone): an old
 * variant whose changes into a new one are all of these was merged into it.
 */
const WIDENING = new Set<string>(['schema.type.widened', 'schema.enum.value-added', 'schema.enum.removed', 'schema.max.increased', 'schema.min.decreased', 'schema.pattern.removed', 'schema.nullable.added', 'schema.additional-properties.opened', 'schema.property.became-optional', 'schema.variant.added', 'schema.variant.merged', 'schema.constraint.relaxed', 'schema.documentation.changed', 'schema.deprecated', 'schema.undeprecated', 'schema.default.changed', 'schema.sunset.changed', 'schema.enum.opened', 'schema.extensible-enum.value-added', 'schema.extensible-enum.value-removed', 'schema.extensible-enum.added', 'schema.extensible-enum.removed']);

function widens(c: SchemaChange): boolean {
  if (WIDENING.has(c.kind)) return true;
  if (c.kind === 'schema.property.added') return c.facts?.required !== true;
  if (c.kind === 'schema.format.changed') return c.facts?.removed === true;
  return c.kind === 'schema.keyword.changed' && c.facts?.annotation === true;
}

function covers(wide: Set<string>, narrow: Set<string>): boolean {
  for (const t of narrow) if (!wide.has(t) && !(t === 'integer' && wide.has('number'))) return false;
  return true;
}

function compareLimit(a: number | undefined, b: number | undefined, absent: number, keyword: string, lower: SchemaKind, higher: SchemaKind, emit: SchemaEmit): void {
  const x = a ?? absent;
  const y = b ?? absent;
  if (x === y) return;
  emit(y < x ? lower : higher, { keyword, before: a, after: b });
}

type Limits = SchemaView['limits'];

/** Length and count limits: no exclusive twin, unlike `maximum`/`minimum`. */
const MAX_COUNTS = MAX_KEYWORDS.filter((k) => !k.endsWith('imum'));
const MIN_COUNTS = MIN_KEYWORDS.filter((k) => !k.endsWith('imum'));

interface Bound {
  value: number;
  exclusive: boolean;
}

/** The effective bound of one side: the tighter of its inclusive and exclusive keyword. */
function effectiveBound(l: Limits, side: 'max' | 'min'): Bound | undefined {
  const sign = side === 'max' ? 1 : -1;
  const i = side === 'max' ? l.maximum : l.minimum;
  const x = side === 'max' ? l.exclusiveMaximum : l.exclusiveMinimum;
  if (x !== undefined && (i === undefined || sign * x <= sign * i)) return { value: x, exclusive: true };
  return i === undefined ? undefined : { value: i, exclusive: false };
}

/** `maximum` and `exclusiveMaximum` (or the minimum pair) compared as one effective bound: the tighter of the two. */
function compareBound(a: Limits, b: Limits, side: 'max' | 'min', emit: SchemaEmit): void {
  const max = side === 'max';
  // Most schemas have neither keyword on either side.
  if (max ? a.maximum === b.maximum && a.exclusiveMaximum === b.exclusiveMaximum : a.minimum === b.minimum && a.exclusiveMinimum === b.exclusiveMinimum) return;
  const sign = max ? 1 : -1;
  const ba = effectiveBound(a, side);
  const bb = effectiveBound(b, side);
  // An exclusive bound sits just inside its value: below it for a maximum, above it for a minimum.
  const va = ba ? ba.value : sign * Infinity;
  const vb = bb ? bb.value : sign * Infinity;
  const ea = ba?.exclusive ? -sign : 0;
  const eb = bb?.exclusive ? -sign : 0;
  if (va === vb && ea === eb) return;
  const lower = vb < va || (vb === va && eb < ea);
  const kind: SchemaKind = max ? (lower ? 'schema.max.decreased' : 'schema.max.increased') : lower ? 'schema.min.decreased' : 'schema.min.increased';
  const inclusive = max ? 'maximum' : 'minimum';
  if (ba && bb && ba.exclusive !== bb.exclusive) {
    const op = (x: Bound) => `${max ? '<' : '>'}${x.exclusive ? '' : '='} ${x.value}`;
    emit(kind, { keyword: inclusive, before: op(ba), after: op(bb) });
  } else {
    emit(kind, { keyword: (bb ?? ba)!.exclusive ? (max ? 'exclusiveMaximum' : 'exclusiveMinimum') : inclusive, before: ba?.value, after: bb?.value });
  }
}

/** A string enum value unquoted, unless it would read as another value: `"1"` vs `1`, `"null"` vs `null`. */
function display(json: string): string {
  if (!json.startsWith('"')) return json;
  const s = JSON.parse(json) as string;
  return s === '' || looksLikeJson(s) ? json : s;
}

function looksLikeJson(s: string): boolean {
  // JSON text starts with one of these (after whitespace); most enum values do not, and a failed parse throws.
  if (!/^\s*[-0-9"[{tfn]/.test(s)) return false;
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
