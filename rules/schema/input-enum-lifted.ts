import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-enum-lifted",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.enum.removed'], flow: 'input' },
  bump: 'patch',
  title: "Request enum restriction removed",
  message: "{{target}} is no longer restricted to {{before}}",
  docs: {
    why: "Everything old clients send is still accepted.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
