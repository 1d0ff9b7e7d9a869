import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-extensible-enum-value-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.value-added'], flow: 'input' },
  title: "Request open enum value added",
  message: "value {{value}} added to the open enum (x-extensible-enum) of {{target}}",
  docs: {
    why: "The provider now also accepts this value; every value old clients send is still listed.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
