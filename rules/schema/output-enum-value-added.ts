import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-enum-value-added",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.enum.value-added'], flow: 'output' },
  title: "Response enum value added",
  message: "value {{value}} added to {{target}}",
  docs: {
    why: "Clients with exhaustive switches or strict enum decoding fail on the new value; tolerant ones treat it as unknown.",
    fix: "Document that clients must accept unknown values, or add the value only under `/v2`.",
  },
});
