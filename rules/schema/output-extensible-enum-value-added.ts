import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-extensible-enum-value-added",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.value-added'], flow: 'output' },
  title: "Response open enum value added",
  message: "value {{value}} added to the open enum (x-extensible-enum) of {{target}}",
  docs: {
    why: "An `x-extensible-enum` tells clients that values it does not list yet may arrive, so they already handle unknown values (that is what makes the enum open); the new value is one of them.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
