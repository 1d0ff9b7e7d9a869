import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-type-widened",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.type.widened'], flow: 'input' },
  bump: 'patch',
  title: "Request type widened",
  message: "type of {{target}} widened from {{before}} to {{after}}",
  docs: {
    why: "Everything old clients send is still accepted.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
