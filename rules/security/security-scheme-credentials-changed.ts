import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scheme-credentials-changed",
  level: "breaking",
  area: "security",
  matches: { kinds: ['security-scheme.credentials.changed'] },
  title: "Security scheme changed how credentials are presented",
  message: "{{field}} of security scheme {{scheme}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients send credentials the way the old definition said: an API key moved from a header to the query (or renamed), HTTP Basic turned into Digest or a bearer token, a key scheme turned into HTTP authentication. The provider no longer finds them and rejects every call with 401. Header names compare case-insensitively and HTTP scheme names too (`Bearer` is `bearer`), and a Swagger 2 `type: basic` is the same as `type: http, scheme: basic`.",
    fix: "Define the new way as a second scheme, offer both as alternatives in `security`, and remove the old one in the next major version.",
  },
});
