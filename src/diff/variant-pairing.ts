import type { Discriminator, SchemaView, SchemaViews } from '../model/schema-view.js';

/**
 * Which old `oneOf`/`anyOf` variant is which new one, by meaning, never by position alone:
 *
 * 1. the same `$ref` target (component name);
 * 2. the same discriminator value: `discriminator.mapping`, else the variant's `const` (or one-value `enum`)
 *    on the discriminator property. Without a declared `discriminator`, a property that every variant on
 *    both sides pins to one value, a different one per variant, is read as the discriminator (GitHub's
 *    `type: {enum: [workflows]}`);
 * 3. the best structural match, from the views alone (no diff): shared property names, required names and
 *    types. Pairs are taken greedily by best score; ties go to the lower old index, then the lower new one.
 *
 * Two variants that name different components, or carry different discriminator values, are different
 * variants: they are paired only when `renamed(i, j)` says they are the same schema (a component renamed).
 */
export interface VariantSide {
  views: SchemaViews;
  /** The variants' views (`views.view(at)` of each). */
  variants: readonly SchemaView[];
  /** The discriminator of the schema holding the variants. */
  discriminator?: Discriminator;
}

export interface VariantPairing {
  /** `[old index, new index]`, in old order. */
  pairs: [number, number][];
  /** Old variants with no new counterpart, in order. */
  removed: number[];
  /** New variants with no old counterpart, in order. */
  added: number[];
  /** What each variant is called in paths and messages: its component name, else `prop=value`, else `#index`. */
  oldIds: string[];
  newIds: string[];
}

export function pairVariants(a: VariantSide, b: VariantSide, renamed: (i: number, j: number) => boolean = () => false): VariantPairing {
  const va = a.variants;
  const vb = b.variants;
  const declared = a.discriminator?.propertyName ?? b.discriminator?.propertyName;
  const prop = declared ?? inferTagProperty(a.views, va, b.views, vb);
  // Discriminator values of each variant (strings as they are, other values as JSON).
  const old = va.map((v) => tagsOf(a, v, a.discriminator?.propertyName ?? prop));
  const neu = vb.map((v) => tagsOf(b, v, b.discriminator?.propertyName ?? prop));
  const pairOfOld = new Array<number>(va.length).fill(-1);
  const pairOfNew = new Array<number>(vb.length).fill(-1);
  const link = (i: number, j: number) => {
    pairOfOld[i] = j;
    pairOfNew[j] = i;
  };

  // 1. $ref target
  const byRef = new Map<string, number[]>();
  vb.forEach((v, j) => {
    if (!v.ref) return;
    const name = refName(v.ref);
    const list = byRef.get(name);
    if (list) list.push(j);
    else byRef.set(name, [j]);
  });
  va.forEach((v, i) => {
    if (!v.ref) return;
    const j = byRef.get(refName(v.ref))?.find((k) => pairOfNew[k] === -1);
    if (j !== undefined) link(i, j);
  });

  // 2. discriminator value
  if (old.some((t) => t.length) && neu.some((t) => t.length)) {
    const byTag = new Map<string, number[]>();
    neu.forEach((tags, j) => {
      for (const t of tags) {
        const list = byTag.get(t);
        if (list) list.push(j);
        else byTag.set(t, [j]);
      }
    });
    old.forEach((tags, i) => {
      if (pairOfOld[i] !== -1) return;
      for (const t of tags) {
        const j = byTag.get(t)?.find((k) => pairOfNew[k] === -1);
        if (j === undefined) continue;
        link(i, j);
        return;
      }
    });
  }

  // 3. structure, greedy by score
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < va.length; i++) {
    if (pairOfOld[i] !== -1) continue;
    for (let j = 0; j < vb.length; j++) {
      if (pairOfNew[j] !== -1) continue;
      if (old[i]!.length && neu[j]!.length) continue; // both tagged, and not with one value
      const score = structuralScore(a.views, va[i]!, b.views, vb[j]!);
      if (score !== undefined) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (pairOfOld[i] !== -1 || pairOfNew[j] !== -1) continue;
    // Two different components are two variants, unless one is the other renamed.
    if (va[i]!.ref && vb[j]!.ref && !renamed(i, j)) continue;
    link(i, j);
  }

  const pairs: [number, number][] = [];
  const removed: number[] = [];
  pairOfOld.forEach((j, i) => (j === -1 ? removed.push(i) : pairs.push([i, j])));
  const added: number[] = [];
  pairOfNew.forEach((i, j) => i === -1 && added.push(j));
  return { pairs, removed, added, oldIds: ids(va, old, prop), newIds: ids(vb, neu, prop) };
}

/** A variant's discriminator values: the mapping keys that select it, else its pinned value of the property. */
function tagsOf(s: VariantSide, v: SchemaView, prop: string | undefined): string[] {
  const out: string[] = [];
  const mapping = s.discriminator?.mapping;
  if (mapping && v.ref) {
    const name = refName(v.ref);
    for (const k of Object.keys(mapping)) if (refName(mapping[k]!) === name) out.push(k);
  }
  if (out.length === 0 && prop !== undefined) {
    const pinned = pinnedValue(s.views, v, prop);
    if (pinned !== undefined) out.push(pinned);
  }
  return out;
}

/** The one value a variant allows for `prop` (`const`, or an `enum` of one), as a string key. */
function pinnedValue(views: SchemaViews, v: SchemaView, prop: string): string | undefined {
  const at = v.properties.get(prop);
  if (!at) return undefined;
  const e = views.view(at).enum;
  if (!e || e.length !== 1) return undefined;
  return typeof e[0] === 'string' ? e[0] : JSON.stringify(e[0]);
}

/**
 * With no `discriminator` declared: the first property (in the first variant's order) that every variant
 * on both sides pins to one value, each variant of a side to a different one. Needs two variants on a side.
 */
function inferTagProperty(viewsA: SchemaViews, va: readonly SchemaView[], viewsB: SchemaViews, vb: readonly SchemaView[]): string | undefined {
  if (va.length < 2 && vb.length < 2) return undefined;
  const first = va[0] ?? vb[0];
  if (!first) return undefined;
  for (const name of first.properties.keys()) {
    if (distinctPins(viewsA, va, name) && distinctPins(viewsB, vb, name)) return name;
  }
  return undefined;
}

function distinctPins(views: SchemaViews, list: readonly SchemaView[], prop: string): boolean {
  const seen = new Set<string>();
  for (const v of list) {
    const pinned = pinnedValue(views, v, prop);
    if (pinned === undefined || seen.has(pinned)) return false;
    seen.add(pinned);
  }
  return true;
}

function ids(list: readonly SchemaView[], tags: string[][], prop: string | undefined): string[] {
  return list.map((v, i) => (v.ref ? refName(v.ref) : prop !== undefined && tags[i]!.length ? `${prop}=${tags[i]![0]}` : `#${i}`));
}

/**
 * How alike two variants look, from their views (no diff); undefined when they cannot be the same variant:
 * types that share nothing, objects that share no property name, or a propertyless constraint (`required`
 * only) against an object with properties.
 */
function structuralScore(viewsA: SchemaViews, x: SchemaView, viewsB: SchemaViews, y: SchemaView): number | undefined {
  if (x.types && y.types && !overlap(x.types, y.types)) return undefined;
  const px = x.properties;
  const py = y.properties;
  let score = 0;
  if (typeKey(x) === typeKey(y)) score += 2;
  if (px.size > 0 && py.size > 0) {
    let shared = 0;
    px.forEach((at, name) => {
      const there = py.get(name);
      if (!there) return;
      shared++;
      score += 2;
      if (x.required.has(name) && y.required.has(name)) score += 1;
      const a = viewsA.view(at);
      const b = viewsB.view(there);
      if (typeKey(a) === typeKey(b)) score += 1;
      if (a.enum?.length === 1 && b.enum?.length === 1) score += sameValue(a.enum[0], b.enum[0]) ? 4 : -4;
    });
    if (shared === 0) return undefined;
    // Of two candidates sharing as much, the one with fewer properties of its own is the closer.
    score -= (px.size - shared + (py.size - shared)) * 0.5;
  } else if (px.size > 0 || py.size > 0) {
    const bare = px.size > 0 ? y : x;
    if (!bare.types || bare.required.size > 0) return undefined;
  } else if (x.required.size > 0 || y.required.size > 0) {
    let shared = 0;
    x.required.forEach((name) => void (y.required.has(name) && shared++));
    if (shared === 0) return undefined;
    score += shared;
  }
  if (x.format === y.format) score += x.format === undefined ? 0 : 1;
  if (x.pattern !== undefined && x.pattern === y.pattern) score += 1;
  if (x.enum && y.enum) score += sameValue(x.enum, y.enum) ? 2 : 0;
  if (x.items && y.items && typeKey(viewsA.view(x.items)) === typeKey(viewsB.view(y.items))) score += 1;
  return score;
}

function overlap(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (b.has(t) || (t === 'integer' && b.has('number')) || (t === 'number' && b.has('integer'))) return true;
  return false;
}

/** The type set as one comparable text (`integer|string`); undefined when the schema names no type. */
export function typeKey(v: SchemaView): string | undefined {
  return v.types ? [...v.types].sort().join('|') : undefined;
}

/** Equal values, compared as JSON (key order counts: enum and default values are written out, not normalised). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function refName(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}
