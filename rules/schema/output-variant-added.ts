import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-variant-added",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.variant.added'], flow: 'output' },
  title: "Response variant added",
  message: "variant {{value}} added to {{target}}",
  docs: {
    why: "Clients that decode the oneOf/anyOf strictly fail on a shape they do not know.",
    fix: "Document that clients must skip unknown variants, or add it under `/v2`.",
  },
});
