import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-removed",
  level: "compatible",
  area: "security",
  matches: { kinds: ['security.removed'], flow: 'input' },
  bump: 'patch',
  title: "Security removed",
  message: "operation no longer requires {{scheme}}",
  docs: {
    why: "Clients that send credentials keep working; they are no longer checked. Make sure this is intended.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
