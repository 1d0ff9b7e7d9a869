import { LoadError } from '../errors.js';
import type { LoadedDocument } from '../load/index.js';
import { join } from '../load/pointer.js';
import { stableJson } from '../diff/stable-json.js';
import { SchemaViews } from './schema-view.js';
import { contractSource, type At, type Channel, type Contract, type Flow, type InteractionStyle, type Message, type Operation, type Reply, type SecurityAlternative, type Server } from './types.js';

type Obj = Record<string, unknown>;

/** Message fields a message trait may supply. */
const TRAIT_FIELDS = ['headers', 'contentType', 'correlationId', 'bindings', 'title', 'summary', 'description'] as const;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Top-level fields the model reads (`components` through the references into it); the rest (`id`, `tags`, `externalDocs`, `x-*`) is compared as values. */
const MODELLED_ROOT = new Set(['asyncapi', 'info', 'servers', 'channels', 'operations', 'components', 'defaultContentType']);

/** `trips/{tripId}/booked` -> `trips/{}/booked`: parameter names are not part of the contract. */
export function normalizeAddress(address: string): string {
  return address.replace(/\{[^}]*\}/g, '{}');
}

/** Protocols whose channels fan out to every subscriber (one-to-many); the rest deliver to one consumer. */
const BROADCAST_PROTOCOLS = new Set(['kafka', 'kafka-secure', 'mqtt', 'mqtt5', 'secure-mqtt', 'sns', 'googlepubsub', 'nats', 'redis', 'pulsar', 'solace', 'stomp', 'anypointmq']);

/**
 * Builds the normalized Contract from an AsyncAPI 2.x or 3.x document, from the raw document so every
 * pointer names a place in the original file. Both versions land in one shape: operations keyed by the
 * 3.x action (`send`/`receive`, the app's point of view) and the channel address with parameter names
 * erased, messages keyed by name, flows from the documented application's side.
 */
export function asyncapiToContract(src: LoadedDocument): Contract {
  const b = new AsyncBuilder(src);
  const doc = src.doc;
  const info = isObj(doc.info) ? doc.info : {};
  const v3 = src.specVersion.startsWith('3.');
  const servers = b.servers(v3);
  const { channels, operations } = v3 ? b.v3(servers) : b.v2(servers);
  b.markOverridden(servers, channels, operations);
  return {
    source: contractSource(src),
    schemas: new SchemaViews(src.refs, src),
    document: { info, rest: Object.fromEntries(Object.keys(doc).filter((k) => !MODELLED_ROOT.has(k)).map((k) => [k, doc[k]])) },
    format: 'asyncapi',
    specVersion: src.specVersion,
    title: str(info.title),
    version: info.version === undefined ? undefined : String(info.version),
    description: str(info.description),
    servers,
    operations,
    securitySchemes: new Map(),
    channels,
  };
}

interface Built {
  channels: Map<string, Channel>;
  operations: Map<string, Operation>;
}

class AsyncBuilder {
  private readonly defaultContentType: string | undefined;
  constructor(private readonly src: LoadedDocument) {
    this.defaultContentType = str(src.doc.defaultContentType);
  }

  private resolve(v: unknown, p: string): { value: unknown; pointer: string; ref?: string } {
    return this.src.refs.resolve(v, p);
  }

  servers(v3: boolean): Server[] {
    const raw = this.src.doc.servers;
    if (!isObj(raw)) return [];
    const out: Server[] = [];
    for (const name of Object.keys(raw)) {
      const r = this.resolve(raw[name], join('/servers', name));
      if (!isObj(r.value)) continue;
      const s = r.value;
      const protocol = str(s.protocol);
      let host: string | undefined;
      let pathname = '';
      if (v3) {
        host = str(s.host);
        pathname = str(s.pathname) ?? '';
      } else {
        // 2.x `url` may carry the scheme (`mqtt://broker:1883/base`); 3.x splits it into protocol, host and pathname.
        const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/]*)(.*)$/i.exec(str(s.url) ?? '');
        host = m?.[1];
        pathname = m?.[2] ?? '';
      }
      const server: Server = { name, url: `${protocol ?? ''}://${host ?? ''}${pathname}`, pointer: r.pointer, raw: s, host, protocol, protocolVersion: str(s.protocolVersion) };
      if (s.bindings !== undefined) server.bindings = { value: s.bindings, pointer: join(r.pointer, 'bindings') };
      if (Array.isArray(s.security)) {
        server.securityPointer = join(r.pointer, 'security');
        server.security = this.security(s.security, server.securityPointer, v3);
      }
      out.push(server);
    }
    return out;
  }

  v2(servers: Server[]): Built {
    const channels = new Map<string, Channel>();
    const operations = new Map<string, Operation>();
    const raw = this.src.doc.channels;
    if (!isObj(raw)) return { channels, operations };
    for (const address of Object.keys(raw)) {
      const r = this.resolve(raw[address], join('/channels', address));
      if (!isObj(r.value)) continue;
      const ch = r.value;
      const channel = this.channel(address, undefined, ch, r.pointer);
      channels.set(channel.key, channel);
      const oneToMany = this.broadcast(ch, servers);
      // 2.x speaks from the client's side: `publish` = clients publish = the app receives.
      for (const [verb, action] of [['publish', 'receive'], ['subscribe', 'send']] as const) {
        if (!isObj(ch[verb])) continue;
        const opPtr = join(r.pointer, verb);
        const op = ch[verb] as Obj;
        const flow: Flow = action === 'receive' ? 'input' : 'output';
        const messages = this.v2Messages(op.message, join(opPtr, 'message'), flow);
        // 2.4+ lets an operation declare its own security, as 3.x does; the converter carries it over.
        const security = Array.isArray(op.security) ? { alternatives: this.security(op.security, join(opPtr, 'security'), false), pointer: join(opPtr, 'security') } : this.serverSecurity(ch, servers, opPtr);
        this.add(operations, this.operation(action, channel, op, opPtr, messages, undefined, oneToMany, security));
      }
    }
    return { channels, operations };
  }

  private v2Messages(raw: unknown, pointer: string, flow: Flow): Map<string, Message> {
    const out = new Map<string, Message>();
    if (raw === undefined) return out;
    const r = this.resolve(raw, pointer);
    if (isObj(r.value) && Array.isArray(r.value.oneOf)) {
      r.value.oneOf.forEach((m, i) => this.addMessage(out, m, join(r.pointer, 'oneOf', i), flow, `#${i}`));
    } else {
      this.addMessage(out, raw, pointer, flow, 'message');
    }
    return out;
  }

  v3(servers: Server[]): Built {
    const channels = new Map<string, Channel>();
    const byPointer = new Map<string, Channel>();
    const operations = new Map<string, Operation>();
    const doc = this.src.doc;
    const rawChannels = isObj(doc.channels) ? doc.channels : {};
    for (const id of Object.keys(rawChannels)) {
      const r = this.resolve(rawChannels[id], join('/channels', id));
      if (!isObj(r.value)) continue;
      // A null address is chosen at runtime: the channel id is the only stable name it has.
      const channel = this.channel(str(r.value.address) ?? id, id, r.value, r.pointer);
      channels.set(channel.key, channel);
      byPointer.set(r.pointer, channel);
    }
    const rawOps = isObj(doc.operations) ? doc.operations : {};
    for (const id of Object.keys(rawOps)) {
      const r = this.resolve(rawOps[id], join('/operations', id));
      if (!isObj(r.value)) continue;
      const op = r.value;
      const action = op.action === 'send' ? 'send' : op.action === 'receive' ? 'receive' : undefined;
      if (!action) throw new LoadError(this.src.name, '`action` must be `send` or `receive`', join(r.pointer, 'action'));
      const chRef = this.resolve(op.channel, join(r.pointer, 'channel'));
      const channel = byPointer.get(chRef.pointer);
      if (!channel || !isObj(chRef.value)) throw new LoadError(this.src.name, 'operation `channel` must reference a channel under /channels', join(r.pointer, 'channel'));
      const flow: Flow = action === 'receive' ? 'input' : 'output';
      const messages = this.v3Messages(op.messages, join(r.pointer, 'messages'), chRef.value, chRef.pointer, flow);
      const reply = op.reply === undefined ? undefined : this.v3Reply(op.reply, join(r.pointer, 'reply'), channel, byPointer, flow === 'input' ? 'output' : 'input');
      const security = Array.isArray(op.security) ? { alternatives: this.security(op.security, join(r.pointer, 'security'), true), pointer: join(r.pointer, 'security') } : this.serverSecurity(chRef.value, servers, r.pointer);
      const o = this.operation(action, channel, { ...op, operationId: id }, r.pointer, messages, reply, this.broadcast(chRef.value, servers), security);
      o.async!.raw = op;
      this.add(operations, o);
    }
    this.idleMessages(byPointer, operations);
    return { channels, operations };
  }

  /** The messages of each 3.x channel that no operation or reply carries: compared on the channel, as no operation compares them. */
  private idleMessages(byPointer: Map<string, Channel>, operations: Map<string, Operation>): void {
    const carried = new Set<string>();
    for (const o of operations.values()) for (const m of [...o.async!.messages.values(), ...(o.async!.reply?.messages.values() ?? [])]) carried.add(m.pointer);
    for (const [pointer, channel] of byPointer) {
      const msgs = channel.raw && isObj(channel.raw.messages) ? channel.raw.messages : {};
      channel.idleMessages = Object.fromEntries(Object.keys(msgs).filter((k) => !carried.has(this.resolve(msgs[k], join(pointer, 'messages', k)).pointer)).map((k) => [k, msgs[k]]));
    }
  }

  /** 3.x operation messages are refs into the channel's messages; none listed means all of them. */
  private v3Messages(list: unknown, listPtr: string, channel: Obj, channelPtr: string, flow: Flow): Map<string, Message> {
    const out = new Map<string, Message>();
    if (Array.isArray(list)) {
      list.forEach((m, i) => this.addMessage(out, m, join(listPtr, i), flow, `#${i}`));
      return out;
    }
    const msgs = isObj(channel.messages) ? channel.messages : {};
    for (const k of Object.keys(msgs)) this.addMessage(out, msgs[k], join(channelPtr, 'messages', k), flow, k);
    return out;
  }

  private v3Reply(raw: unknown, pointer: string, own: Channel, byPointer: Map<string, Channel>, flow: Flow): Reply | undefined {
    const r = this.resolve(raw, pointer);
    if (!isObj(r.value)) return undefined;
    const rep = r.value;
    let channel: string | undefined;
    let channelObj: Obj = {};
    let channelPtr = '';
    if (rep.channel !== undefined) {
      const c = this.resolve(rep.channel, join(r.pointer, 'channel'));
      const ch = byPointer.get(c.pointer);
      if (isObj(c.value)) {
        channelObj = c.value;
        channelPtr = c.pointer;
      }
      if (ch && ch.key !== own.key) channel = ch.key;
    }
    if (rep.address !== undefined) {
      const a = this.resolve(rep.address, join(r.pointer, 'address'));
      if (isObj(a.value)) channel = `runtime ${str(a.value.location) ?? ''}`;
    }
    const messages = this.v3Messages(rep.messages, join(r.pointer, 'messages'), channelObj, channelPtr, flow);
    return { channel, messages, pointer: r.pointer, raw: rep };
  }

  private channel(address: string, id: string | undefined, ch: Obj, pointer: string): Channel {
    const params = isObj(ch.parameters) ? ch.parameters : {};
    const parameters = [...address.matchAll(/\{([^}]*)\}/g)].flatMap(([, name]): Channel['parameters'] => {
      if (params[name!] === undefined) return [];
      const r = this.resolve(params[name!], join(pointer, 'parameters', name!));
      if (!isObj(r.value)) return [];
      // 2.x parameters carry a schema; 3.x ones carry enum and default directly and are always strings.
      if (r.value.schema === undefined) return [{ name: name!, schema: { value: { type: 'string', ...pick(r.value, ['enum', 'default']) }, pointer: r.pointer }, pointer: r.pointer, raw: r.value }];
      const s = this.resolve(r.value.schema, join(r.pointer, 'schema'));
      const asV3 = { value: { type: 'string', ...(isObj(s.value) ? pick(s.value, ['enum', 'default']) : {}) }, pointer: s.pointer };
      return [{ name: name!, schema: { value: r.value.schema, pointer: join(r.pointer, 'schema') }, pointer: r.pointer, raw: r.value, asV3 }];
    });
    const c: Channel = { key: normalizeAddress(address), address, pointer, description: str(ch.description), summary: str(ch.summary), parameters, raw: ch, servers: this.serverNames(ch) };
    if (id !== undefined) c.id = id;
    if (ch.bindings !== undefined) c.bindings = { value: ch.bindings, pointer: join(pointer, 'bindings') };
    return c;
  }

  /** The servers a channel is available on: those it names, else all of them. */
  private serversOf(ch: Obj, servers: Server[]): Server[] {
    const names = this.serverNames(ch);
    return names ? servers.filter((s) => names.includes(s.name!)) : servers;
  }

  /** The server names a channel lists (2.x names, 3.x references), or undefined when it lists none (all servers). */
  private serverNames(ch: Obj): string[] | undefined {
    return Array.isArray(ch.servers) ? ch.servers.map((s, i) => str(s) ?? this.resolve(s, `#${i}`).pointer.split('/').pop()!) : undefined;
  }

  /** Servers whose security some operation on them replaces with its own (the model then reads the operation's). */
  markOverridden(servers: Server[], channels: Map<string, Channel>, operations: Map<string, Operation>): void {
    for (const o of operations.values()) {
      if (o.securityPointer !== join(o.pointer, 'security')) continue;
      const names = channels.get(o.async!.channel)?.servers;
      for (const s of servers) if (!names || names.includes(s.name!)) s.securityOverridden = true;
    }
  }

  /** Without its own security, an operation needs what its servers require: any of their alternatives. */
  private serverSecurity(ch: Obj, servers: Server[], opPtr: string): { alternatives: SecurityAlternative[]; pointer: string } {
    const used = this.serversOf(ch, servers).filter((s) => s.security && s.security.length > 0);
    const seen = new Map<string, SecurityAlternative>();
    for (const s of used) for (const alt of s.security!) seen.set([...alt].map(([k, v]) => `${k}:${[...v].sort().join(',')}`).sort().join('+'), alt);
    return { alternatives: [...seen.values()], pointer: used[0]?.securityPointer ?? opPtr };
  }

  /** 2.x: requirement maps `{ scheme: [scopes] }`; 3.x: a list of schemes (references), any one of which suffices. */
  private security(list: unknown[], pointer: string, v3: boolean): SecurityAlternative[] {
    return list.flatMap((item, i) => {
      if (!v3) return isObj(item) ? [new Map(Object.keys(item).map((k) => [k, Array.isArray(item[k]) ? (item[k] as unknown[]).map(String) : []]))] : [];
      const r = this.resolve(item, join(pointer, i));
      if (!isObj(r.value)) return [];
      const name = r.ref ? r.pointer.slice(r.pointer.lastIndexOf('/') + 1) : (this.componentSchemeLike(r.value) ?? str(r.value.type) ?? `#${i}`);
      return [new Map([[name, Array.isArray(r.value.scopes) ? r.value.scopes.map(String) : []]])];
    });
  }

  /**
   * The name of the component security scheme an inline 3.x scheme repeats (its required `scopes` aside): the
   * converter inlines a 2.x requirement that lists scopes, and it is still that named scheme.
   */
  private componentSchemeLike(inline: Obj): string | undefined {
    const components = isObj(this.src.doc.components) ? this.src.doc.components : {};
    const schemes = isObj(components.securitySchemes) ? components.securitySchemes : {};
    const { scopes: _, ...wanted } = inline;
    const key = stableJson(wanted);
    return Object.keys(schemes).find((name) => {
      const s = this.resolve(schemes[name], join('/components/securitySchemes', name)).value;
      if (!isObj(s)) return false;
      const { scopes: __, ...rest } = s;
      return stableJson(rest) === key;
    });
  }

  /** One-to-many when the channel's servers (all servers when it names none) speak a broadcast protocol. */
  private broadcast(ch: Obj, servers: Server[]): boolean {
    const used = this.serversOf(ch, servers);
    if (used.some((s) => s.protocol && BROADCAST_PROTOCOLS.has(s.protocol.toLowerCase()))) return true;
    const amqp = isObj(ch.bindings) && isObj(ch.bindings.amqp) ? ch.bindings.amqp : undefined;
    const exchange = amqp && isObj(amqp.exchange) ? str(amqp.exchange.type) : undefined;
    return amqp?.is === 'routingKey' && (exchange === 'fanout' || exchange === 'topic');
  }

  private addMessage(out: Map<string, Message>, raw: unknown, pointer: string, flow: Flow, fallbackKey: string): void {
    const r = this.resolve(raw, pointer);
    if (!isObj(r.value)) return;
    const m = r.value;
    const traits = Array.isArray(m.traits) ? m.traits.map((t, i) => this.resolve(t, join(r.pointer, 'traits', i))) : [];
    const f = this.withTraits(m, r.pointer, traits);
    const withTraits = this.applied(m, traits);
    const explicit = str(m.name) ?? str(m.messageId);
    const key = explicit ?? (r.ref ? r.pointer.slice(r.pointer.lastIndexOf('/') + 1) : fallbackKey);
    const msg: Message = {
      raw: withTraits,
      key,
      named: explicit !== undefined,
      flow,
      contentType: str(f.contentType?.value) ?? this.defaultContentType,
      title: str(f.title?.value),
      summary: str(f.summary?.value),
      description: str(f.description?.value),
      pointer: r.pointer,
    };
    // A 2.x trait may supply `schemaFormat`.
    if (m.payload !== undefined) this.payload(msg, withTraits, r.pointer);
    if (f.headers) msg.headers = this.schemaAt(f.headers.value, f.headers.pointer);
    if (f.correlationId) {
      const c = this.resolve(f.correlationId.value, f.correlationId.pointer);
      msg.correlationId = { location: isObj(c.value) ? str(c.value.location) : undefined, pointer: c.pointer };
    }
    if (f.bindings) msg.bindings = f.bindings;
    out.set(out.has(key) ? `${key}#${out.size}` : key, msg);
  }

  /**
   * Message fields with its traits applied, each with the pointer of where it is written. 2.x merges the
   * traits over the message (the last trait wins); 3.x lets the message's own fields win.
   */
  private withTraits(m: Obj, pointer: string, traits: Array<{ value: unknown; pointer: string }>): Partial<Record<(typeof TRAIT_FIELDS)[number], At>> {
    const out: Partial<Record<(typeof TRAIT_FIELDS)[number], At>> = {};
    const own = (k: (typeof TRAIT_FIELDS)[number]) => (m[k] !== undefined ? { value: m[k], pointer: join(pointer, k) } : undefined);
    const v3 = this.src.specVersion.startsWith('3.');
    for (const k of TRAIT_FIELDS) {
      let fromTraits: At | undefined;
      for (const t of traits) if (isObj(t.value) && t.value[k] !== undefined) fromTraits = { value: t.value[k], pointer: join(t.pointer, k) };
      const chosen = v3 ? (own(k) ?? fromTraits) : (fromTraits ?? own(k));
      if (chosen) out[k] = chosen;
    }
    return out;
  }

  /**
   * Every field of a message with its traits applied, as withTraits applies the ones the model reads
   * (2.x: the last trait wins over the message; 3.x: the message's own fields win), `traits` itself dropped:
   * what the diff compares as values, so a field moved between a message and its trait is no change.
   */
  private applied(m: Obj, traits: Array<{ value: unknown }>): Obj {
    const { traits: _, ...own } = m;
    const fromTraits: Obj = {};
    for (const t of traits) if (isObj(t.value)) Object.assign(fromTraits, t.value);
    return this.src.specVersion.startsWith('3.') ? { ...fromTraits, ...own } : { ...own, ...fromTraits };
  }

  /** 2.x: `schemaFormat` beside `payload`; 3.x: a multi-format schema `{ schemaFormat, schema }` as the payload. */
  private payload(msg: Message, m: Obj, pointer: string): void {
    const p = this.resolve(m.payload, join(pointer, 'payload'));
    let format = str(m.schemaFormat);
    let at: At = { value: m.payload, pointer: join(pointer, 'payload') };
    if (isObj(p.value) && str(p.value.schemaFormat) !== undefined && p.value.schema !== undefined) {
      format = str(p.value.schemaFormat);
      at = { value: p.value.schema, pointer: join(p.pointer, 'schema') };
    }
    msg.payload = at;
    if (format && !/^application\/(vnd\.aai\.asyncapi|schema\+json|schema\+yaml)/i.test(format)) msg.payloadFormat = format.replace(/;.*$/, '');
  }

  private schemaAt(v: unknown, pointer: string): At {
    // 3.x headers may also be a multi-format schema.
    const r = this.resolve(v, pointer);
    if (isObj(r.value) && str(r.value.schemaFormat) !== undefined && r.value.schema !== undefined) return { value: r.value.schema, pointer: join(r.pointer, 'schema') };
    return { value: v, pointer };
  }

  private operation(action: 'send' | 'receive', channel: Channel, op: Obj, pointer: string, messages: Map<string, Message>, reply: Reply | undefined, oneToMany: boolean, security: { alternatives: SecurityAlternative[]; pointer: string }): Operation {
    const o: Operation = {
      key: `${action} ${channel.key}`,
      method: action,
      path: channel.address,
      operationId: str(op.operationId),
      summary: str(op.summary),
      description: str(op.description),
      deprecated: false,
      parameters: new Map(),
      responses: new Map(),
      security: security.alternatives,
      securityPointer: security.pointer,
      callbacks: new Map(),
      style: interactionStyle(reply, oneToMany),
      pointer,
      async: { action, channel: channel.key, messages, reply },
    };
    if (op.bindings !== undefined) o.async!.bindings = { value: op.bindings, pointer: join(pointer, 'bindings') };
    o.async!.raw = op;
    return o;
  }

  private add(operations: Map<string, Operation>, op: Operation): void {
    // 3.x allows several operations with one action on one channel; the later ones are told apart by id.
    if (operations.has(op.key)) op.key = `${op.key} (${op.operationId ?? operations.size})`;
    operations.set(op.key, op);
  }
}

function pick(o: Obj, keys: string[]): Obj {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

function interactionStyle(reply: Reply | undefined, oneToMany: boolean): InteractionStyle {
  if (oneToMany) return reply ? 'publish/async responses' : 'publish/subscribe';
  if (!reply) return 'notification';
  return reply.channel === undefined ? 'request/response' : 'request/async response';
}
