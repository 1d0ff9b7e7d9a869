import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "reply-channel-changed",
  level: "breaking",
  area: "message",
  matches: { kinds: ['reply.channel.changed'] },
  title: "Reply channel changed",
  message: "replies moved from {{before}} to {{after}}",
  docs: {
    why: "Requesters listen for replies on the old channel: they wait in vain, or the replier sends where nobody listens.",
    fix: "Keep replying on the old channel (or on both) until requesters have moved; switch in the next major version.",
  },
});
