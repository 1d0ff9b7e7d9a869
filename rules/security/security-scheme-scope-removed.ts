import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scheme-scope-removed",
  level: "warning",
  area: "security",
  matches: { kinds: ['security-scheme.scope.removed'] },
  title: "Scope removed from a security scheme definition",
  message: "security scheme {{scheme}} no longer defines the scope {{scope}} ({{value}} flow)",
  docs: {
    why: "Clients that ask for this scope when they request a token may be refused by the authorization server (`invalid_scope`) or get a token without it; whether the server ignores unknown scopes is outside the document, so this is a warning rather than a break. Operations that stop requiring the scope are reported on their own.",
    fix: "Keep defining the scope (and granting it) until clients stop requesting it.",
  },
});
