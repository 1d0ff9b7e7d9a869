import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scope-added",
  level: "breaking",
  area: "security",
  matches: { kinds: ['security.scope.added'], flow: 'input' },
  title: "Security scope added",
  message: "scope {{scope}} now required for {{scheme}}",
  docs: {
    why: "Tokens issued without the new scope are rejected with 403.",
    fix: "Grant the scope to existing tokens first, or require it only under `/v2`.",
  },
});
