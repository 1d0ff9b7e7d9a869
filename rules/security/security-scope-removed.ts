import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scope-removed",
  level: "compatible",
  area: "security",
  matches: { kinds: ['security.scope.removed'], flow: 'input' },
  bump: 'patch',
  title: "Security scope removed",
  message: "scope {{scope}} no longer required for {{scheme}}",
  docs: {
    why: "Tokens with the scope keep working.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
