// Nothing unaccounted, AsyncAPI: every field of a server, channel (and its parameters), operation,
// message (and its traits) and reply, changed on its own, gives a classified finding of the expected
// worst level: a specific rule's where one exists, else info for documentation and warning for the rest.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/engine/types.js';
import { compareTexts } from '../helpers/inline.js';

type Json = Record<string, any>;
type Case = [string, (d: Json) => void, Level | 'none'];

function worst(list: Level[]): Level | 'none' {
  for (const l of ['breaking', 'warning', 'compatible', 'info'] as const) if (list.includes(l)) return l;
  return 'none';
}

async function check(base: () => Json, edit: (d: Json) => void, level: Level | 'none'): Promise<void> {
  const next = base();
  edit(next);
  const report = await compareTexts(JSON.stringify(base()), JSON.stringify(next));
  const rules = report.findings.map((f) => f.rule);
  expect(rules).not.toContain('unclassified');
  expect(worst(report.findings.map((f) => f.level)), rules.join(', ')).toBe(level);
}

const v3 = (): Json => ({
  asyncapi: '3.0.0',
  id: 'urn:example:trips',
  info: { title: 'f', version: '1.0.0', tags: [{ name: 'trips' }] },
  servers: {
    prod: {
      host: '{region}.broker.example.com:9092',
      pathname: '/base',
      protocol: 'kafka',
      protocolVersion: '3.5',
      title: 'Production',
      summary: 's',
      description: 'd',
      variables: { region: { default: 'eu', enum: ['eu', 'us'] } },
      security: [{ $ref: '#/components/securitySchemes/key' }],
      tags: [{ name: 'prod' }],
      bindings: { kafka: { schemaRegistryUrl: 'https://registry.example.com' } },
    },
    dev: { host: 'dev.example.com', protocol: 'kafka' },
  },
  channels: {
    booked: {
      address: 'trips/{tripId}/booked',
      title: 'Booked',
      summary: 's',
      description: 'd',
      servers: [{ $ref: '#/servers/prod' }],
      parameters: { tripId: { description: 'the trip', enum: ['a', 'b'], default: 'a', examples: ['a'], location: '$message.payload#/id' } },
      messages: { TripBooked: { $ref: '#/components/messages/TripBooked' }, TripAudited: { payload: { type: 'object' } } },
      tags: [{ name: 'booking' }],
      externalDocs: { url: 'https://example.com/booked' },
      bindings: { kafka: { partitions: 3 } },
    },
    pings: { address: 'ping', messages: { Ping: { payload: { type: 'string' } }, Pong: { payload: { type: 'string' } } } },
    pongs: { address: 'pong', messages: { Pong: { payload: { type: 'string' } } } },
  },
  operations: {
    onBooked: {
      action: 'send',
      channel: { $ref: '#/channels/booked' },
      title: 'On booked',
      summary: 's',
      description: 'd',
      tags: [{ name: 'booking' }],
      externalDocs: { url: 'https://example.com/on-booked' },
      bindings: { kafka: { groupId: { type: 'string' } } },
      traits: [{ $ref: '#/components/operationTraits/Grouped' }],
      messages: [{ $ref: '#/channels/booked/messages/TripBooked' }],
    },
    answerPing: {
      action: 'receive',
      channel: { $ref: '#/channels/pings' },
      messages: [{ $ref: '#/channels/pings/messages/Ping' }],
      reply: { channel: { $ref: '#/channels/pings' }, messages: [{ $ref: '#/channels/pings/messages/Pong' }] },
    },
  },
  components: {
    messages: {
      TripBooked: {
        name: 'TripBooked',
        title: 'Trip booked',
        summary: 's',
        description: 'd',
        contentType: 'application/json',
        headers: { type: 'object', properties: { cid: { type: 'string' } } },
        payload: { type: 'object', properties: { id: { type: 'string' } } },
        correlationId: { location: '$message.header#/cid' },
        tags: [{ name: 'booking' }],
        examples: [{ payload: { id: 'a' } }],
        bindings: { kafka: { key: { type: 'string' } } },
        traits: [{ $ref: '#/components/messageTraits/Documented' }],
      },
    },
    messageTraits: { Documented: { externalDocs: { url: 'https://example.com/trip' }, 'x-owner': 'trips' } },
    operationTraits: { Grouped: { bindings: { kafka: { clientId: { type: 'string' } } } } },
    securitySchemes: { key: { type: 'httpApiKey', name: 'k', in: 'header' }, basic: { type: 'userPassword' } },
  },
});

const server3 = (d: Json) => d.servers.prod;
const channel3 = (d: Json) => d.channels.booked;
const param3 = (d: Json) => d.channels.booked.parameters.tripId;
const op3 = (d: Json) => d.operations.onBooked;
const msg3 = (d: Json) => d.components.messages.TripBooked;
const reply3 = (d: Json) => d.operations.answerPing.reply;

const V3: Case[] = [
  ['document.id', (d) => void (d.id = 'urn:example:journeys'), 'warning'],
  ['document.x-extension', (d) => void (d['x-audience'] = 'public'), 'info'],
  ['info.tags', (d) => void (d.info.tags = [{ name: 'journeys' }]), 'info'],
  ['info.externalDocs', (d) => void (d.info.externalDocs = { url: 'https://example.com' }), 'info'],
  ['server.host', (d) => void (server3(d).host = '{region}.kafka.example.com:9092'), 'warning'],
  ['server.pathname', (d) => void (server3(d).pathname = '/v2'), 'warning'],
  ['server.protocol', (d) => void (server3(d).protocol = 'mqtt'), 'breaking'],
  ['server.protocolVersion', (d) => void (server3(d).protocolVersion = '2.8'), 'warning'],
  ['server.title', (d) => void (server3(d).title = 'Prod'), 'info'],
  ['server.summary', (d) => void (server3(d).summary = 't'), 'info'],
  ['server.description', (d) => void (server3(d).description = 'e'), 'info'],
  ['server.variables', (d) => void (server3(d).variables = { region: { default: 'eu', enum: ['eu'] } }), 'warning'],
  ['server.security (inherited: judged on the operations)', (d) => void (server3(d).security = [{ $ref: '#/components/securitySchemes/key' }, { $ref: '#/components/securitySchemes/basic' }]), 'compatible'],
  ['server.tags', (d) => void (server3(d).tags = [{ name: 'production' }]), 'info'],
  ['server.externalDocs', (d) => void (server3(d).externalDocs = { url: 'https://example.com' }), 'info'],
  ['server.bindings', (d) => void (server3(d).bindings = { kafka: { schemaRegistryUrl: 'https://registry.example.com/v2' } }), 'warning'],
  ['server.x-extension', (d) => void (server3(d)['x-region'] = 'eu'), 'info'],
  ['channel.address', (d) => void (channel3(d).address = 'trips/{tripId}/confirmed'), 'breaking'],
  ['channel.title', (d) => void (channel3(d).title = 'Confirmed'), 'info'],
  ['channel.summary', (d) => void (channel3(d).summary = 't'), 'info'],
  ['channel.description', (d) => void (channel3(d).description = 'e'), 'info'],
  ['channel.servers', (d) => void (channel3(d).servers = [{ $ref: '#/servers/prod' }, { $ref: '#/servers/dev' }]), 'warning'],
  ['channel.messages (one no operation carries)', (d) => void (channel3(d).messages.TripAudited = { payload: { type: 'string' } }), 'warning'],
  ['channel.tags', (d) => void (channel3(d).tags = [{ name: 'trips' }]), 'info'],
  ['channel.externalDocs', (d) => void (channel3(d).externalDocs = { url: 'https://example.com' }), 'info'],
  ['channel.bindings', (d) => void (channel3(d).bindings = { kafka: { partitions: 6 } }), 'warning'],
  ['channel.x-extension', (d) => void (channel3(d)['x-retention'] = '7d'), 'info'],
  ['channel parameter.description', (d) => void (param3(d).description = 'a trip'), 'info'],
  ['channel parameter.enum', (d) => void (param3(d).enum = ['a']), 'compatible'],
  ['channel parameter.default', (d) => void (param3(d).default = 'b'), 'info'],
  ['channel parameter.examples', (d) => void (param3(d).examples = ['b']), 'info'],
  ['channel parameter.location', (d) => void (param3(d).location = '$message.header#/trip'), 'warning'],
  ['channel parameter.x-extension', (d) => void (param3(d)['x-format'] = 'uuid'), 'info'],
  ['operation.action', (d) => void (op3(d).action = 'receive'), 'breaking'],
  ['operation.channel', (d) => void ((op3(d).channel = { $ref: '#/channels/pongs' }), (op3(d).messages = [{ $ref: '#/channels/pongs/messages/Pong' }])), 'breaking'],
  ['operation.title', (d) => void (op3(d).title = 'Booked'), 'info'],
  ['operation.summary', (d) => void (op3(d).summary = 't'), 'info'],
  ['operation.description', (d) => void (op3(d).description = 'e'), 'info'],
  ['operation.security', (d) => void (op3(d).security = [{ $ref: '#/components/securitySchemes/basic' }]), 'breaking'],
  ['operation.tags', (d) => void (op3(d).tags = [{ name: 'trips' }]), 'info'],
  ['operation.externalDocs', (d) => void (op3(d).externalDocs = { url: 'https://example.com' }), 'info'],
  ['operation.bindings', (d) => void (op3(d).bindings = { kafka: { groupId: { type: 'string', enum: ['a'] } } }), 'warning'],
  ['operation.traits', (d) => void (d.components.operationTraits.Grouped.bindings = { kafka: { clientId: { type: 'integer' } } }), 'warning'],
  ['operation.messages', (d) => void (op3(d).messages = [{ $ref: '#/channels/booked/messages/TripBooked' }, { $ref: '#/channels/booked/messages/TripAudited' }]), 'warning'],
  ['operation.reply', (d) => void delete d.operations.answerPing.reply, 'breaking'],
  ['operation.x-extension', (d) => void (op3(d)['x-internal'] = true), 'info'],
  ['message.name', (d) => void (msg3(d).name = 'TripConfirmed'), 'breaking'],
  ['message.title', (d) => void (msg3(d).title = 'Booked'), 'info'],
  ['message.summary', (d) => void (msg3(d).summary = 't'), 'info'],
  ['message.description', (d) => void (msg3(d).description = 'e'), 'info'],
  ['message.contentType', (d) => void (msg3(d).contentType = 'application/avro'), 'breaking'],
  ['message.headers', (d) => void delete msg3(d).headers.properties.cid, 'warning'],
  ['message.payload', (d) => void (msg3(d).payload.required = ['id']), 'compatible'],
  ['message.correlationId', (d) => void (msg3(d).correlationId = { location: '$message.header#/correlation' }), 'breaking'],
  ['message.tags', (d) => void (msg3(d).tags = [{ name: 'trips' }]), 'info'],
  ['message.externalDocs', (d) => void (msg3(d).externalDocs = { url: 'https://example.com' }), 'info'],
  ['message.examples', (d) => void (msg3(d).examples = [{ payload: { id: 'b' } }]), 'info'],
  ['message.bindings', (d) => void (msg3(d).bindings = { kafka: { key: { type: 'integer' } } }), 'warning'],
  ['message.traits (a field only a trait writes)', (d) => void (d.components.messageTraits.Documented.externalDocs = { url: 'https://example.com/trips' }), 'info'],
  ['message.traits (a trait field the message overrides is no change)', (d) => void (d.components.messageTraits.Documented.title = 'ignored'), 'none'],
  ['message.x-extension', (d) => void (msg3(d)['x-owner'] = 'bookings'), 'info'],
  ['reply.channel', (d) => void ((reply3(d).channel = { $ref: '#/channels/pongs' }), (reply3(d).messages = [{ $ref: '#/channels/pongs/messages/Pong' }])), 'breaking'],
  ['reply.address', (d) => void (reply3(d).address = { location: '$message.header#/replyTo', description: 'where to answer' }), 'breaking'],
  ['reply.messages', (d) => void (d.channels.pings.messages.Pong.payload = { type: 'integer' }), 'breaking'],
  ['reply.x-extension', (d) => void (reply3(d)['x-timeout'] = '5s'), 'info'],
];

const v2 = (): Json => ({
  asyncapi: '2.6.0',
  id: 'urn:example:trips',
  info: { title: 'f', version: '1.0.0' },
  tags: [{ name: 'trips' }],
  servers: {
    prod: {
      url: '{region}.broker.example.com:9092',
      protocol: 'kafka',
      protocolVersion: '3.5',
      description: 'd',
      variables: { region: { default: 'eu', enum: ['eu', 'us'] } },
      security: [{ key: [] }],
      tags: [{ name: 'prod' }],
      bindings: { kafka: { schemaRegistryUrl: 'https://registry.example.com' } },
    },
    dev: { url: 'dev.example.com', protocol: 'kafka' },
  },
  channels: {
    'trips/{tripId}/booked': {
      description: 'd',
      servers: ['prod'],
      parameters: { tripId: { description: 'the trip', schema: { type: 'string', enum: ['a', 'b'] }, location: '$message.payload#/id' } },
      bindings: { kafka: { partitions: 3 } },
      subscribe: {
        operationId: 'onBooked',
        summary: 's',
        description: 'd',
        tags: [{ name: 'booking' }],
        externalDocs: { url: 'https://example.com/on-booked' },
        bindings: { kafka: { groupId: { type: 'string' } } },
        traits: [{ $ref: '#/components/operationTraits/Grouped' }],
        message: { $ref: '#/components/messages/TripBooked' },
      },
    },
  },
  components: {
    messages: {
      TripBooked: {
        messageId: 'tripBooked',
        name: 'TripBooked',
        title: 'Trip booked',
        summary: 's',
        description: 'd',
        contentType: 'application/json',
        schemaFormat: 'application/vnd.aai.asyncapi+json;version=2.6.0',
        headers: { type: 'object', properties: { cid: { type: 'string' } } },
        payload: { type: 'object', properties: { id: { type: 'string' } } },
        correlationId: { location: '$message.header#/cid' },
        tags: [{ name: 'booking' }],
        examples: [{ payload: { id: 'a' } }],
        bindings: { kafka: { key: { type: 'string' } } },
        traits: [{ $ref: '#/components/messageTraits/Documented' }],
      },
    },
    messageTraits: { Documented: { externalDocs: { url: 'https://example.com/trip' } } },
    operationTraits: { Grouped: { bindings: { kafka: { clientId: { type: 'string' } } } } },
    securitySchemes: { key: { type: 'httpApiKey', name: 'k', in: 'header' }, basic: { type: 'userPassword' } },
  },
});

const server2 = (d: Json) => d.servers.prod;
const channel2 = (d: Json) => d.channels['trips/{tripId}/booked'];
const param2 = (d: Json) => channel2(d).parameters.tripId;
const op2 = (d: Json) => channel2(d).subscribe;
const msg2 = (d: Json) => d.components.messages.TripBooked;

const V2: Case[] = [
  ['document.id', (d) => void (d.id = 'urn:example:journeys'), 'warning'],
  ['document.tags', (d) => void (d.tags = [{ name: 'journeys' }]), 'info'],
  ['document.x-extension', (d) => void (d['x-audience'] = 'public'), 'info'],
  ['server.url', (d) => void (server2(d).url = '{region}.kafka.example.com:9092'), 'warning'],
  ['server.protocol', (d) => void (server2(d).protocol = 'mqtt'), 'breaking'],
  ['server.protocolVersion', (d) => void (server2(d).protocolVersion = '2.8'), 'warning'],
  ['server.description', (d) => void (server2(d).description = 'e'), 'info'],
  ['server.variables', (d) => void (server2(d).variables = { region: { default: 'us', enum: ['eu', 'us'] } }), 'warning'],
  ['server.security (inherited: judged on the operations)', (d) => void (server2(d).security = [{ key: [] }, { basic: [] }]), 'compatible'],
  ['server.tags', (d) => void (server2(d).tags = [{ name: 'production' }]), 'info'],
  ['server.bindings', (d) => void (server2(d).bindings = { kafka: { schemaRegistryUrl: 'https://registry.example.com/v2' } }), 'warning'],
  ['server.x-extension', (d) => void (server2(d)['x-region'] = 'eu'), 'info'],
  ['channel.description', (d) => void (channel2(d).description = 'e'), 'info'],
  ['channel.servers', (d) => void (channel2(d).servers = ['prod', 'dev']), 'warning'],
  ['channel.bindings', (d) => void (channel2(d).bindings = { kafka: { partitions: 6 } }), 'warning'],
  ['channel.x-extension', (d) => void (channel2(d)['x-retention'] = '7d'), 'info'],
  ['channel parameter.description', (d) => void (param2(d).description = 'a trip'), 'info'],
  ['channel parameter.schema', (d) => void (param2(d).schema = { type: 'string', enum: ['a'] }), 'compatible'],
  ['channel parameter.location', (d) => void (param2(d).location = '$message.header#/trip'), 'warning'],
  ['channel parameter.x-extension', (d) => void (param2(d)['x-format'] = 'uuid'), 'info'],
  ['channel.publish (an operation added)', (d) => void (channel2(d).publish = { message: { payload: { type: 'string' } } }), 'compatible'],
  ['operation.operationId', (d) => void (op2(d).operationId = 'tripBooked'), 'warning'],
  ['operation.summary', (d) => void (op2(d).summary = 't'), 'info'],
  ['operation.description', (d) => void (op2(d).description = 'e'), 'info'],
  ['operation.security', (d) => void (op2(d).security = [{ basic: [] }]), 'breaking'],
  ['operation.tags', (d) => void (op2(d).tags = [{ name: 'trips' }]), 'info'],
  ['operation.externalDocs', (d) => void (op2(d).externalDocs = { url: 'https://example.com' }), 'info'],
  ['operation.bindings', (d) => void (op2(d).bindings = { kafka: { groupId: { type: 'string', enum: ['a'] } } }), 'warning'],
  ['operation.traits', (d) => void (d.components.operationTraits.Grouped.bindings = { kafka: { clientId: { type: 'integer' } } }), 'warning'],
  ['operation.message', (d) => void (op2(d).message = { oneOf: [{ $ref: '#/components/messages/TripBooked' }, { name: 'TripAudited', payload: { type: 'object' } }] }), 'warning'],
  ['operation.x-extension', (d) => void (op2(d)['x-internal'] = true), 'info'],
  ['message.messageId', (d) => void (msg2(d).messageId = 'booked'), 'warning'],
  ['message.name', (d) => void (msg2(d).name = 'TripConfirmed'), 'breaking'],
  ['message.title', (d) => void (msg2(d).title = 'Booked'), 'info'],
  ['message.summary', (d) => void (msg2(d).summary = 't'), 'info'],
  ['message.description', (d) => void (msg2(d).description = 'e'), 'info'],
  ['message.contentType', (d) => void (msg2(d).contentType = 'application/avro'), 'breaking'],
  ['message.schemaFormat', (d) => void Object.assign(msg2(d), { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', payload: { type: 'record', name: 'TripBooked', fields: [{ name: 'id', type: 'string' }] }, examples: undefined }), 'warning'],
  ['message.headers', (d) => void delete msg2(d).headers.properties.cid, 'warning'],
  ['message.payload', (d) => void (msg2(d).payload.required = ['id']), 'compatible'],
  ['message.correlationId', (d) => void (msg2(d).correlationId = { location: '$message.header#/correlation' }), 'breaking'],
  ['message.tags', (d) => void (msg2(d).tags = [{ name: 'trips' }]), 'info'],
  ['message.externalDocs (a 2.x trait wins over the message: no change)', (d) => void (msg2(d).externalDocs = { url: 'https://example.com' }), 'none'],
  ['message.examples', (d) => void (msg2(d).examples = [{ payload: { id: 'b' } }]), 'info'],
  ['message.bindings', (d) => void (msg2(d).bindings = { kafka: { key: { type: 'integer' } } }), 'warning'],
  ['message.traits (a field only a trait writes)', (d) => void (d.components.messageTraits.Documented.externalDocs = { url: 'https://example.com/trips' }), 'info'],
  ['message.x-extension', (d) => void (msg2(d)['x-owner'] = 'bookings'), 'info'],
];

describe('every field of the AsyncAPI 3.0 objects, changed, is a finding', () => {
  it.each(V3)('%s', async (_, edit, level) => check(v3, edit, level));
  it('server.security, where an operation declares its own, is compared on the server', async () => {
    const own = () => {
      const d = v3();
      for (const op of Object.values(d.operations) as Json[]) op.security = [{ $ref: '#/components/securitySchemes/key' }];
      return d;
    };
    await check(own, (d) => void (server3(d).security = [{ $ref: '#/components/securitySchemes/basic' }]), 'warning');
  });
  it('the same document is no change at all', async () => {
    const report = await compareTexts(JSON.stringify(v3()), JSON.stringify(v3()));
    expect(report.findings).toEqual([]);
  });
});

describe('every field of the AsyncAPI 2.6 objects, changed, is a finding', () => {
  it.each(V2)('%s', async (_, edit, level) => check(v2, edit, level));
  it('the same document is no change at all', async () => {
    const report = await compareTexts(JSON.stringify(v2()), JSON.stringify(v2()));
    expect(report.findings).toEqual([]);
  });
});
