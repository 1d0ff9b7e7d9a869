import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-parameter-empty-value-disallowed',
  level: 'compatible',
  area: 'parameter',
  matches: { kinds: ['parameter.empty-value.disallowed'], flow: 'output' },
  title: "Webhook or callback no longer sends an empty parameter",
  message: "{{where}} is no longer sent empty (allowEmptyValue)",
  docs: {
    why: "The provider sends this request: subscribers already cope with a value; they just stop receiving empty ones.",
    fix: "Nothing to fix; this change is safe for existing subscribers.",
  },
});
