import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-message-removed",
  level: "breaking",
  area: "message",
  matches: { kinds: ['message.removed'], flow: 'input' },
  title: "Message no longer accepted by the application",
  message: "the application no longer receives message {{value}}",
  docs: {
    why: "Producers still send this message; the application now rejects or drops it, so their requests are lost.",
    fix: "Keep accepting the message (it may be deprecated) until producers have moved; remove it in the next major version.",
  },
});
