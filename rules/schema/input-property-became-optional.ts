import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-property-became-optional",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.became-optional'], flow: 'input' },
  bump: 'patch',
  title: "Request property became optional",
  message: "property {{target}} became optional",
  docs: {
    why: "Clients that send it keep working.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
