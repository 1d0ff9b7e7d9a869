import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-documentation-changed",
  level: "info",
  area: "response",
  matches: { kinds: ['response.documentation.changed'] },
  bump: 'patch',
  title: "Response documentation changed",
  message: "description of {{where}} changed",
  docs: {
    why: "Documentation only; the wire contract is unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
