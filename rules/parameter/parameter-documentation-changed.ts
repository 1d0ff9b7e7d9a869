import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-documentation-changed",
  level: "info",
  area: "parameter",
  matches: { kinds: ['parameter.documentation.changed'] },
  bump: 'patch',
  title: "Parameter documentation changed",
  message: "description of {{where}} changed",
  docs: {
    why: "Documentation only; the wire contract is unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
