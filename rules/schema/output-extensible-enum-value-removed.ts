import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-extensible-enum-value-removed",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.value-removed'], flow: 'output' },
  bump: 'patch',
  title: "Response open enum value removed",
  message: "value {{value}} removed from the open enum (x-extensible-enum) of {{target}}",
  docs: {
    why: "Clients no longer receive the value; their handling of the other values (and of unknown ones) is unchanged.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
