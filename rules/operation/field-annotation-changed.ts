import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'field-annotation-changed',
  level: 'info',
  area: 'operation',
  matches: { kinds: ['operation.keyword.changed', 'parameter.keyword.changed', 'request-body.keyword.changed', 'media-type.keyword.changed', 'response.keyword.changed', 'response-header.keyword.changed', 'path-item.keyword.changed', 'server.keyword.changed', 'security-scheme.keyword.changed', 'callback.keyword.changed', 'document.keyword.changed', 'channel.keyword.changed', 'channel-parameter.keyword.changed', 'message.keyword.changed', 'reply.keyword.changed'] },
  title: 'Documentation field changed',
  message: '{{field}} of {{target}} changed',
  docs: {
    why: 'Descriptions, examples, tags, `externalDocs` and `x-*` extensions no rule knows document an operation, parameter, body, media type, response, header, path item, server, security scheme, AsyncAPI channel, channel parameter, message (with its traits) or reply, or the API itself (top-level `tags`); they do not change what is sent.',
    fix: 'Nothing to fix; this change is safe for existing clients.',
  },
  applies: (change) => change.facts?.annotation === true,
});
