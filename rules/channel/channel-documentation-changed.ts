import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "channel-documentation-changed",
  level: "info",
  area: "channel",
  matches: { kinds: ['channel.documentation.changed'] },
  bump: 'patch',
  title: "Channel documentation changed",
  message: "{{field}} of channel {{value}} changed",
  docs: {
    why: "Documentation only; the messages on the wire are unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
