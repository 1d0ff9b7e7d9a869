import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-extensible-enum-value-removed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.extensible-enum.value-removed'], flow: 'input' },
  title: "Request open enum value removed",
  message: "value {{value}} removed from the open enum (x-extensible-enum) of {{target}}",
  docs: {
    why: "Clients still send the value the provider listed; the provider no longer promises to accept it, so their requests may be rejected or misread. An open enum lets the provider add values, not take them back.",
    fix: "Keep accepting the value (mark it deprecated in the description) and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
