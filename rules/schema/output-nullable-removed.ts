import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-nullable-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.nullable.removed'], flow: 'output' },
  bump: 'patch',
  title: "Response value no longer nullable",
  message: "{{target}} can no longer be null",
  docs: {
    why: "Clients that handle null also handle a value.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
