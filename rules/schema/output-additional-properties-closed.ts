import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-additional-properties-closed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.additional-properties.closed'], flow: 'output' },
  bump: 'patch',
  title: "Response schema closed to extra properties",
  message: "{{target}} no longer contains additional properties",
  docs: {
    why: "Clients receive a subset of what they handle.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
