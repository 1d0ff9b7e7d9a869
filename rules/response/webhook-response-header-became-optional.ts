import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-response-header-became-optional',
  level: 'compatible',
  area: 'response',
  matches: { kinds: ['response-header.became-optional'], flow: 'input' },
  title: "Webhook or callback no longer requires a header from subscribers",
  message: "{{where}} from subscribers is no longer required",
  docs: {
    why: "Subscribers that send the header keep working; the provider now copes without it.",
    fix: "Nothing to fix; this change is safe for existing subscribers.",
  },
});
