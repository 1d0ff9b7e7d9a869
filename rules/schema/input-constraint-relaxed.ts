import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-constraint-relaxed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.max.increased', 'schema.min.decreased', 'schema.constraint.relaxed'], flow: 'input' },
  bump: 'patch',
  title: "Request constraint relaxed",
  message: "{{keyword}} of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Everything old clients send is still accepted.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
