import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-enum-value-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.enum.value-added'], flow: 'input' },
  title: "Request enum value added",
  message: "value {{value}} added to {{target}}",
  docs: {
    why: "Old clients never send the new value.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
