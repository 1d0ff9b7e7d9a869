import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-added-required",
  level: "breaking",
  area: "parameter",
  matches: { kinds: ['parameter.added'], flow: 'input' },
  applies: (c) => c.facts?.required === true && c.facts?.hasDefault !== true,
  title: "Required parameter added",
  message: "required {{where}} added",
  docs: {
    why: "Existing clients do not send the new parameter, so their requests are rejected with 400.",
    fix: "Add the parameter as optional, or give it a default the provider applies when it is missing.",
  },
});
