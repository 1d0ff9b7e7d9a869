import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "schema-documentation-changed",
  level: "info",
  area: "schema",
  matches: { kinds: ['schema.documentation.changed'] },
  bump: 'patch',
  title: "Schema documentation changed",
  message: "description of {{target}} changed",
  docs: {
    why: "Documentation only; the wire contract is unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
