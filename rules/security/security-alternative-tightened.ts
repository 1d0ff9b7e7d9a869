import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-alternative-tightened",
  level: "breaking",
  area: "security",
  matches: { kinds: ['security.alternative.removed'], flow: 'input' },
  applies: (c) => typeof c.facts?.tightenedTo === 'string',
  title: "Security alternative tightened",
  message: "operation requires {{value}} where {{scheme}} was enough",
  docs: {
    why: "The alternative now asks for more (another scheme, or more scopes) than the old one: clients that present only the old credentials get 401 or 403.",
    fix: "Keep accepting the old alternative beside the new one for a deprecation period, or require the stronger one only under `/v2`.",
  },
});
