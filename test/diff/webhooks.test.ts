import { describe, expect, it } from 'vitest';
import { compareTexts } from '../helpers/inline.js';

type Json = Record<string, unknown>;

/** A 3.1 document with one webhook and one operation with a callback; `edit` changes a copy. */
function spec(edit: (d: Json) => void = () => {}, root: 'webhooks' | 'x-webhooks' = 'webhooks', version = '3.1.0'): string {
  const payload = () => ({ type: 'object', required: ['id'], properties: { id: { type: 'string' }, note: { type: 'string' } } });
  const d: Json = {
    openapi: version,
    info: { title: 'Trips', version: '1.0.0' },
    paths: {
      '/subscriptions': {
        post: {
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { url: { type: 'string' } } } } } },
          responses: { '201': { description: 'created' } },
          callbacks: {
            onBooked: {
              '{$request.body#/url}': {
                post: {
                  requestBody: { content: { 'application/json': { schema: payload() } } },
                  responses: { '200': { description: 'received' } },
                },
              },
            },
          },
        },
      },
    },
    [root]: {
      tripBooked: {
        post: {
          requestBody: { required: true, content: { 'application/json': { schema: payload() } } },
          responses: {
            '200': { description: 'received', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } } },
          },
        },
      },
    },
  };
  edit(d);
  return JSON.stringify(d);
}

const webhook = (d: Json, root = 'webhooks') => ((d[root] as Json).tripBooked as Json).post as Json;
const callback = (d: Json) => (((((d.paths as Json)['/subscriptions'] as Json).post as Json).callbacks as Json).onBooked as Json)['{$request.body#/url}'] as Json;
const schemaOf = (o: Json) => (((o.requestBody as Json).content as Json)['application/json'] as Json).schema as Json;
const answerOf = (o: Json) => ((((o.responses as Json)['200'] as Json).content as Json)['application/json'] as Json).schema as Json;

async function findings(edit: (d: Json) => void) {
  const report = await compareTexts(spec(), spec(edit));
  return report.findings.map((f) => ({ rule: f.rule, level: f.level, flow: f.flow, operation: f.operation }));
}

describe('webhooks flip the flows: the provider sends the request and receives the answer', () => {
  it('a required property removed from the payload breaks subscribers (output-property-removed)', async () => {
    expect(await findings((d) => {
      const s = schemaOf(webhook(d));
      s.required = [];
      delete (s.properties as Json).id;
    })).toEqual([{ rule: 'output-property-removed', level: 'breaking', flow: 'output', operation: 'WEBHOOK tripBooked POST' }]);
  });

  it('a new required property in the payload is compatible (output-property-added)', async () => {
    expect(await findings((d) => {
      const s = schemaOf(webhook(d));
      s.required = ['id', 'at'];
      (s.properties as Json).at = { type: 'string' };
    })).toEqual([{ rule: 'output-property-added', level: 'compatible', flow: 'output', operation: 'WEBHOOK tripBooked POST' }]);
  });

  it("a property the provider now requires in the subscriber's answer breaks subscribers (input flow)", async () => {
    expect(await findings((d) => {
      const s = answerOf(webhook(d));
      s.required = ['ok'];
    })).toEqual([{ rule: 'input-property-became-required', level: 'breaking', flow: 'input', operation: 'WEBHOOK tripBooked POST' }]);
  });

  it('a new required header on an HTTP operation still breaks clients (the flip is only for webhooks)', async () => {
    const report = await compareTexts(spec(), spec((d) => {
      (((d.paths as Json)['/subscriptions'] as Json).post as Json).parameters = [{ name: 'X-Id', in: 'header', required: true, schema: { type: 'string' } }];
    }));
    expect(report.findings.map((f) => [f.rule, f.flow])).toEqual([['parameter-added-required', 'input']]);
  });

  it('`x-webhooks` (3.0, as GitHub publishes it) and `webhooks` (3.1) are the same webhooks', async () => {
    const report = await compareTexts(spec(undefined, 'x-webhooks', '3.0.3'), spec(undefined, 'webhooks', '3.1.0'));
    expect(report.findings.filter((f) => f.rule.startsWith('webhook') || f.kind.startsWith('document'))).toEqual([]);
  });

  it('compares x-webhooks as operations, not as a vendor extension', async () => {
    const report = await compareTexts(spec(undefined, 'x-webhooks', '3.0.3'), spec((d) => void ((schemaOf(webhook(d, 'x-webhooks')).properties as Json).at = { type: 'string' }), 'x-webhooks', '3.0.3'));
    expect(report.findings.map((f) => [f.rule, f.operation])).toEqual([['output-property-added', 'WEBHOOK tripBooked POST']]);
  });
});

describe('callbacks', () => {
  it('are compared with flipped flows and named after their operation', async () => {
    expect(await findings((d) => {
      const s = schemaOf(callback(d).post as Json);
      s.required = [];
      delete (s.properties as Json).id;
    })).toEqual([{ rule: 'output-property-removed', level: 'breaking', flow: 'output', operation: 'POST /subscriptions callback onBooked {$request.body#/url} POST' }]);
  });

  it('a callback operation that goes away is callback-removed, on the operation that makes the callback', async () => {
    expect(await findings((d) => {
      const item = callback(d);
      item.put = item.post;
      delete item.post;
    })).toEqual([
      { rule: 'callback-removed', level: 'breaking', flow: 'none', operation: 'POST /subscriptions' },
      { rule: 'callback-added', level: 'compatible', flow: 'none', operation: 'POST /subscriptions' },
    ]);
  });

  it("reports the Callback Object's own extensions", async () => {
    const report = await compareTexts(spec(), spec((d) => void ((((((d.paths as Json)['/subscriptions'] as Json).post as Json).callbacks as Json).onBooked as Json)['x-owner'] = 'team')));
    expect(report.findings.map((f) => [f.rule, f.kind])).toEqual([['field-annotation-changed', 'callback.keyword.changed']]);
  });

  it('a callback that calls back into itself through $ref is compared once', async () => {
    const cyclic = (note: string) => (d: Json) => {
      const post = ((d.paths as Json)['/subscriptions'] as Json).post as Json;
      d.components = { callbacks: { loop: { '{$request.body#/url}': { post: { description: note, callbacks: { again: { $ref: '#/components/callbacks/loop' } }, responses: { '200': { description: 'ok' } } } } } } };
      post.callbacks = { loop: { $ref: '#/components/callbacks/loop' } };
    };
    const report = await compareTexts(spec(cyclic('a')), spec(cyclic('b')));
    expect(report.findings.map((f) => f.rule)).toContain('operation-documentation-changed');
  });
});
