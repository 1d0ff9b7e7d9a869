import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "info-changed",
  level: "info",
  area: "info",
  matches: { kinds: ['info.changed'] },
  bump: 'patch',
  title: "API documentation changed",
  message: "{{field}} of the API changed",
  docs: {
    why: "Documentation only; the wire contract is unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
