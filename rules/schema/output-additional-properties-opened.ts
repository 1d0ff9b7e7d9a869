import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-additional-properties-opened",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.additional-properties.opened'], flow: 'output' },
  title: "Response schema opened to extra properties",
  message: "{{target}} may now contain additional properties",
  docs: {
    why: "Clients generated with strict decoders reject unknown properties; tolerant readers ignore them.",
    fix: "Nothing to fix for tolerant readers; tell strict clients.",
  },
});
