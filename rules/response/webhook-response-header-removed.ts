import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-response-header-removed',
  level: 'compatible',
  area: 'response',
  matches: { kinds: ['response-header.removed'], flow: 'input' },
  title: "Webhook or callback stops reading a header in subscribers' answers",
  message: "header {{parameter}} removed from {{where}} from subscribers",
  docs: {
    why: "The provider no longer reads the header in the subscriber's answer: subscribers that still send it are not affected.",
    fix: "Nothing to fix; this change is safe for existing subscribers.",
  },
});
