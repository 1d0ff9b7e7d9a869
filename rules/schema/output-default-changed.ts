import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-default-changed",
  level: "info",
  area: "schema",
  matches: { kinds: ['schema.default.changed'], flow: 'output' },
  bump: 'patch',
  title: "Response default changed",
  message: "default of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Defaults in responses are documentation for clients; the wire data is what counts.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
