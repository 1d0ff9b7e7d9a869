import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-response-header-added',
  level: 'warning',
  area: 'response',
  matches: { kinds: ['response-header.added'], flow: 'input' },
  title: "Webhook or callback documents a header in subscribers' answers",
  message: "header {{parameter}} added to {{where}} from subscribers",
  docs: {
    why: "The provider now describes a header in the subscriber's answer: if it relies on it, subscribers that do not send it are treated differently.",
    fix: "Make the provider work without the header, and document it as optional.",
  },
});
