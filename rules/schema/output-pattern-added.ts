import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-pattern-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.pattern.added'], flow: 'output' },
  bump: 'patch',
  title: "Response pattern added",
  message: "{{target}} now matches {{after}}",
  docs: {
    why: "Responses become more predictable; clients keep working.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
