import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "security-added",
  level: "breaking",
  area: "security",
  matches: { kinds: ['security.added'], flow: 'input' },
  title: "Security added to an open operation",
  message: "operation now requires {{scheme}}",
  docs: {
    why: "Clients that call without credentials now get 401.",
    fix: "Accept anonymous calls for a transition period (an empty alternative `{}`), or secure only under `/v2`.",
  },
});
