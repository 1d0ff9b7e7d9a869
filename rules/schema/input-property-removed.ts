import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-property-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.removed'], flow: 'input' },
  bump: 'patch',
  title: "Property removed from a request",
  message: "property {{property}} removed from {{where}}",
  docs: {
    why: "Clients keep sending it; the provider ignores the extra property (tolerant reader). Check that the data is really not needed.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
