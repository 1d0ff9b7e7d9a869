import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-property-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.added'], flow: 'output' },
  title: "Property added to a response",
  message: "property {{property}} added to {{where}}",
  docs: {
    why: "Tolerant readers ignore properties they do not know.",
    fix: "Nothing to fix; clients that reject unknown properties are not tolerant readers.",
  },
});
