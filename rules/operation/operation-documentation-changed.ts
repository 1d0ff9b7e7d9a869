import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-documentation-changed",
  level: "info",
  area: "operation",
  matches: { kinds: ['operation.documentation.changed'] },
  bump: 'patch',
  title: "Operation documentation changed",
  message: "{{field}} changed",
  docs: {
    why: "Documentation only; the wire contract is unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
