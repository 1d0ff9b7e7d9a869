import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-property-became-required",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.became-required'], flow: 'output' },
  bump: 'patch',
  title: "Response property became required",
  message: "property {{target}} became required",
  docs: {
    why: "Clients get a stronger guarantee; nothing they do stops working.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
