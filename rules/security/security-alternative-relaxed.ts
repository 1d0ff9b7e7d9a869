import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-alternative-relaxed",
  level: "compatible",
  area: "security",
  matches: { kinds: ['security.alternative.removed'], flow: 'input' },
  applies: (c) => typeof c.facts?.coveredBy === 'string',
  bump: 'patch',
  title: "Security alternative relaxed",
  message: "operation accepts {{value}} where it required {{scheme}}",
  docs: {
    why: "The new alternative asks for a subset of what the old one did (fewer schemes, or fewer scopes): clients keep sending the old credentials, which still satisfy it. Make sure the weaker check is intended.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
