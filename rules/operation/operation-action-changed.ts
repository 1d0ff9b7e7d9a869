import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-action-changed",
  level: "breaking",
  area: "operation",
  matches: { kinds: ['operation.action.changed'] },
  title: "Operation action flipped",
  message: "action changed from {{before}} to {{after}}",
  docs: {
    why: "The application used to receive on this channel and now sends on it (or the reverse): clients that published to it get no consumer, and clients that subscribed get no messages.",
    fix: "Add the new operation beside the old one; retire the old one in the next major version.",
  },
});
