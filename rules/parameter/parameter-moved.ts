import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-moved",
  level: "breaking",
  area: "parameter",
  matches: { kinds: ['parameter.moved'] },
  title: "Parameter moved to another location",
  message: "parameter {{parameter}} moved from {{before}} to {{after}}",
  docs: {
    why: "Clients keep sending the value in the old location, where the provider no longer reads it.",
    fix: "Accept the parameter in both locations for a deprecation period, or publish the change under `/v2`.",
  },
});
