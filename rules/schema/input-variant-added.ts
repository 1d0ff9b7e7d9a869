import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-variant-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.variant.added'], flow: 'input' },
  title: "Request variant added",
  message: "variant {{value}} added to {{target}}",
  docs: {
    why: "Old clients keep sending the variants they know.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
