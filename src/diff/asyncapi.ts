import { join } from '../load/pointer.js';
import { shown, stableJson } from './stable-json.js';
import type { RefResolver } from '../load/refs.js';
import type { At, Channel, Contract, Message, Operation, Server } from '../model/types.js';
import type { ContractDiff, Ctx } from './contract.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The AsyncAPI half of the contract walk: servers by name, channels by address (3.x channel ids and
 * operation ids reveal an address change), operations by action + address, messages by name. Generic
 * operation facts (id, style, documentation) go through ContractDiff.operation; schemas through its
 * SchemaDiffer, with the message's flow.
 */
export class AsyncApiDiff {
  /** Old channel key -> new channel key, for channels whose address changed. */
  private renamed = new Map<string, string>();
  /** Old server name -> new server name, for servers matched by URL under another name. */
  private serverNames = new Map<string, string>();

  constructor(
    private readonly a: Contract,
    private readonly b: Contract,
    private readonly d: ContractDiff,
  ) {}

  run(): void {
    this.d.fields('document', 'none', {}, {}, { raw: this.a.document.rest, pointer: '' }, { raw: this.b.document.rest, pointer: '' });
    this.servers();
    this.findRenames();
    this.channels();
    this.operations();
  }

  private servers(): void {
    const byName = (list: Server[]) => new Map(list.map((s) => [s.name ?? s.url, s]));
    const na = byName(this.a.servers);
    const nb = byName(this.b.servers);
    const unmatchedB = new Map([...nb].filter(([k]) => !na.has(k)));
    for (const [name, s] of na) {
      // A server renamed without other change is the same server: match the leftovers by URL.
      const t = nb.get(name) ?? [...unmatchedB.values()].find((x) => x.url === s.url);
      if (!t) {
        this.d.emit('server.removed', 'none', {}, { value: s.name ? `${s.name} (${s.url})` : s.url }, { oldPtr: s.pointer });
        continue;
      }
      unmatchedB.delete(t.name ?? t.url);
      if (s.name !== undefined && t.name !== undefined) this.serverNames.set(s.name, t.name);
      this.server(s, t);
    }
    for (const t of unmatchedB.values()) this.d.emit('server.added', 'none', {}, { value: t.name ? `${t.name} (${t.url})` : t.url }, { newPtr: t.pointer });
  }

  private server(s: Server, t: Server): void {
    const at = { oldPtr: s.pointer, newPtr: t.pointer };
    const value = t.name ?? t.url;
    const addr = (x: Server) => x.url.replace(/^[^:]*:\/\//, '');
    if (addr(s) !== addr(t)) this.d.emit('server.host.changed', 'none', {}, { value }, { ...at, before: addr(s), after: addr(t) });
    if ((s.protocol ?? '').toLowerCase() !== (t.protocol ?? '').toLowerCase()) this.d.emit('server.protocol.changed', 'none', {}, { value }, { ...at, before: s.protocol, after: t.protocol });
    if ((s.protocolVersion ?? '') !== (t.protocolVersion ?? '')) this.d.emit('server.protocol-version.changed', 'none', {}, { value }, { ...at, before: s.protocolVersion, after: t.protocolVersion });
    this.bindings(s.bindings, t.bindings, {}, `server ${value}`, at);
    // What a client presents is compared on each operation that inherits it; an overriding operation leaves it to the server.
    const inherited = !s.securityOverridden && !t.securityOverridden;
    this.d.fields('server', 'none', { where: `server ${value}` }, { value }, s, t, inherited ? (f) => f === 'security' : undefined);
  }

  /** An address change keeps the 3.x channel id, or the operation id of the operations on it. */
  private findRenames(): void {
    const ca = this.a.channels ?? new Map<string, Channel>();
    const cb = this.b.channels ?? new Map<string, Channel>();
    const idsB = new Map([...cb.values()].filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
    for (const c of ca.values()) {
      const t = c.id !== undefined ? idsB.get(c.id) : undefined;
      if (t && t.key !== c.key && !cb.has(c.key) && !ca.has(t.key)) this.renamed.set(c.key, t.key);
    }
    const opIdsB = new Map([...this.b.operations.values()].filter((o) => o.operationId).map((o) => [o.operationId!, o]));
    for (const o of this.a.operations.values()) {
      const t = o.operationId ? opIdsB.get(o.operationId) : undefined;
      const from = o.async!.channel;
      const to = t?.async?.channel;
      if (to && to !== from && !cb.has(from) && !ca.has(to) && !this.renamed.has(from)) this.renamed.set(from, to);
    }
  }

  private channels(): void {
    const ca = this.a.channels ?? new Map<string, Channel>();
    const cb = this.b.channels ?? new Map<string, Channel>();
    const targets = new Set(this.renamed.values());
    for (const [key, c] of ca) {
      const to = this.renamed.get(key);
      const t = cb.get(to ?? key);
      if (!t) {
        this.d.emit('channel.removed', 'none', {}, { value: c.address }, { oldPtr: c.pointer });
        continue;
      }
      const at = { oldPtr: c.pointer, newPtr: t.pointer };
      if (to) this.d.emit('channel.address.changed', 'none', {}, { value: t.id ?? t.address }, { ...at, before: c.address, after: t.address });
      for (const field of ['summary', 'description'] as const) {
        if ((c[field] ?? '') !== (t[field] ?? '')) this.d.emit('channel.documentation.changed', 'none', {}, { value: t.address, field }, { ...at, before: c[field], after: t[field] });
      }
      this.bindings(c.bindings, t.bindings, {}, `channel ${t.address}`, at);
      this.channelFields(c, t);
    }
    for (const [key, t] of cb) if (!ca.has(key) && !targets.has(key)) this.d.emit('channel.added', 'none', {}, { value: t.address }, { newPtr: t.pointer });
  }

  /** A channel's own fields, its address variables' (by position), and the servers it is available on. */
  private channelFields(c: Channel, t: Channel): void {
    const ctx = { where: `channel ${t.address}` };
    this.d.fields('channel', 'none', ctx, { value: t.address }, c, t);
    for (let i = 0; i < Math.min(c.parameters.length, t.parameters.length); i++) {
      const p = c.parameters[i]!;
      const q = t.parameters[i]!;
      this.d.fields('channel-parameter', 'none', { where: `channel parameter ${q.name} of ${t.address}` }, { parameter: q.name }, p, q);
    }
    if (c.idleMessages && t.idleMessages) this.idleMessages(c, t, ctx);
    if (this.a.specVersion.split('.')[0] !== this.b.specVersion.split('.')[0]) return;
    // By name, renamed servers followed; naming none means all of them.
    const before = [...new Set((c.servers ?? this.a.servers.map((s) => s.name!)).map((n) => this.serverNames.get(n) ?? n))].sort();
    const after = [...new Set(t.servers ?? this.b.servers.map((s) => s.name!))].sort();
    if (before.join() !== after.join()) {
      this.d.emit('channel.keyword.changed', 'none', ctx, { value: t.address, field: 'servers' }, { oldPtr: join(c.pointer, 'servers'), newPtr: join(t.pointer, 'servers'), before: before.join(', '), after: after.join(', '), facts: { annotation: false } });
    }
  }

  /**
   * A 3.x channel's messages that no operation carries, compared by key as data; a message some operation
   * carries on the other side is compared there (message added or removed), not here.
   */
  private idleMessages(c: Channel, t: Channel, ctx: Ctx): void {
    const idleA = c.idleMessages!;
    const idleB = t.idleMessages!;
    const all = (x: Channel) => (isObj(x.raw?.messages) ? x.raw.messages : {});
    for (const k of new Set([...Object.keys(idleA), ...Object.keys(idleB)])) {
      if (!(k in idleA) && k in all(c)) continue;
      if (!(k in idleB) && k in all(t)) continue;
      const oldPtr = join(c.pointer, 'messages', k);
      const newPtr = join(t.pointer, 'messages', k);
      const before = k in idleA ? deref(this.a.schemas.refs, { value: idleA[k], pointer: oldPtr }) : undefined;
      const after = k in idleB ? deref(this.b.schemas.refs, { value: idleB[k], pointer: newPtr }) : undefined;
      if (stableJson(before) === stableJson(after)) continue;
      this.d.emit('channel.keyword.changed', 'none', ctx, { value: t.address, field: `messages.${k}` }, { oldPtr, newPtr, before: shown(before), after: shown(after), facts: { annotation: false } });
    }
  }

  private operations(): void {
    const oa = this.a.operations;
    const ob = this.b.operations;
    const matchedB = new Set<string>();
    const pairs: Array<[Operation, Operation]> = [];
    const unmatched: Operation[] = [];
    const renamedKey = (o: Operation) => {
      const to = this.renamed.get(o.async!.channel);
      return to ? `${o.async!.action} ${to}${o.key.slice(`${o.async!.action} ${o.async!.channel}`.length)}` : o.key;
    };
    for (const o of oa.values()) {
      const t = ob.get(renamedKey(o));
      if (t && !matchedB.has(t.key)) {
        matchedB.add(t.key);
        pairs.push([o, t]);
      } else unmatched.push(o);
    }
    const removed: Operation[] = [];
    for (const o of unmatched) {
      // Same operation id, same action: the operation moved (its channel change is reported on the channel).
      let t = [...ob.values()].find((x) => !matchedB.has(x.key) && !oa.has(x.key) && o.operationId !== undefined && x.operationId === o.operationId && x.async!.action === o.async!.action);
      if (t) {
        matchedB.add(t.key);
        pairs.push([o, t]);
        continue;
      }
      // The other action on the same channel, and the old document did not have that one: the action flipped.
      const channel = this.renamed.get(o.async!.channel) ?? o.async!.channel;
      t = [...ob.values()].find((x) => !matchedB.has(x.key) && !oa.has(x.key) && x.async!.channel === channel && x.async!.action !== o.async!.action);
      if (t) {
        matchedB.add(t.key);
        this.d.emit('operation.action.changed', 'none', { operation: display(t) }, {}, { oldPtr: o.pointer, newPtr: t.pointer, before: o.async!.action, after: t.async!.action });
        continue;
      }
      removed.push(o);
    }
    for (const o of removed) this.d.emit('operation.removed', 'none', { operation: display(o) }, {}, { oldPtr: o.pointer });
    for (const t of ob.values()) if (!matchedB.has(t.key)) this.d.emit('operation.added', 'none', { operation: display(t) }, {}, { newPtr: t.pointer });
    for (const [o, t] of pairs) this.operation(o, t);
  }

  private operation(o: Operation, t: Operation): void {
    this.d.operation(o, t);
    const ctx: Ctx = { operation: display(t) };
    const x = o.async!;
    const y = t.async!;
    this.bindings(x.bindings, y.bindings, ctx, 'operation', { oldPtr: o.pointer, newPtr: t.pointer });
    this.d.fields('operation', 'none', ctx, {}, { raw: x.raw, pointer: o.pointer }, { raw: y.raw, pointer: t.pointer });
    // Paired by operation id across channels that both documents have: the operation moved to another channel.
    const from = this.renamed.get(x.channel) ?? x.channel;
    if (from !== y.channel) this.d.emit('operation.keyword.changed', 'none', ctx, { field: 'channel' }, { oldPtr: join(o.pointer, 'channel'), newPtr: join(t.pointer, 'channel'), before: o.path, after: t.path, facts: { annotation: false } });
    this.channelParameters(x.channel, y.channel, ctx, y.action === 'receive' ? 'input' : 'output');
    const verb = y.action === 'receive' ? 'received' : 'sent';
    this.messages(x.messages, y.messages, ctx, `${verb} message`, { oldPtr: o.pointer, newPtr: t.pointer });
    // A reply without a channel travels on the operation's own channel.
    const before = x.reply ? (x.reply.channel ?? x.channel) : undefined;
    const after = y.reply ? (y.reply.channel ?? y.channel) : undefined;
    if (before !== undefined && after !== undefined && (this.renamed.get(before) ?? before) !== after) {
      this.d.emit('reply.channel.changed', 'none', ctx, {}, { oldPtr: x.reply!.pointer, newPtr: y.reply!.pointer, before, after });
    }
    if (x.reply && y.reply) this.d.fields('reply', 'none', { ...ctx, where: 'reply' }, {}, x.reply, y.reply);
    if (x.reply && y.reply) this.messages(x.reply.messages, y.reply.messages, ctx, `${verb === 'received' ? 'sent' : 'received'} reply`, { oldPtr: x.reply.pointer, newPtr: y.reply.pointer });
  }

  /**
   * Address variables, matched by position: whoever sends on the channel picks their values (the operation's
   * flow). Across major versions only what both can say is compared, as the other fields of an object are
   * (ContractDiff.fields): a 2.x `type` or `pattern` has no 3.x form, and the converter drops it.
   */
  private channelParameters(from: string, to: string, ctx: Ctx, flow: 'input' | 'output'): void {
    const pa = this.a.channels?.get(from)?.parameters ?? [];
    const pb = this.b.channels?.get(to)?.parameters ?? [];
    // Across major versions, as AsyncAPI 3 can say it: a 3.x parameter is a string with an optional enum and default.
    const crossMajor = this.a.specVersion[0] !== this.b.specVersion[0];
    const schema = (p: (typeof pa)[number]) => (crossMajor && p.asV3) || p.schema;
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) this.d.schema(schema(pa[i]!), schema(pb[i]!), flow, { ...ctx, where: `channel parameter ${pb[i]!.name}` });
  }

  private messages(ma: Map<string, Message>, mb: Map<string, Message>, ctx: Ctx, label: string, at: { oldPtr: string; newPtr: string }): void {
    let onlyA = [...ma].filter(([k]) => !mb.has(k));
    let onlyB = [...mb].filter(([k]) => !ma.has(k));
    // Unnamed messages are keyed by position or map key only (a 2.x `oneOf` entry is `#0`; the converter keys
    // it `subscribe.message.0`): one with the same content on the other side is the same message, re-keyed.
    const content = (refs: RefResolver, m: Message) => stableJson(deref(refs, { value: m.raw, pointer: m.pointer }));
    const unnamedB = new Map(onlyB.filter(([, n]) => !n.named).map(([k, n]) => [k, content(this.b.schemas.refs, n)]));
    for (const [ka, m] of onlyA) {
      if (m.named) continue;
      const c = content(this.a.schemas.refs, m);
      const kb = [...unnamedB].find(([, x]) => x === c)?.[0];
      if (kb === undefined) continue;
      unnamedB.delete(kb);
      this.message(m, mb.get(kb)!, ctx, label);
      onlyA = onlyA.filter(([k]) => k !== ka);
      onlyB = onlyB.filter(([k]) => k !== kb);
    }
    // One unnamed message left on each side: the same message, re-keyed, and changed.
    if (onlyA.length === 1 && onlyB.length === 1 && !onlyA[0]![1].named && !onlyB[0]![1].named) {
      this.message(onlyA[0]![1], onlyB[0]![1], ctx, label);
      onlyA.length = onlyB.length = 0;
    }
    for (const [k, m] of ma) {
      const n = mb.get(k);
      if (n) this.message(m, n, ctx, label);
    }
    for (const [, m] of onlyA) this.d.emit('message.removed', m.flow, { ...ctx, where: `${label} ${m.key}` }, { value: m.key }, { oldPtr: m.pointer, newPtr: at.newPtr });
    for (const [, n] of onlyB) this.d.emit('message.added', n.flow, { ...ctx, where: `${label} ${n.key}` }, { value: n.key }, { oldPtr: at.oldPtr, newPtr: n.pointer });
  }

  private message(m: Message, n: Message, ctx: Ctx, label: string): void {
    const flow = n.flow;
    const base = `${label} ${n.key}`;
    const mctx = { ...ctx, where: base };
    const at = { oldPtr: m.pointer, newPtr: n.pointer };
    const ct = (x: Message) => (x.contentType ?? '').toLowerCase().replace(/\s+/g, '');
    if (ct(m) !== ct(n)) this.d.emit('message.content-type.changed', flow, mctx, { value: n.key }, { ...at, before: m.contentType, after: n.contentType });
    if (m.payloadFormat || n.payloadFormat) {
      // Avro, Protobuf, RAML...: no semantic diff for these; any difference is reported as such.
      const same = m.payloadFormat === n.payloadFormat && stableJson(deref(this.a.schemas.refs, m.payload)) === stableJson(deref(this.b.schemas.refs, n.payload));
      if (!same) this.d.emit('message.payload.changed', flow, { ...ctx, where: `${base} payload` }, { value: n.key }, { oldPtr: m.payload?.pointer ?? m.pointer, newPtr: n.payload?.pointer ?? n.pointer, before: m.payloadFormat ?? 'JSON Schema', after: n.payloadFormat ?? 'JSON Schema' });
    } else if (m.payload || n.payload) {
      // A missing payload or header schema allows anything: compare against the empty schema.
      this.d.schema(m.payload ?? { value: {}, pointer: m.pointer }, n.payload ?? { value: {}, pointer: n.pointer }, flow, { ...ctx, where: `${base} payload` });
    }
    if (m.headers || n.headers) this.d.schema(m.headers ?? { value: {}, pointer: m.pointer }, n.headers ?? { value: {}, pointer: n.pointer }, flow, { ...ctx, where: `${base} headers` });
    const ca = m.correlationId?.location;
    const cb = n.correlationId?.location;
    if (ca !== cb) this.d.emit('message.correlation-id.changed', flow, mctx, { value: n.key }, { oldPtr: m.correlationId?.pointer ?? m.pointer, newPtr: n.correlationId?.pointer ?? n.pointer, before: ca, after: cb, facts: { added: ca === undefined, removed: cb === undefined } });
    for (const field of ['title', 'summary', 'description'] as const) {
      if ((m[field] ?? '') !== (n[field] ?? '')) this.d.emit('message.documentation.changed', flow, mctx, { value: n.key, field }, { ...at, before: m[field], after: n[field] });
    }
    this.bindings(m.bindings, n.bindings, ctx, base, at);
    this.d.fields('message', flow, mctx, { value: n.key }, m, n);
  }

  /** Bindings are protocol-specific: compared per protocol as data (resolved, key order ignored). */
  private bindings(a: At | undefined, b: At | undefined, ctx: Ctx, label: string, owner: { oldPtr: string; newPtr: string }): void {
    if (!a && !b) return;
    const ra = a ? this.a.schemas.refs.resolve(a.value, a.pointer) : undefined;
    const rb = b ? this.b.schemas.refs.resolve(b.value, b.pointer) : undefined;
    const va = isObj(ra?.value) ? ra.value : {};
    const vb = isObj(rb?.value) ? rb.value : {};
    for (const proto of new Set([...Object.keys(va), ...Object.keys(vb)])) {
      if (proto.startsWith('x-')) continue;
      const x = deref(this.a.schemas.refs, va[proto] === undefined ? undefined : { value: va[proto], pointer: join(ra!.pointer, proto) });
      const y = deref(this.b.schemas.refs, vb[proto] === undefined ? undefined : { value: vb[proto], pointer: join(rb!.pointer, proto) });
      if (stableJson(x) === stableJson(y)) continue;
      this.d.emit('bindings.changed', 'none', { ...ctx, where: label }, { value: proto }, {
        oldPtr: va[proto] !== undefined ? join(ra!.pointer, proto) : (ra?.pointer ?? owner.oldPtr),
        newPtr: vb[proto] !== undefined ? join(rb!.pointer, proto) : (rb?.pointer ?? owner.newPtr),
        before: x,
        after: y,
      });
    }
  }
}

/** `receive trips/{tripId}/booked`: the action, then the channel address as written. */
function display(o: Operation): string {
  return `${o.method} ${o.path}`;
}

/** Resolves `$ref`s all the way down (cycles cut), so two spellings of the same data compare equal. */
function deref(refs: RefResolver, at: At | undefined): unknown {
  if (!at) return undefined;
  const seen = new Set<string>();
  const walk = (v: unknown, p: string): unknown => {
    const r = refs.resolve(v, p);
    if (r.ref) {
      if (seen.has(r.pointer)) return { $ref: r.pointer };
      seen.add(r.pointer);
    }
    const val = r.value;
    let out: unknown = val;
    if (Array.isArray(val)) out = val.map((x, i) => walk(x, join(r.pointer, i)));
    else if (isObj(val)) out = Object.fromEntries(Object.keys(val).map((k) => [k, walk(val[k], join(r.pointer, k))]));
    if (r.ref) seen.delete(r.pointer);
    return out;
  };
  return walk(at.value, at.pointer);
}
