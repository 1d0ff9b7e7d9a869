import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-variable-removed",
  level: "warning",
  area: "server",
  matches: { kinds: ['server.variable.removed'] },
  title: "Server variable removed",
  message: "variable {{parameter}} removed from {{where}}",
  docs: {
    why: "Clients configured with a value for this variable lose the setting; the URL template is the same text, so the variable was either unused or the document now leaves a placeholder undefined.",
    fix: "Keep the variable while the URL uses it.",
  },
});
