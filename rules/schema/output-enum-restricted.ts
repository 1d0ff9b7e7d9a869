import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-enum-restricted",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.enum.added'], flow: 'output' },
  bump: 'patch',
  title: "Response value restricted to an enum",
  message: "{{target}} now restricted to {{after}}",
  docs: {
    why: "Clients receive a subset of what they already handle.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
