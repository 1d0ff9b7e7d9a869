import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "message-documentation-changed",
  level: "info",
  area: "message",
  matches: { kinds: ['message.documentation.changed'] },
  bump: 'patch',
  title: "Message documentation changed",
  message: "{{field}} of {{where}} changed",
  docs: {
    why: "Documentation only; the messages on the wire are unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
