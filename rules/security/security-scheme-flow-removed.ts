import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scheme-flow-removed",
  level: "breaking",
  area: "security",
  matches: { kinds: ['security-scheme.flow.removed'] },
  title: "OAuth flow removed from a security scheme",
  message: "security scheme {{scheme}} no longer offers the OAuth flow {{value}}",
  docs: {
    why: "Clients that obtain their tokens through this flow (a server using client credentials, a browser app using the authorization code flow) can no longer get a token the API accepts.",
    fix: "Keep the flow while clients use it; announce its end and move clients to another flow first.",
  },
});
