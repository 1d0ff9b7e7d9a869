import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-nullable-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.nullable.added'], flow: 'input' },
  bump: 'patch',
  title: "Request value became nullable",
  message: "{{target}} now accepts null",
  docs: {
    why: "Old clients never send null; their requests stay valid.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
