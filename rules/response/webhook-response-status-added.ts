import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-response-status-added',
  level: 'compatible',
  area: 'response',
  matches: { kinds: ['response.added'], flow: 'input' },
  title: "Webhook or callback accepts another status from subscribers",
  message: "{{where}} from subscribers now documented",
  docs: {
    why: "Subscribers answer webhook and callback requests, and the provider reads the answer: a newly documented status is one more answer the provider handles, and subscribers answering as before are unaffected.",
    fix: "Nothing to fix; this change is safe for existing subscribers.",
  },
});
