import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "channel-added",
  level: "compatible",
  area: "channel",
  matches: { kinds: ['channel.added'] },
  title: "Channel added",
  message: "channel {{value}} added",
  docs: {
    why: "A new channel carries nothing existing clients use; they never subscribe to it or publish on it.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
