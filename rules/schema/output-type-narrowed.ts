import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-type-narrowed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.type.narrowed'], flow: 'output' },
  bump: 'patch',
  title: "Response type narrowed",
  message: "type of {{target}} narrowed from {{before}} to {{after}}",
  docs: {
    why: "Clients already handle the remaining type.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
