import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-additional-properties-opened",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.additional-properties.opened'], flow: 'input' },
  bump: 'patch',
  title: "Request schema opened to extra properties",
  message: "{{target}} now accepts additional properties",
  docs: {
    why: "Everything old clients send is still accepted.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
