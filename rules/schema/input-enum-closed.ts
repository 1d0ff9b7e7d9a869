import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-enum-closed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.enum.closed'], flow: 'input' },
  title: "Request open enum closed",
  message: "{{target}} changed from an open enum (x-extensible-enum) {{before}} to a closed enum {{after}}",
  docs: {
    why: "The schema now rejects every value outside the list. The open enum never promised those values, but a validator accepted them, so clients that send one (a value the provider handled without listing it) fail now.",
    fix: "Make sure the list holds every value clients send, or keep the enum open.",
  },
});
