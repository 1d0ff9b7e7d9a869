import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-alternative-removed",
  level: "breaking",
  area: "security",
  matches: { kinds: ['security.alternative.removed'], flow: 'input' },
  title: "Security alternative removed",
  message: "operation no longer accepts {{scheme}}",
  docs: {
    why: "Clients that authenticate with the removed scheme now get 401: no remaining alternative is satisfied by the credentials they send. (An alternative reduced to a subset of itself is security-alternative-relaxed; one grown into a superset, security-alternative-tightened.)",
    fix: "Keep accepting the old scheme beside the new one for a deprecation period.",
  },
});
