import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-extensible-enum-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.removed'], flow: 'input' },
  bump: 'patch',
  title: "Request open enum dropped",
  message: "{{target}} no longer lists its values in an open enum (x-extensible-enum)",
  docs: {
    why: "The field accepts any value, as it did: every value old clients send is still accepted.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
