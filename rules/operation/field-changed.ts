import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'field-changed',
  level: 'warning',
  area: 'operation',
  matches: { kinds: ['operation.keyword.changed', 'parameter.keyword.changed', 'request-body.keyword.changed', 'media-type.keyword.changed', 'response.keyword.changed', 'response-header.keyword.changed', 'path-item.keyword.changed', 'server.keyword.changed', 'security-scheme.keyword.changed', 'callback.keyword.changed', 'document.keyword.changed', 'channel.keyword.changed', 'channel-parameter.keyword.changed', 'message.keyword.changed', 'reply.keyword.changed'] },
  title: 'Field without a specific rule changed',
  message: '{{field}} of {{target}} changed from {{before}} to {{after}}',
  docs: {
    why: 'A field apicompat has no specific rule for changed (`allowReserved`, `encoding`, a security scheme\'s `bearerFormat`, a top-level `jsonSchemaDialect`; in AsyncAPI a server\'s `variables`, the `servers` a channel is available on, a channel parameter\'s `location`, a message\'s `name` or `messageId`, an operation\'s `traits`, the document `id`; a vendor extension a rule does not know is documentation): it may change what clients send or receive, so it cannot be proven safe.',
    fix: 'Review the change; if clients depend on the old value, treat it as breaking and publish it under `/v2`.',
  },
});
