import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-message-removed",
  level: "breaking",
  area: "message",
  matches: { kinds: ['message.removed'], flow: 'output' },
  title: "Message no longer sent by the application",
  message: "the application no longer sends message {{value}}",
  docs: {
    why: "Consumers that wait for this message never get it again: their workflows stall silently.",
    fix: "Keep sending the message (it may be deprecated) until consumers have moved; remove it in the next major version.",
  },
});
