import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scheme-flow-added",
  level: "compatible",
  area: "security",
  matches: { kinds: ['security-scheme.flow.added'] },
  title: "OAuth flow added to a security scheme",
  message: "security scheme {{scheme}} offers a new OAuth flow {{value}}",
  docs: {
    why: "Clients keep using the flow they use; a new flow (Swagger 2 `flow: accessCode` is `flows.authorizationCode`) is one more way to obtain a token.",
    fix: "Nothing to fix; document which clients should use the new flow.",
  },
});
