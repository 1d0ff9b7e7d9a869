import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-enum-value-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.enum.value-removed'], flow: 'output' },
  bump: 'patch',
  title: "Response enum value removed",
  message: "value {{value}} removed from {{target}}",
  docs: {
    why: "Clients never receive the value any more; their handling of the rest is unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
