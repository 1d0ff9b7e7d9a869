import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-error-status-added",
  level: "compatible",
  area: "response",
  matches: { kinds: ['response.added'], flow: 'output' },
  title: "Error response added",
  message: "{{where}} added",
  docs: {
    why: "Clients must already handle unexpected error statuses; documenting one more does not change the success path.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
