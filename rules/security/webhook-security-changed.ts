import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-security-changed',
  level: 'warning',
  area: 'security',
  matches: { kinds: ['security.added', 'security.removed', 'security.alternative.added', 'security.alternative.removed', 'security.scope.added', 'security.scope.removed'], flow: 'output' },
  title: "Security of a webhook or callback request changed",
  message: "security of the request sent to subscribers changed ({{scheme}})",
  docs: {
    why: "The provider sends webhook and callback requests, so the security requirement describes the credentials it presents to subscribers: a subscriber that checks the old credentials may reject the new ones, and what the requirement means on a sent request is not fixed by OpenAPI.",
    fix: "Tell subscribers how requests will be authenticated before the change, and send both the old and the new credentials for a while.",
  },
});
