import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-empty-value-disallowed",
  level: "breaking",
  area: "parameter",
  matches: { kinds: ['parameter.empty-value.disallowed'], flow: 'input' },
  title: "Parameter no longer accepts an empty value",
  message: "{{where}} no longer accepts an empty value (allowEmptyValue removed)",
  docs: {
    why: "Clients that send the parameter with no value (`?flag=` or `?flag`) are now rejected.",
    fix: "Keep `allowEmptyValue: true` and treat an empty value as before.",
  },
});
