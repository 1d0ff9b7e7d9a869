import { join } from '../load/pointer.js';
import type { FilterTests } from './filter.js';
import type { Channel, Contract, Operation } from './types.js';

type Obj = Record<string, unknown>;

/**
 * The AsyncAPI contract with only the operations the filter keeps. Operations are filtered as OpenAPI's
 * are, with the channel in the Path Item's place: its address is the path, its extensions hold for every
 * operation on it. Channels then follow the operations: a channel a kept operation uses (as its channel
 * or its reply's) is compared, one only left-out operations use is left out, and one no operation uses
 * is kept when its own address and extensions pass.
 */
export function filterAsyncApi(c: Contract, t: FilterTests): Contract {
  const channels = c.channels ?? new Map<string, Channel>();
  const keep = (op: Operation) => t.keepPath(op.path) && !t.flagged(channels.get(op.async!.channel)?.raw) && !operationFlagged(c, op, t.extensions);
  const operations = new Map([...c.operations].filter(([, op]) => keep(op)));
  const used = channelsUsed(operations.values());
  const usedByAny = channelsUsed(c.operations.values());
  const keepChannel = (ch: Channel) => used.has(ch.key) || (!usedByAny.has(ch.key) && t.keepPath(ch.address) && !t.flagged(ch.raw));
  const out: Contract = { ...c, operations };
  if (c.channels) out.channels = new Map([...c.channels].filter(([, ch]) => keepChannel(ch)));
  return out;
}

function channelsUsed(operations: Iterable<Operation>): Set<string> {
  const used = new Set<string>();
  for (const op of operations) {
    used.add(op.async!.channel);
    if (op.async!.reply?.channel !== undefined) used.add(op.async!.reply.channel);
  }
  return used;
}

/**
 * Whether the Operation Object as its readers see it, traits applied, sets one of the extensions to a
 * truthy value: 2.x merges the traits over the operation (the last trait wins), in 3.x the operation's
 * own fields win. The model keeps the operation as written, so the traits are read here.
 */
function operationFlagged(c: Contract, op: Operation, extensions: readonly string[]): boolean {
  const raw = op.async!.raw;
  if (!raw || extensions.length === 0) return false;
  const traits = Array.isArray(raw.traits) ? raw.traits.map((tr, i) => c.schemas.refs.resolve(tr, join(op.pointer, 'traits', i)).value).filter(isObj) : [];
  const ownWins = c.specVersion.startsWith('3.');
  return extensions.some((x) => {
    const fromTraits = [...traits].reverse().find((tr) => tr[x] !== undefined)?.[x];
    return Boolean(ownWins ? (raw[x] ?? fromTraits) : (fromTraits ?? raw[x]));
  });
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
