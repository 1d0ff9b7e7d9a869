import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scheme-scope-added",
  level: "compatible",
  area: "security",
  matches: { kinds: ['security-scheme.scope.added'] },
  title: "Scope added to a security scheme definition",
  message: "security scheme {{scheme}} defines a new scope {{scope}} ({{value}} flow)",
  docs: {
    why: "A scope defined by the scheme is one clients may ask for; no client has to. An operation that starts to require it is reported on its own (security-scope-added).",
    fix: "Nothing to fix.",
  },
});
