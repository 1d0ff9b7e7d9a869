import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-enum-opened",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.enum.opened'], flow: 'input' },
  bump: 'patch',
  title: "Request enum opened (x-extensible-enum)",
  message: "{{target}} changed from a closed enum {{before}} to an open enum (x-extensible-enum) {{after}}",
  docs: {
    why: "The provider no longer rejects values outside the list, so everything old clients send is still accepted; values dropped from the list are reported on their own.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
