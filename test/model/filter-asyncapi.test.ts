import { describe, expect, it } from 'vitest';
import { compare, compareContracts, loadContract, type Report } from '../../src/compare.js';
import type { EngineConfig } from '../../src/engine/evaluate.js';
import { filterContract } from '../../src/model/filter.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';
import { contractOf } from '../helpers/inline.js';

const DIR = 'test/model/fixtures/asyncapi-filters';
const pair = (v: 'v2' | 'v3') => [`${DIR}/${v}/old.yaml`, `${DIR}/${v}/new.yaml`] as const;
const run = (v: 'v2' | 'v3', filter?: EngineConfig['filter']) => compare(...pair(v), { cwd: ROOT, config: filter ? { filter } : {} });
/** `rule | operation | message`, sorted: what a filter keeps and what it leaves out, in one list. */
const found = (r: Report) => r.findings.map((f) => `${f.rule} | ${f.operation ?? '-'} | ${f.message}`).sort();

// Each pair changes something behind every filter: what a filter leaves out is listed unfiltered first.
const V2_ALL = [
  'channel-documentation-changed | - | description of channel internal/audit changed',
  'channel-documentation-changed | - | description of channel user/signedup changed',
  'channel-removed | - | channel admin/events removed',
  'channel-removed | - | channel internal/debug removed',
  'field-annotation-changed | send orders/created | x-internal of send orders/created changed',
  'operation-removed | send admin/events | operation send admin/events removed',
  'operation-removed | send internal/debug | operation send internal/debug removed',
  'output-optional-property-removed | send internal/audit | optional property action removed from sent message Audit payload',
  'output-optional-property-removed | send user/signedup | optional property email removed from sent message SignedUp payload',
  'type-changed | receive user/signedup | type of id in received message AdminSignUp payload changed from string to integer',
];
const V3_ALL = [
  'channel-documentation-changed | - | description of channel internal/audit changed',
  'channel-documentation-changed | - | description of channel user/signedup changed',
  'channel-documentation-changed | - | description of channel users/lookup/replies changed',
  'channel-removed | - | channel admin/events removed',
  'operation-removed | send admin/events | operation send admin/events removed',
  'output-optional-property-removed | send broadcast | optional property level removed from sent message Broadcast payload',
  'output-optional-property-removed | send internal/audit | optional property action removed from sent message Audit payload',
  'output-optional-property-removed | send user/signedup | optional property email removed from sent message SignedUp payload',
  'type-changed | receive user/signedup | type of id in received message AdminSignUp payload changed from string to integer',
];
const without = (all: string[], ...gone: string[]) => all.filter((f) => !gone.some((g) => f.includes(g)));

describe('AsyncAPI filters: unfiltered', () => {
  it('every operation and channel counts', async () => {
    expect(found(await run('v2'))).toEqual(V2_ALL);
    expect(found(await run('v3'))).toEqual(V3_ALL);
  });

  it('no filter (or an empty one) hands the contract on as it is', async () => {
    const c = await loadContract(pair('v3')[0], { cwd: ROOT });
    expect(filterContract(c, undefined)).toBe(c);
    expect(filterContract(c, { matchPath: [], excludeExtension: [] })).toBe(c);
  });
});

describe('AsyncAPI filters: excludeExtension', () => {
  it('2.6: an extension on the operation or on the channel leaves the operation out; a shared channel stays compared', async () => {
    expect(found(await run('v2', { excludeExtension: ['x-internal'] }))).toEqual([
      // user/signedup: its subscribe operation is kept, so the channel is compared; its internal publish is not.
      'channel-documentation-changed | - | description of channel user/signedup changed',
      // orders/created gained x-internal: it leaves what is compared, as an OpenAPI operation does.
      'channel-removed | - | channel orders/created removed',
      'operation-removed | send orders/created | operation send orders/created removed',
      'output-optional-property-removed | send user/signedup | optional property email removed from sent message SignedUp payload',
    ]);
  });

  it('3.0: the operation, its traits or its channel; a reply channel a kept operation uses stays compared', async () => {
    // adminSignUp is internal through its trait, onAdminEvent itself, onAudit through its channel. lookupReplies
    // is marked internal but is where the kept lookupUser replies, so it is part of that operation's contract.
    expect(found(await run('v3', { excludeExtension: ['x-internal'] }))).toEqual(
      without(V3_ALL, 'AdminSignUp', 'admin/events', 'internal/audit'),
    );
  });

  it('an extension nothing sets changes nothing; a false value leaves the operation in', async () => {
    expect(found(await run('v2', { excludeExtension: ['x-private'] }))).toEqual(V2_ALL);
    expect(found(await run('v3', { excludeExtension: ['x-private'] }))).toEqual(V3_ALL);
    const flagged = (value: string) => async3({ opExtra: `x-internal: ${value}` });
    const removedWhenFlagged = async (value: string) => found(compareContracts(await async3({}), await flagged(value), { config: { filter: { excludeExtension: ['x-internal'] } } }));
    expect(await removedWhenFlagged('false')).toEqual(['field-annotation-changed | send orders | x-internal of send orders changed']);
    expect(await removedWhenFlagged('0')).toEqual(['field-annotation-changed | send orders | x-internal of send orders changed']);
    expect(await removedWhenFlagged('true')).toEqual(['channel-removed | - | channel orders removed', 'operation-removed | send orders | operation send orders removed']);
  });

  it('traits apply as AsyncAPI merges them: in 3.x the operation wins over its trait, in 2.x the trait wins', async () => {
    const filter = { excludeExtension: ['x-internal'] };
    const kept = (c: { operations: Map<string, unknown> }) => [...c.operations.keys()];
    // 3.x: own `x-internal: false` beats the trait's true; own field absent, the trait decides.
    expect(kept(filterContract(await async3({ opExtra: 'x-internal: false\n    traits: [{ $ref: "#/components/operationTraits/internal" }]' }), filter))).toEqual(['send orders']);
    expect(kept(filterContract(await async3({ opExtra: 'traits: [{ $ref: "#/components/operationTraits/internal" }]' }), filter))).toEqual([]);
    // 2.x: the trait is merged over the operation.
    expect(kept(filterContract(await async2('x-internal: false\n      traits: [{ $ref: "#/components/operationTraits/internal" }]'), filter))).toEqual([]);
    expect(kept(filterContract(await async2('x-internal: false'), filter))).toEqual(['send orders']);
  });

  it('a channel no operation uses is left out by its own extension only', async () => {
    const idle = (ext: string) => async3({ extraChannel: `  spare:\n    address: spare\n    ${ext}description: Spare.\n` });
    const channels = async (ext: string) => [...filterContract(await idle(ext), { excludeExtension: ['x-internal'] }).channels!.keys()];
    expect(await channels('')).toEqual(['orders', 'spare']);
    expect(await channels('x-internal: true\n    ')).toEqual(['orders']);
  });
});

describe('AsyncAPI filters: matchPath and excludePath on the channel address', () => {
  it('2.6: the channel key is the address; a prefix ends at a segment boundary', async () => {
    expect(found(await run('v2', { excludePath: ['internal'] }))).toEqual(without(V2_ALL, 'internal/'));
    expect(found(await run('v2', { matchPath: ['user/**'] }))).toEqual(V2_ALL.filter((f) => f.includes('user/signedup')));
    expect(found(await run('v2', { excludePath: ['user'] }))).toEqual(without(V2_ALL, 'user/signedup'));
    // `intern` is no prefix of `internal/audit` (segments), and `/internal` (an OpenAPI habit) is not `internal`.
    expect(found(await run('v2', { excludePath: ['intern', '/internal'] }))).toEqual(V2_ALL);
  });

  it('3.0: the address, or the channel id when the address is null', async () => {
    expect(found(await run('v3', { excludePath: ['internal', 'broadcast'] }))).toEqual(without(V3_ALL, 'internal/audit', 'broadcast'));
    expect(found(await run('v3', { matchPath: ['broadcast'] }))).toEqual(without(V3_ALL, 'user/signedup', 'AdminSignUp', 'internal/audit', 'admin/events', 'users/lookup'));
  });

  it('3.0: a reply channel goes with the operations that use it', async () => {
    // user/** leaves lookupUser out (users/lookup), and with it its reply channel; users/** keeps both.
    expect(found(await run('v3', { matchPath: ['user/**'] }))).toEqual(V3_ALL.filter((f) => /user\/signedup|AdminSignUp/.test(f)));
    expect(found(await run('v3', { matchPath: ['users/lookup'] }))).toEqual(['channel-documentation-changed | - | description of channel users/lookup/replies changed']);
    expect(found(await run('v3', { matchPath: ['users/lookup/*'] }))).toEqual([]);
  });

  it('compareContracts() filters AsyncAPI contracts too and leaves them unchanged', async () => {
    const [a, b] = await Promise.all(pair('v3').map((s) => loadContract(s, { cwd: ROOT })));
    const r = compareContracts(a!, b!, { config: { filter: { excludeExtension: ['x-internal'], excludePath: ['broadcast'] } } });
    expect(found(r)).toEqual(without(V3_ALL, 'AdminSignUp', 'admin/events', 'internal/audit', 'broadcast'));
    expect([a!.operations.size, a!.channels!.size, b!.operations.size, b!.channels!.size]).toEqual([6, 6, 5, 5]);
  });
});

describe('AsyncAPI filters from the CLI', () => {
  const json = async (...args: string[]) => {
    const r = await runCli(args);
    expect(r.stderr).toBe('');
    return { code: r.code, report: JSON.parse(r.stdout) as Report };
  };

  it('breaking --exclude-extension: 2.6 and 3.0', async () => {
    const v2 = await json('breaking', ...pair('v2'), '--exclude-extension', 'x-internal', '--format', 'json');
    expect(v2.code).toBe(1);
    expect(found(v2.report)).toEqual([
      'channel-removed | - | channel orders/created removed',
      'operation-removed | send orders/created | operation send orders/created removed',
      'output-optional-property-removed | send user/signedup | optional property email removed from sent message SignedUp payload',
    ]);
    const v3 = await json('breaking', ...pair('v3'), '--exclude-extension', 'x-internal', '--format', 'json');
    expect(found(v3.report)).toEqual([
      'output-optional-property-removed | send broadcast | optional property level removed from sent message Broadcast payload',
      'output-optional-property-removed | send user/signedup | optional property email removed from sent message SignedUp payload',
    ]);
  });

  it('changelog --match-path / --exclude-path, and text output names only what is kept', async () => {
    const c = await json('changelog', ...pair('v3'), '--match-path', 'user/**', '--format', 'json');
    expect(found(c.report)).toEqual(V3_ALL.filter((f) => /user\/signedup|AdminSignUp/.test(f)));
    const text = await runCli(['breaking', ...pair('v2'), '--exclude-path', 'internal', '--exclude-path', 'admin', '--exclude-path', 'user']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/internal|admin|signedup/);
    const all = await runCli(['breaking', ...pair('v2')]);
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/internal\/debug/);
  });
});

/** An AsyncAPI 3.0 document with one send operation on channel `orders`. */
function async3({ opExtra = '', extraChannel = '' }: { opExtra?: string; extraChannel?: string }) {
  return contractOf(`asyncapi: 3.0.0
info: { title: Orders, version: 1.0.0 }
channels:
  orders:
    address: orders
    messages:
      Order: { name: Order, payload: { type: string } }
${extraChannel}operations:
  sendOrder:
    action: send
    channel: { $ref: '#/channels/orders' }
    ${opExtra}
components:
  operationTraits:
    internal: { x-internal: true }
`);
}

/** An AsyncAPI 2.6 document whose channel `orders` has one subscribe operation. */
function async2(opExtra: string) {
  return contractOf(`asyncapi: 2.6.0
info: { title: Orders, version: 1.0.0 }
channels:
  orders:
    subscribe:
      ${opExtra}
      message: { name: Order, payload: { type: string } }
components:
  operationTraits:
    internal: { x-internal: true }
`);
}
