import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-variant-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.variant.removed'], flow: 'output' },
  bump: 'patch',
  title: "Response variant removed",
  message: "variant {{value}} removed from {{target}}",
  docs: {
    why: "Clients never receive that shape any more.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
