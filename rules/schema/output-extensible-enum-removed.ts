import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-extensible-enum-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.removed'], flow: 'output' },
  bump: 'patch',
  title: "Response open enum dropped",
  message: "{{target}} no longer lists its values in an open enum (x-extensible-enum)",
  docs: {
    why: "Clients of an open enum already handle values it does not list; the field may carry any value, as the open enum allowed.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
