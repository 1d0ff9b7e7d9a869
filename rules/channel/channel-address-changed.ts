import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "channel-address-changed",
  level: "breaking",
  area: "channel",
  matches: { kinds: ['channel.address.changed'] },
  title: "Channel address changed",
  message: "channel address changed from {{before}} to {{after}}",
  docs: {
    why: "Clients publish to and subscribe on the old address: they stop reaching the application, and it stops reaching them.",
    fix: "Keep the old address working (bridge or duplicate the messages) while clients move, or publish the new address as a new channel beside the old one.",
  },
});
