import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-pattern-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.pattern.removed'], flow: 'input' },
  bump: 'patch',
  title: "Request pattern removed",
  message: "{{target}} no longer has to match {{before}}",
  docs: {
    why: "Everything old clients send is still accepted.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
