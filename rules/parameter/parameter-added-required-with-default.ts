import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-added-required-with-default",
  level: "compatible",
  area: "parameter",
  matches: { kinds: ['parameter.added'], flow: 'input' },
  applies: (c) => c.facts?.required === true && c.facts?.hasDefault === true,
  title: "Required parameter with a default added",
  message: "required {{where}} added with a default",
  docs: {
    why: "Clients that omit it get the default (robustness principle: the provider supplies what the old client does not send).",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
