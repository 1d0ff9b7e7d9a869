import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-empty-value-allowed",
  level: "compatible",
  area: "parameter",
  matches: { kinds: ['parameter.empty-value.allowed'], flow: 'input' },
  title: "Parameter accepts an empty value",
  message: "{{where}} now accepts an empty value (allowEmptyValue)",
  docs: {
    why: "The provider accepts more: clients that always send a value keep working.",
    fix: "Nothing to fix.",
  },
});
