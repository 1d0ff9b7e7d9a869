import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-parameter-empty-value-allowed',
  level: 'warning',
  area: 'parameter',
  matches: { kinds: ['parameter.empty-value.allowed'], flow: 'output' },
  title: "Webhook or callback may send an empty parameter",
  message: "{{where}} may now be sent empty (allowEmptyValue)",
  docs: {
    why: "The provider sends this request: subscribers that read the parameter as a non-empty value may now receive an empty one (`?x=`) and reject or misread it.",
    fix: "Keep sending a value, or send the parameter only when it has one.",
  },
});
