import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-scheme-url-changed",
  level: "warning",
  area: "security",
  matches: { kinds: ['security-scheme.url.changed'] },
  title: "OAuth or OpenID Connect URL of a security scheme changed",
  message: "{{field}} of security scheme {{scheme}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients configured with the old authorization, token or refresh URL (or the OpenID Connect discovery URL) keep calling it; unless the old URL still works or redirects, they can no longer obtain or refresh tokens. apicompat cannot see whether the old URL stays up.",
    fix: "Keep the old URL working (or redirecting) until clients have moved; announce the new one.",
  },
});
