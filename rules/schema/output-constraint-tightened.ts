import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-constraint-tightened",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.max.decreased', 'schema.min.increased', 'schema.constraint.tightened'], flow: 'output' },
  bump: 'patch',
  title: "Response constraint tightened",
  message: "{{keyword}} of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Responses stay within what clients already handle.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
