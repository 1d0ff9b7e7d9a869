import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-message-added",
  level: "warning",
  area: "message",
  matches: { kinds: ['message.added'], flow: 'output' },
  title: "Message sent by the application added",
  message: "the application may now send message {{value}}",
  docs: {
    why: "Consumers of this channel receive a message type they do not know: tolerant consumers skip it, strict ones (closed unions, schema-validating deserializers) fail on it.",
    fix: "Announce the new message to consumers, or send it on a new channel so existing consumers never see it.",
  },
});
