import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-enum-value-removed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.enum.value-removed'], flow: 'input' },
  title: "Request enum value removed",
  message: "value {{value}} removed from {{target}}",
  docs: {
    why: "Clients that send the removed value now fail validation.",
    fix: "Keep accepting the value (map it to its replacement) and mark it deprecated in the description.",
  },
});
