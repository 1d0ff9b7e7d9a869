import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-property-became-required",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.property.became-required'], flow: 'input' },
  title: "Request property became required",
  message: "property {{target}} became required",
  docs: {
    why: "Clients that omit the property now fail validation.",
    fix: "Keep it optional and apply a default on the provider side.",
  },
});
