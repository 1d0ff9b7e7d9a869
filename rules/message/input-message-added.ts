import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-message-added",
  level: "compatible",
  area: "message",
  matches: { kinds: ['message.added'], flow: 'input' },
  title: "Message accepted by the application added",
  message: "the application now also receives message {{value}}",
  docs: {
    why: "The application accepts one more kind of message; producers of the existing messages are unaffected.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
