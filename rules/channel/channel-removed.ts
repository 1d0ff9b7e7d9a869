import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "channel-removed",
  level: "breaking",
  area: "channel",
  matches: { kinds: ['channel.removed'] },
  title: "Channel removed",
  message: "channel {{value}} removed",
  docs: {
    why: "Clients that publish on this channel or subscribe to it lose it: their messages go nowhere, or they wait for messages that never come.",
    fix: "Keep the channel (and mark its operations as going away) for a deprecation period; remove it in the next major version or move the new contract to versioned channels.",
  },
});
