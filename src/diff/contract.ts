import { join } from '../load/pointer.js';
import { operationName, styleName, type At, type Body, type Callback, type Contract, type Flow, type Header, type MediaType, type Operation, type Parameter, type Response, type SecurityAlternative } from '../model/types.js';
import type { Change, ChangeDraft, Subject } from './change.js';
import type { ExtraArg, FactsField } from './facts.js';
import type { ChangeKind } from './kinds.js';
import { AsyncApiDiff } from './asyncapi.js';
import { SchemaDiffer, type SchemaChange } from './schema.js';
import { SameSchemas } from './unchanged.js';
import type { SchemaViews } from '../model/schema-view.js';
import { compareFields, isFieldAnnotation, type FieldArea, type RawObject } from './fields.js';
import { compareSecurityScheme } from './security-schemes.js';
import { compareServers } from './servers.js';
import { shown } from './stable-json.js';
import { freeOperations, stabilityChange } from './stability.js';
import { sunsetChange } from './sunset.js';

/**
 * Walks two contracts once and lists every change as a fact; with `sink`, hands each change to it as
 * it is found instead (the engine classifies them on the way: a change then dies young, instead of
 * thousands of them living through the diff only to be read once).
 */
export function diffContracts(oldC: Contract, newC: Contract, sink?: (change: Change) => void): Change[] {
  return new ContractDiff(oldC, newC, sink).run();
}

export interface Ctx {
  operation?: string;
  where?: string;
}

/** A schema change the contract knows more about than the schema diff: the change with more facts, 'drop' (covered by another change), or undefined (as it is). */
export type SchemaRefinement = (c: SchemaChange) => SchemaChange | 'drop' | undefined;

export interface EmitPlaces {
  oldPtr?: string;
  newPtr?: string;
  before?: unknown;
  after?: unknown;
}

/** Places and values of a change of kind K, with the facts the table (src/diff/facts.ts) gives that kind. */
export type EmitExtra<K extends ChangeKind> = EmitPlaces & FactsField<K>;

export class ContractDiff {
  private out: Change[] = [];
  private add = (c: Change): void => void this.out.push(c);
  private schemas: SchemaDiffer;
  private same: SameSchemas;
  private oldFile: string;
  private newFile: string;
  private newViews: SchemaViews;
  /** Both documents of one major version: only then are objects' fields compared as values (see fields). */
  private readonly sameMajor: boolean;

  constructor(
    private readonly a: Contract,
    private readonly b: Contract,
    sink?: (change: Change) => void,
  ) {
    if (sink) this.add = sink;
    this.markFreeOperations();
    this.same = new SameSchemas(a.schemas.refs, b.schemas.refs);
    this.newViews = b.schemas;
    this.schemas = new SchemaDiffer(a.schemas, b.schemas, this.same);
    this.oldFile = a.source.name;
    this.newFile = b.source.name;
    this.sameMajor = a.specVersion.split('.')[0] === b.specVersion.split('.')[0];
  }

  /** Changes to operations the old contract marks `draft` or `alpha` say so (the engine lowers their breaking findings). */
  private markFreeOperations(): void {
    const free = freeOperations(this.a, this.b);
    if (free.size === 0) return;
    const add = this.add;
    this.add = (c) => {
      const level = c.operation === undefined ? undefined : free.get(c.operation);
      if (level) c.stability = level;
      add(c);
    };
  }

  run(): Change[] {
    this.info();
    if (this.a.format === 'asyncapi') {
      new AsyncApiDiff(this.a, this.b, this).run();
      return this.out;
    }
    compareServers(this, this.a.servers, this.b.servers);
    this.fields('document', 'none', {}, {}, { raw: this.a.document.rest, pointer: '' }, { raw: this.b.document.rest, pointer: '' });
    this.pathItems();
    this.securitySchemes();
    for (const [key, op] of this.a.operations) {
      const next = this.b.operations.get(key);
      if (next) {
        if (!this.provablySame(op, next)) this.operation(op, next);
      }
      else if (op.webhook !== undefined) this.emit('webhook.removed', 'none', { operation: operationName(op) }, { value: op.webhook }, { oldPtr: op.pointer });
      else this.emit('operation.removed', 'none', { operation: operationName(op) }, {}, { oldPtr: op.pointer, facts: { deprecated: op.deprecated, sunset: op.sunset, deprecatedSince: op.deprecatedSince } });
    }
    for (const [key, op] of this.b.operations) {
      if (this.a.operations.has(key)) continue;
      if (op.webhook !== undefined) this.emit('webhook.added', 'none', { operation: operationName(op) }, { value: op.webhook }, { newPtr: op.pointer });
      else this.emit('operation.added', 'none', { operation: operationName(op) }, {}, { newPtr: op.pointer });
    }
    return this.out;
  }

  /**
   * An operation whose raw text is the same in both documents, along with everything it inherits
   * (path-level parameters, document-level security, Swagger 2 consumes/produces), has no change:
   * most operations of two nearby versions, and skipping them is most of the speed on large specs.
   */
  private provablySame(a: Operation, b: Operation): boolean {
    if (a.path !== b.path) return false;
    const da = this.a.document;
    const db = this.b.document;
    const rawA = a.raw;
    const rawB = b.raw;
    if (!rawA || !rawB || !this.same.same(rawA.op, rawB.op)) return false;
    if (!this.same.same(rawA.item.parameters, rawB.item.parameters) || !this.same.same(rawA.item.servers, rawB.item.servers)) return false;
    const opA = rawA.op;
    if (opA.security === undefined && !this.same.same(da.security, db.security)) return false;
    if (this.a.specVersion === '2.0' || this.b.specVersion === '2.0') {
      if (this.a.specVersion !== this.b.specVersion) return false;
      if (!this.same.same(da.consumes, db.consumes) || !this.same.same(da.produces, db.produces)) return false;
    }
    return true;
  }

  emit<K extends ChangeKind>(kind: K, flow: Flow | 'none', ctx: Ctx, subject: Subject, ...extra: ExtraArg<EmitExtra<K>>): void;
  emit(kind: ChangeKind, flow: Flow | 'none', ctx: Ctx, subject: Subject, extra: EmitPlaces & { facts?: object } = {}): void {
    const c: ChangeDraft = { kind, flow, subject: ctx.where && !subject.where ? { where: ctx.where, ...subject } : subject };
    if (ctx.operation) c.operation = ctx.operation;
    if (extra.before !== undefined) c.before = extra.before;
    if (extra.after !== undefined) c.after = extra.after;
    if (extra.facts) c.facts = extra.facts;
    if (extra.oldPtr !== undefined) c.old = { file: this.oldFile, pointer: extra.oldPtr };
    if (extra.newPtr !== undefined) c.new = { file: this.newFile, pointer: extra.newPtr };
    this.add(c as Change); // kind and facts checked together by the signature above
  }

  private info(): void {
    for (const field of ['title', 'description'] as const) {
      if ((this.a[field] ?? '') !== (this.b[field] ?? '')) this.emit('info.changed', 'none', {}, { field }, { oldPtr: `/info/${field}`, newPtr: `/info/${field}`, before: this.a[field], after: this.b[field] });
    }
    // The rest of `info` is documentation too (contact, licence, terms, `summary`, `x-*`); `version` is what the release advice reads.
    const infoA = this.a.document.info ?? {};
    const infoB = this.b.document.info ?? {};
    const check = (field: string) => {
      if (field === 'title' || field === 'description' || field === 'version' || this.same.same(infoA[field], infoB[field])) return;
      this.emit('info.changed', 'none', {}, { field }, { oldPtr: join('/info', field), newPtr: join('/info', field), before: infoA[field], after: infoB[field] });
    };
    for (const field in infoA) check(field);
    for (const field in infoB) if (!(field in infoA)) check(field);
  }

  /** A path item's own fields (`servers`, `summary`, `x-*`), once per path: its operations are compared on their own. */
  private pathItems(): void {
    const next = this.b.pathItems;
    if (!this.a.pathItems || !next) return;
    for (const [key, item] of this.a.pathItems) {
      const other = next.get(key);
      if (other) this.fields('path-item', 'none', { where: `${other.webhook ? 'webhook' : 'path'} ${other.path}` }, {}, item, other);
    }
  }

  /** Security scheme definitions by name (src/diff/security-schemes.ts). */
  private securitySchemes(): void {
    const next = this.b.securitySchemes;
    for (const [name, s] of this.a.securitySchemes) {
      const t = next.get(name);
      if (!t) this.emit('security-scheme.removed', 'none', {}, { scheme: name }, { oldPtr: s.pointer });
      else compareSecurityScheme(this, name, s, t);
    }
    for (const [name, t] of next) if (!this.a.securitySchemes.has(name)) this.emit('security-scheme.added', 'none', {}, { scheme: name }, { newPtr: t.pointer });
  }

  operation(a: Operation, b: Operation): void {
    const ctx: Ctx = { operation: operationName(b) };
    const at = { oldPtr: a.pointer, newPtr: b.pointer };
    // Webhooks and callbacks flip the roles: the provider sends the request and receives the response.
    const sent = b.sender === 'provider';
    const request: Flow = sent ? 'output' : 'input';
    const response: Flow = sent ? 'input' : 'output';
    if (!a.deprecated && b.deprecated) this.emit('operation.deprecated', 'none', ctx, {}, { ...fieldAt(at, 'deprecated'), facts: { sunset: b.sunset } });
    if (a.deprecated && !b.deprecated) this.emit('operation.undeprecated', 'none', ctx, {}, fieldAt(at, 'deprecated'));
    // Added or removed counts too: SDK generators fall back to a synthesized method name without one.
    if (a.operationId !== b.operationId) this.emit('operation.id.changed', 'none', ctx, {}, { ...fieldAt(at, 'operationId'), before: a.operationId, after: b.operationId, facts: { keyed: keyedId(a, b, this.a.specVersion, this.b.specVersion) } });
    const stability = stabilityChange(a, b);
    if (stability) this.emit('operation.stability.changed', 'none', ctx, {}, { ...fieldAt(at, 'x-stability-level'), ...stability });
    const sunset = sunsetChange(a.raw?.op['x-sunset'], b.raw?.op['x-sunset']);
    if (sunset) this.emit('operation.sunset.changed', 'none', ctx, {}, { ...fieldAt(at, 'x-sunset'), ...sunset });
    // A webhook's or callback's style follows the subscriber's success responses, whose changes are reported with them.
    if (a.style !== b.style && !sent && !(statusOnly(a) && statusOnly(b))) this.emit('operation.style.changed', 'none', ctx, {}, { ...at, before: styleName(a.style, this.a.format), after: styleName(b.style, this.b.format), facts: { responseLost: answers(a.style) && !answers(b.style), ...(a.async && b.async ? { reply: !a.async.reply && b.async.reply ? 'added' : a.async.reply && !b.async.reply ? 'removed' : undefined } : {}) } });
    for (const field of ['summary', 'description'] as const) {
      if ((a[field] ?? '') !== (b[field] ?? '')) this.emit('operation.documentation.changed', 'none', ctx, { field }, { ...fieldAt(at, field), before: a[field], after: b[field] });
    }
    this.fields('operation', 'none', ctx, {}, { raw: a.raw?.op, pointer: a.pointer }, { raw: b.raw?.op, pointer: b.pointer });
    this.parameters(a, b, ctx, request);
    this.requestBody(a.requestBody, b.requestBody, ctx, at, request);
    this.responses(a, b, ctx, response);
    this.security(a, b, ctx, request);
    this.callbacks(a, b, ctx);
    // Own servers (the operation's, else its path item's) against the other side's effective ones; when
    // neither has its own, both use the document's, compared once at the top.
    if (a.servers || b.servers) compareServers(this, a.servers ?? this.a.servers, b.servers ?? this.b.servers, ctx);
  }

  /** Callback pairs being compared: a callback that (through `$ref`) calls back into itself is compared once. */
  private comparingCallbacks = new Set<string>();

  /**
   * Callbacks by name, their operations by runtime expression and method; changes inside them are named
   * after the callback operation, with flows flipped (ContractDiff.operation). A callback, or a callback
   * operation, that appears or goes away is `callback.added` / `callback.removed` on the operation.
   */
  private callbacks(a: Operation, b: Operation, ctx: Ctx): void {
    if (a.callbacks.size === 0 && b.callbacks.size === 0) return;
    for (const [name, cb] of a.callbacks) {
      const other = b.callbacks.get(name);
      if (!other) this.emit('callback.removed', 'none', ctx, { value: name }, { oldPtr: cb.pointer, newPtr: join(b.pointer, 'callbacks') });
      else this.callback(cb, other, ctx);
    }
    for (const [name, cb] of b.callbacks) if (!a.callbacks.has(name)) this.emit('callback.added', 'none', ctx, { value: name }, { oldPtr: join(a.pointer, 'callbacks'), newPtr: cb.pointer });
  }

  private callback(a: Callback, b: Callback, ctx: Ctx): void {
    const pair = `${a.pointer}\0${b.pointer}`;
    if (this.comparingCallbacks.has(pair)) return;
    this.comparingCallbacks.add(pair);
    const where = `callback ${b.name}`;
    // The Callback Object's own fields are its `x-*` extensions; the rest are its runtime expressions.
    this.fields('callback', 'none', { operation: ctx.operation, where }, {}, a, b, (field) => !field.startsWith('x-'));
    for (const [expression, item] of a.pathItems) {
      const other = b.pathItems.get(expression);
      if (other) this.fields('path-item', 'none', { operation: ctx.operation, where: `${where} ${expression}` }, {}, item, other);
    }
    for (const [key, op] of a.operations) {
      const next = b.operations.get(key);
      if (!next) this.emit('callback.removed', 'none', ctx, { value: `${b.name} ${key}` }, { oldPtr: op.pointer, newPtr: b.pointer });
      else if (!this.provablySame(op, next)) this.operation(op, next);
    }
    for (const [key, op] of b.operations) if (!a.operations.has(key)) this.emit('callback.added', 'none', ctx, { value: `${b.name} ${key}` }, { oldPtr: a.pointer, newPtr: op.pointer });
    this.comparingCallbacks.delete(pair);
  }

  private parameters(a: Operation, b: Operation, ctx: Ctx, flow: Flow): void {
    // Looked up only when a parameter is missing on one side (most operations keep all of theirs).
    const byName = (ps: Map<string, Parameter>) => new Map([...ps.values()].filter((p) => p.in !== 'path').map((p) => [p.name.toLowerCase(), p]));
    let movedFrom: Map<string, Parameter> | undefined;
    let movedTo: Map<string, Parameter> | undefined;
    for (const [key, p] of a.parameters) {
      const q = b.parameters.get(key);
      if (!q) {
        const pctx = { operation: ctx.operation, where: `${p.in} parameter ${p.name}` };
        const moved = (movedTo ??= byName(b.parameters)).get(p.name.toLowerCase());
        if (moved && !a.parameters.has(moved.key)) this.emit('parameter.moved', flow, pctx, { parameter: p.name }, { oldPtr: p.pointer, newPtr: moved.pointer, before: p.in, after: moved.in });
        else this.emit('parameter.removed', flow, pctx, { parameter: p.name }, { oldPtr: p.pointer, facts: { required: p.required, deprecated: p.deprecated, sunset: p.sunset, deprecatedSince: p.deprecatedSince } });
        continue;
      }
      this.parameter(p, q, { operation: ctx.operation, where: `${q.in} parameter ${q.name}` }, flow);
    }
    for (const [key, q] of b.parameters) {
      if (a.parameters.has(key)) continue;
      const moved = (movedFrom ??= byName(a.parameters)).get(q.name.toLowerCase());
      if (moved && !b.parameters.has(moved.key)) continue; // reported as moved
      const hasDefault = q.schema ? this.hasDefault(q.schema) : false;
      this.emit('parameter.added', flow, { operation: ctx.operation, where: `${q.in} parameter ${q.name}` }, { parameter: q.name }, { newPtr: q.pointer, facts: { required: q.required, hasDefault } });
    }
  }

  /**
   * Whether a change of `style`/`explode` changes the text of some value. `explode` only matters for arrays
   * and objects, and scalars look the same in every style but `matrix` (`;id=5`) and `label` (`.5`): for
   * a parameter whose sent values are scalars, `form` -> `spaceDelimited` writes nothing else.
   */
  private serializedDifferently(p: { style: string; schema?: At }, q: { style: string; schema?: At }, flow: Flow): boolean {
    const scalarOnly = (views: SchemaViews, s?: At) => {
      const types = s ? views.view(s).types : undefined;
      return !!types && types.size > 0 && [...types].every((t) => SCALARS.has(t));
    };
    // What is on the wire is what the sender writes: old clients write values of the old schema (input), the
    // provider writes values of the new one to readers of the old style (output). A new array alternative
    // an old client never sends does not change how its scalars are written.
    const sent = flow === 'input' ? scalarOnly(this.a.schemas, p.schema) : scalarOnly(this.newViews, q.schema);
    if (!sent) return true;
    return scalarForm(p.style) !== scalarForm(q.style);
  }

  /** Through the schema view, so a default inherited from an `allOf` part counts as it does for properties. */
  private hasDefault(s: At): boolean {
    return this.newViews.view(s).hasDefault;
  }

  private parameter(p: Parameter, q: Parameter, ctx: Ctx, flow: Flow): void {
    const at = { oldPtr: p.pointer, newPtr: q.pointer };
    const subject = { parameter: q.name };
    if (!p.required && q.required) this.emit('parameter.became-required', flow, ctx, subject, { ...fieldAt(at, 'required'), facts: { hasDefault: q.schema ? this.hasDefault(q.schema) : false } });
    if (p.required && !q.required) this.emit('parameter.became-optional', flow, ctx, subject, fieldAt(at, 'required'));
    if (!p.deprecated && q.deprecated) this.emit('parameter.deprecated', flow, ctx, subject, fieldAt(at, 'deprecated'));
    const sunset = sunsetChange(p.raw?.['x-sunset'], q.raw?.['x-sunset']);
    if (sunset) this.emit('parameter.sunset.changed', flow, ctx, subject, { ...fieldAt(at, 'x-sunset'), ...sunset });
    if (!p.allowEmptyValue && q.allowEmptyValue) this.emit('parameter.empty-value.allowed', flow, ctx, subject, fieldAt(at, 'allowEmptyValue'));
    if (p.allowEmptyValue && !q.allowEmptyValue) this.emit('parameter.empty-value.disallowed', flow, ctx, subject, fieldAt(at, 'allowEmptyValue'));
    const pm = p.mediaType?.toLowerCase();
    const qm = q.mediaType?.toLowerCase();
    if (pm !== qm) this.emit('parameter.media-type.changed', flow, ctx, subject, { ...at, before: p.mediaType ?? 'schema (plain text)', after: q.mediaType ?? 'schema (plain text)' });
    else if (p.style !== q.style || p.explode !== q.explode) this.emit('parameter.style.changed', flow, ctx, subject, { ...at, before: serialization(p), after: serialization(q), facts: { wire: pm === undefined && this.serializedDifferently(p, q, flow) } });
    if ((p.description ?? '') !== (q.description ?? '')) this.emit('parameter.documentation.changed', flow, ctx, subject, { ...fieldAt(at, 'description'), before: p.description, after: q.description });
    // A Swagger 2 parameter without `schema` is its own schema: its keywords go through the schema diff.
    const selfSchema = p.schema?.pointer === p.pointer || q.schema?.pointer === q.pointer;
    this.fields('parameter', flow, ctx, subject, p, q, selfSchema ? () => true : undefined);
    // Read as text by the provider: only a parameter the provider receives (not one a webhook sends) is judged on the wire.
    if (p.schema && q.schema) this.schema(p.schema, q.schema, flow, ctx, flow === 'input' && p.mediaType === undefined && q.mediaType === undefined ? this.onTheWire(q) : undefined);
  }

  /**
   * A parameter described by `schema` travels as text: the provider parses the text it gets. A type change
   * that still accepts the text of every value an old client could send is no narrowing on the wire:
   * `[string, integer]` -> `string`, `integer` -> `string` (all text is a string), and `string` -> an exploded
   * form array of strings in the query (`?a=x` is a one-value array). Such a type change gets the fact
   * `wireCompatible` (rule parameter-type-wire-compatible); `string` -> `integer` does not. The `items` of the
   * new array are judged here, so an `items` keyword change at the root of that schema is no extra change.
   */
  private onTheWire(q: Parameter): SchemaRefinement {
    let compatible: boolean | undefined;
    return (c) => {
      if (c.kind !== 'schema.type.narrowed' && c.kind !== 'schema.type.changed') {
        // Asked after the type change: the schema diff reports the type first at the root.
        if (compatible && c.path.length === 0 && c.keyword === 'items') return 'drop';
        return undefined;
      }
      const root = c.path.length === 0;
      if (!root && !(c.path.length === 1 && c.path[0] === '[]')) return undefined;
      const before = typeList(c.before);
      const after = typeList(c.after);
      if (!before || !after || !before.every((t) => SCALARS.has(t))) return undefined;
      let ok = after.every((t) => SCALARS.has(t)) && before.every((t) => readsAs(after, t));
      if (!ok && root && after.length === 1 && after[0] === 'array' && q.in === 'query' && q.style === 'form' && q.explode && q.schema) {
        const items = this.newViews.view(q.schema).items;
        const itemTypes = items ? this.newViews.view(items).types : undefined;
        ok = !!itemTypes && [...itemTypes].every((t) => SCALARS.has(t)) && before.every((t) => readsAs([...itemTypes], t));
      }
      if (root) compatible = ok;
      return ok ? { ...c, facts: { wireCompatible: true } } : undefined;
    };
  }

  /** The fields of two matched objects that no specific kind covers (src/diff/fields.ts). */
  fields(area: FieldArea, flow: Flow | 'none', ctx: Ctx, subject: Subject, a: RawObject, b: RawObject, skip?: (field: string) => boolean): void {
    // Swagger 2 and OpenAPI 3 write these objects differently (a body parameter, a requestBody), and so do
    // AsyncAPI 2.x and 3.x (`publish`/`subscribe`, a server `url`): across major versions the model compares them.
    if (!this.sameMajor) return;
    for (const f of compareFields(area, a, b, this.same, skip, this.a.format)) {
      this.emit(f.kind, flow, ctx, { ...subject, field: f.field }, { oldPtr: f.oldPtr, newPtr: f.newPtr, before: f.before, after: f.after, facts: { annotation: f.annotation } });
    }
  }

  private requestBody(a: Body | undefined, b: Body | undefined, ctx: Ctx, opAt: { oldPtr: string; newPtr: string }, flow: Flow): void {
    const where = { operation: ctx.operation, where: 'request body' };
    if (!a && !b) return;
    if (!a) return this.emit('request-body.added', flow, where, {}, { oldPtr: opAt.oldPtr, newPtr: b!.pointer, facts: { required: b!.required } });
    if (!b) return this.emit('request-body.removed', flow, where, {}, { oldPtr: a.pointer, newPtr: opAt.newPtr });
    const at = { oldPtr: a.pointer, newPtr: b.pointer };
    if (!a.required && b.required) this.emit('request-body.became-required', flow, where, {}, fieldAt(at, 'required'));
    if (a.required && !b.required) this.emit('request-body.became-optional', flow, where, {}, fieldAt(at, 'required'));
    this.fields('request-body', flow, where, {}, a, b);
    this.content(a.content, b.content, flow, ctx, 'request body', at);
  }

  /**
   * Media types pair by name; one without its namesake pairs with one of the same type and subtype on the
   * other side (`application/json; charset=utf-8` <-> `application/json`). Parameters that mean the same
   * are no change: the same after case and quoting are normalised, and `charset=utf-8` on a JSON type (JSON
   * is UTF-8, RFC 8259, which defines no charset parameter). Other parameter changes are a
   * `media-type.removed` with the fact `replacedBy` (rule media-type-parameters-changed).
   */
  private content(a: Map<string, MediaType>, b: Map<string, MediaType>, flow: Flow, ctx: Ctx, label: string, at: { oldPtr: string; newPtr: string }): void {
    const paired = new Set<string>();
    for (const [k, m] of a) {
      let n = b.get(k);
      let where = { operation: ctx.operation, where: `${label} (${m.mediaType})` };
      if (!n) {
        const base = baseType(k);
        const match = [...b].find(([j]) => !a.has(j) && !paired.has(j) && baseType(j) === base);
        if (!match) {
          this.emit('media-type.removed', flow, where, { mediaType: m.mediaType }, { oldPtr: m.pointer, newPtr: at.newPtr });
          continue;
        }
        paired.add(match[0]);
        n = match[1];
        if (mediaParams(k) !== mediaParams(match[0])) this.emit('media-type.removed', flow, where, { mediaType: m.mediaType, value: n.mediaType }, { oldPtr: m.pointer, newPtr: n.pointer, before: m.mediaType, after: n.mediaType, facts: { replacedBy: n.mediaType } });
        where = { operation: ctx.operation, where: `${label} (${n.mediaType})` };
      }
      this.fields('media-type', flow, where, { mediaType: m.mediaType }, m, n);
      if (m.schema && n.schema) this.schema(m.schema, n.schema, flow, where);
      else if (n.schema) this.emit('media-type.schema.added', flow, where, { mediaType: n.mediaType }, { oldPtr: m.pointer, newPtr: n.schema.pointer });
      else if (m.schema) this.emit('media-type.schema.removed', flow, where, { mediaType: m.mediaType }, { oldPtr: m.schema.pointer, newPtr: n.pointer });
    }
    for (const [k, n] of b) if (!a.has(k) && !paired.has(k)) this.emit('media-type.added', flow, { operation: ctx.operation, where: `${label} (${n.mediaType})` }, { mediaType: n.mediaType }, { oldPtr: at.oldPtr, newPtr: n.pointer });
  }

  /**
   * Responses pair by status; a status missing on one side pairs with what covers it on the other:
   * `200` -> `2XX` (the range still covers the old status: widened), `2XX` -> `200` (narrowed), and a
   * success without a body -> another success without a body (`200` -> `204`: one status change, not a
   * removal plus an addition). Paired responses are compared as if their status had stayed.
   */
  private responses(a: Operation, b: Operation, ctx: Ctx, flow: Flow): void {
    const widened = new Map<string, string>(); // old status -> new range
    const narrowed = new Map<string, string>(); // new status -> old range
    for (const status of a.responses.keys()) {
      const range = rangeOf(status);
      if (!b.responses.has(status) && range && b.responses.has(range)) widened.set(status, range);
    }
    for (const status of b.responses.keys()) {
      const range = rangeOf(status);
      if (!a.responses.has(status) && range && a.responses.has(range)) narrowed.set(status, range);
    }
    // A range only ever met through such a pair is not added or removed on its own.
    const coveredNew = new Set(widened.values());
    const coveredOld = new Set(narrowed.values());
    const bodiless = (ops: Map<string, Response>, other: Map<string, Response>, covered: Set<string>, pairs: Map<string, string>) =>
      [...ops.values()].filter((r) => /^2\d\d$/.test(r.status) && r.content.size === 0 && !other.has(r.status) && !covered.has(r.status) && !pairs.has(r.status));
    const lostA = bodiless(a.responses, b.responses, coveredOld, widened);
    const lostB = bodiless(b.responses, a.responses, coveredNew, narrowed);
    const swapped = lostA.length === 1 && lostB.length === 1 ? { from: lostA[0]!.status, to: lostB[0]!.status } : undefined;
    for (const [status, r] of a.responses) {
      const s = b.responses.get(status);
      const where = { operation: ctx.operation, where: `response ${status}` };
      if (s) {
        this.response(r, s, where, flow);
        continue;
      }
      const range = widened.get(status);
      const to = range ?? (swapped?.from === status ? swapped.to : undefined);
      if (to !== undefined) {
        const t = b.responses.get(to)!;
        this.emit('response.removed', flow, where, { status, value: to }, { oldPtr: r.pointer, newPtr: t.pointer, facts: { success: isSuccess(status, a.responses), ...(range ? { coveredBy: range } : { replacedBy: to }) } });
        // Inside, changes are labelled with the status the new document gives them.
        this.response(r, t, { operation: ctx.operation, where: `response ${to}` }, flow);
        continue;
      }
      if (coveredOld.has(status) && !b.responses.has(status)) continue; // reported as narrowed below
      this.emit('response.removed', flow, where, { status }, { oldPtr: r.pointer, newPtr: b.pointer, facts: { success: isSuccess(status, a.responses) } });
    }
    for (const [status, s] of b.responses) {
      if (a.responses.has(status) || swapped?.to === status) continue;
      const where = { operation: ctx.operation, where: `response ${status}` };
      const range = narrowed.get(status);
      if (range !== undefined) {
        const r = a.responses.get(range)!;
        this.emit('response.added', flow, where, { status, value: range }, { oldPtr: r.pointer, newPtr: s.pointer, facts: { success: isSuccess(status, b.responses), within: range } });
        this.response(r, s, where, flow);
        continue;
      }
      if (coveredNew.has(status)) continue; // reported as widened above
      this.emit('response.added', flow, where, { status }, { oldPtr: a.pointer, newPtr: s.pointer, facts: { success: isSuccess(status, b.responses) } });
    }
  }

  private response(r: Response, s: Response, ctx: Ctx, flow: Flow): void {
    const at = { oldPtr: r.pointer, newPtr: s.pointer };
    if ((r.description ?? '') !== (s.description ?? '')) this.emit('response.documentation.changed', flow, ctx, { status: s.status }, { ...at, before: r.description, after: s.description });
    this.fields('response', flow, ctx, { status: s.status }, r, s);
    this.content(r.content, s.content, flow, { operation: ctx.operation }, ctx.where!, at);
    for (const [name, h] of r.headers) {
      const g = s.headers.get(name);
      if (!g) this.emit('response-header.removed', flow, ctx, { parameter: h.name }, { oldPtr: h.pointer, newPtr: s.pointer });
      else this.header(h, g, ctx, flow);
    }
    for (const [name, g] of s.headers) if (!r.headers.has(name)) this.emit('response-header.added', flow, ctx, { parameter: g.name }, { oldPtr: r.pointer, newPtr: g.pointer });
    this.links(r, s, ctx, flow);
  }

  private header(h: Header, g: Header, ctx: Ctx, flow: Flow): void {
    const where = { operation: ctx.operation, where: `${ctx.where} header ${g.name}` };
    const subject = { parameter: g.name };
    const at = { oldPtr: h.pointer, newPtr: g.pointer };
    if (!h.required && g.required) this.emit('response-header.became-required', flow, where, subject, fieldAt(at, 'required'));
    if (h.required && !g.required) this.emit('response-header.became-optional', flow, where, subject, fieldAt(at, 'required'));
    if (!h.deprecated && g.deprecated) this.emit('response-header.deprecated', flow, where, subject, fieldAt(at, 'deprecated'));
    if (h.style !== g.style || h.explode !== g.explode) this.emit('response-header.style.changed', flow, where, subject, { ...at, before: serialization(h), after: serialization(g), facts: { wire: this.serializedDifferently(h, g, flow) } });
    this.fields('response-header', flow, where, subject, h, g, h.schema?.pointer === h.pointer ? () => true : undefined);
    if (h.schema && g.schema) this.schema(h.schema, g.schema, flow, where);
  }

  /**
   * Response links by name: a link tells clients which call to make next with values from this response.
   * What only documents a link (`description`, `x-*`) is a documentation change of the response.
   */
  private links(r: Response, s: Response, ctx: Ctx, flow: Flow): void {
    for (const [name, l] of r.links) {
      const m = s.links.get(name);
      const subject = { value: name };
      if (!m) {
        this.emit('response.link.removed', flow, ctx, subject, { oldPtr: l.pointer, newPtr: s.pointer });
        continue;
      }
      if (this.same.same(l.value, m.value)) continue;
      const changed = [...new Set([...Object.keys(l.value), ...Object.keys(m.value)])].filter((k) => !this.same.same(l.value[k], m.value[k]));
      const meaning = changed.filter((k) => !isFieldAnnotation(k));
      if (meaning.length) this.emit('response.link.changed', flow, ctx, { ...subject, field: meaning.join(', ') }, { oldPtr: l.pointer, newPtr: m.pointer, before: shown(l.value), after: shown(m.value) });
      else this.emit('response.keyword.changed', flow, ctx, { status: s.status, field: `links.${name}` }, { oldPtr: l.pointer, newPtr: m.pointer, before: shown(l.value), after: shown(m.value), facts: { annotation: true } });
    }
    for (const [name, m] of s.links) if (!r.links.has(name)) this.emit('response.link.added', flow, ctx, { value: name }, { oldPtr: r.pointer, newPtr: m.pointer });
  }

  schema(a: At, b: At, flow: Flow, ctx: Ctx, refine?: SchemaRefinement): void {
    for (const found of this.schemas.diff(a, b, flow)) {
      const c = refine?.(found) ?? found;
      if (c === 'drop') continue;
      const subject: Subject = { where: ctx.where };
      if (c.path.length) subject.property = renderPath(c.path);
      if (c.keyword) subject.keyword = c.keyword;
      if (c.value !== undefined) subject.value = c.value;
      const change: ChangeDraft = { kind: c.kind, flow, subject, old: { file: this.oldFile, pointer: c.oldPointer }, new: { file: this.newFile, pointer: c.newPointer } };
      if (ctx.operation) change.operation = ctx.operation;
      if (c.before !== undefined) change.before = c.before;
      if (c.after !== undefined) change.after = c.after;
      if (c.facts) change.facts = c.facts;
      this.add(change as Change); // kind and facts as the SchemaChange had them
    }
  }

  private security(a: Operation, b: Operation, ctx: Ctx, flow: Flow): void {
    const at = { oldPtr: a.securityPointer, newPtr: b.securityPointer };
    if (a.security.length === 0 && b.security.length === 0) return;
    if (a.security.length === 0) return this.emit('security.added', flow, ctx, { scheme: b.security.map(altName).join(' or ') }, at);
    if (b.security.length === 0) return this.emit('security.removed', flow, ctx, { scheme: a.security.map(altName).join(' or ') }, at);
    const anonA = a.security.some((x) => x.size === 0);
    const anonB = b.security.some((x) => x.size === 0);
    // Each alternative (and each scheme in it) is located at its own entry of the security list.
    const altsB = new Map(b.security.map((x, i) => [altName(x), { alt: x, ptr: `${at.newPtr}/${i}` }]));
    const altsA = new Map(a.security.map((x, i) => [altName(x), { alt: x, ptr: `${at.oldPtr}/${i}` }]));
    // New alternatives already reported as the other end of a relaxed or tightened old one.
    const paired = new Set<string>();
    for (const [name, { alt, ptr }] of altsA) {
      const next = altsB.get(name);
      if (!next) {
        if (alt.size === 0 && anonB) continue;
        // `{A, B}` -> `{A}`: what the old clients present still satisfies a new alternative (a relaxation);
        // `{A}` -> `{A, B}`: it no longer does, and the new alternative asks for more (a tightening).
        const newOnly = [...altsB].filter(([n]) => !altsA.has(n));
        const covering = newOnly.find(([, x]) => within(x.alt, alt)) ?? [...altsB].find(([, x]) => within(x.alt, alt));
        const wider = covering || alt.size === 0 ? undefined : newOnly.find(([n, x]) => !paired.has(n) && within(alt, x.alt));
        const other = covering ?? wider;
        if (other) paired.add(other[0]);
        const facts = { anonymous: alt.size === 0, ...(covering ? { coveredBy: covering[0] } : wider ? { tightenedTo: wider[0] } : {}) };
        this.emit('security.alternative.removed', flow, ctx, { scheme: name, ...(other ? { value: other[0] } : {}) }, { oldPtr: ptr, newPtr: other ? other[1].ptr : at.newPtr, facts });
        continue;
      }
      for (const [scheme, scopes] of next.alt) {
        const schemeAt = { oldPtr: join(ptr, scheme), newPtr: join(next.ptr, scheme) };
        const before = new Set(alt.get(scheme) ?? []);
        for (const sc of scopes) if (!before.has(sc)) this.emit('security.scope.added', flow, ctx, { scheme, scope: sc }, schemeAt);
        const after = new Set(scopes);
        for (const sc of before) if (!after.has(sc)) this.emit('security.scope.removed', flow, ctx, { scheme, scope: sc }, schemeAt);
      }
    }
    for (const [name, { ptr }] of altsB) if (!altsA.has(name) && !paired.has(name) && !(name === '(anonymous)' && anonA)) this.emit('security.alternative.added', flow, ctx, { scheme: name }, { oldPtr: at.oldPtr, newPtr: ptr });
  }
}

/**
 * Whether alternative `x` asks for nothing beyond `y`: each of its schemes is in `y`, with no scope `y` lacks.
 * A client that satisfies `y` then satisfies `x` too.
 */
function within(x: SecurityAlternative, y: SecurityAlternative): boolean {
  for (const [scheme, scopes] of x) {
    const there = y.get(scheme);
    if (!there || !scopes.every((sc) => there.includes(sc))) return false;
  }
  return true;
}

/** JSON types that serialise as one piece of text in a parameter. */
const SCALARS = new Set(['string', 'integer', 'number', 'boolean', 'null']);

/** The types of a type change's before/after (`integer|string`); undefined for `any`. */
function typeList(v: unknown): string[] | undefined {
  return typeof v === 'string' && v !== 'any' ? v.split('|') : undefined;
}

/** Whether a parameter typed `types` accepts the text of a value of type `t`: any text is a string; an integer is a number. */
function readsAs(types: string[], t: string): boolean {
  return types.includes('string') || types.includes(t) || (t === 'integer' && types.includes('number'));
}

/**
 * An HTTP request/response or notification whose success responses carry no body answers nothing but a
 * status: between two such, `200` -> `204` is a status change (reported with the responses), not a lost response.
 */
function statusOnly(op: Operation): boolean {
  if (op.async || (op.style !== 'request/response' && op.style !== 'notification')) return false;
  return ![...op.responses.values()].some((r) => /^2/.test(r.status) && r.content.size > 0);
}

/** `2XX` for `200`: the range a specific status falls in. */
function rangeOf(status: string): string | undefined {
  return /^[1-5]\d\d$/.test(status) ? `${status[0]}XX` : undefined;
}

/** `application/json` of `application/json; charset=utf-8`. */
function baseType(mediaType: string): string {
  return mediaType.split(';', 1)[0]!.trim().toLowerCase();
}

/**
 * The parameters of a media type in one canonical text: names and charset values lower-cased, quotes
 * dropped, sorted; `charset=utf-8` left out on JSON types, where it restates the only encoding.
 */
function mediaParams(mediaType: string): string {
  const base = baseType(mediaType);
  const json = base === 'application/json' || base.endsWith('+json');
  const params = mediaType.split(';').slice(1).map((p) => {
    const i = p.indexOf('=');
    const name = (i === -1 ? p : p.slice(0, i)).trim().toLowerCase();
    let value = i === -1 ? '' : p.slice(i + 1).trim().replace(/^"(.*)"$/, '$1');
    if (name === 'charset') value = value.toLowerCase();
    return { name, value };
  });
  return params.filter((p) => p.name && !(json && p.name === 'charset' && p.value === 'utf-8')).map((p) => `${p.name}=${p.value}`).sort().join(';');
}

/** Styles in which the caller gets an answer back (directly or asynchronously). */
function answers(style: Operation['style']): boolean {
  return style === 'request/response' || style === 'request/async response' || style === 'publish/async responses';
}

/**
 * Points a change of one field at that field (`.../get/deprecated`) rather than its whole object; where the
 * field is absent on one side, the line lookup falls back to the nearest parent that exists.
 */
function fieldAt(at: { oldPtr: string; newPtr: string }, field: string): { oldPtr: string; newPtr: string } {
  return { oldPtr: `${at.oldPtr}/${field}`, newPtr: `${at.newPtr}/${field}` };
}

/** What a scalar looks like in a style: `;id=5` (matrix), `.5` (label), `5` (every other style). */
function scalarForm(style: string): string {
  return style === 'matrix' || style === 'label' ? style : 'plain';
}

function serialization(p: { style: string; explode: boolean }): string {
  return `${p.style} (explode=${p.explode})`;
}

function altName(alt: SecurityAlternative): string {
  return alt.size === 0 ? '(anonymous)' : [...alt.keys()].sort().join(' + ');
}

/** 2XX statuses; `default` only when the operation documents no 2XX (then it is the success answer, not the error catch-all). */
function isSuccess(status: string, all: Map<string, Response>): boolean {
  if (/^2/.test(status)) return true;
  return status === 'default' && ![...all.keys()].some((k) => /^2/.test(k));
}

function renderPath(path: string[]): string {
  let s = '';
  for (const seg of path) {
    if (seg === '[]') s += '[]';
    else if (seg.startsWith('<')) s += seg;
    else s += s ? `.${seg}` : seg;
  }
  return s;
}

/** One operation has no operationId and the other is AsyncAPI 3.x, where the id is the operation's required key. */
function keyedId(a: Operation, b: Operation, va: string, vb: string): boolean {
  if (!a.async || !b.async) return false;
  return (a.operationId === undefined && vb.startsWith('3.')) || (b.operationId === undefined && va.startsWith('3.'));
}
