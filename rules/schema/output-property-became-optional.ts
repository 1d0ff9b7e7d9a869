import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-property-became-optional",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.property.became-optional'], flow: 'output' },
  title: "Response property became optional",
  message: "property {{target}} became optional",
  docs: {
    why: "Clients that rely on the property being present now meet responses without it.",
    fix: "Keep it always present; use a default or null only if the schema already allowed it.",
  },
});
