import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-enum-closed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.enum.closed'], flow: 'output' },
  bump: 'patch',
  title: "Response open enum closed",
  message: "{{target}} changed from an open enum (x-extensible-enum) {{before}} to a closed enum {{after}}",
  docs: {
    why: "Clients receive only listed values now; they were already prepared for those and for more.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
