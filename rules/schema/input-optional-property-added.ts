import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-optional-property-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.added'], flow: 'input' },
  title: "Optional property added to a request",
  message: "optional property {{property}} added to {{where}}",
  docs: {
    why: "Old clients do not send it and keep working.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
