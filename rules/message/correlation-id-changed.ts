import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "correlation-id-changed",
  level: "breaking",
  area: "message",
  matches: { kinds: ['message.correlation-id.changed'] },
  applies: (c) => c.facts?.added !== true,
  title: "Correlation id changed or removed",
  message: "correlation id of {{where}} changed from {{before}} to {{after}}",
  docs: {
    why: "Requesters match replies to requests by the correlation id: when it moves or disappears they can no longer pair them and time out.",
    fix: "Keep the correlation id where it is; if it must move, carry it in both places for a deprecation period.",
  },
});
