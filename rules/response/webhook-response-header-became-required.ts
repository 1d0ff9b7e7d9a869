import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-response-header-became-required',
  level: 'breaking',
  area: 'response',
  matches: { kinds: ['response-header.became-required'], flow: 'input' },
  title: "Webhook or callback requires a header in subscribers' answers",
  message: "{{where}} from subscribers is now required",
  docs: {
    why: "Subscribers answer the provider's webhook or callback: a header they may leave out today becomes one they must send, and answers without it are treated as failed deliveries.",
    fix: "Keep the header optional, and let the provider cope without it.",
  },
});
