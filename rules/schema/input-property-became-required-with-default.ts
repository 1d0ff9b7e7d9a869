import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-property-became-required-with-default",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.became-required'], flow: 'input' },
  bump: 'patch',
  title: "Request property with a default became required",
  message: "property {{target}} became required, with a default",
  docs: {
    why: "Clients that omit it get the default.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
