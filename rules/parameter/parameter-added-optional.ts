import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-added-optional",
  level: "compatible",
  area: "parameter",
  matches: { kinds: ['parameter.added'], flow: 'input' },
  title: "Optional parameter added",
  message: "optional {{where}} added",
  docs: {
    why: "Existing clients do not send it and keep getting the old behaviour.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
