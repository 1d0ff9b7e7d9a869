import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-alternative-added",
  level: "compatible",
  area: "security",
  matches: { kinds: ['security.alternative.added'], flow: 'input' },
  title: "Security alternative added",
  message: "operation now also accepts {{scheme}}",
  docs: {
    why: "Clients keep authenticating the way they did.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
