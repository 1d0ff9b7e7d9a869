import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-became-required",
  level: "breaking",
  area: "parameter",
  matches: { kinds: ['parameter.became-required'], flow: 'input' },
  title: "Parameter became required",
  message: "{{where}} became required",
  docs: {
    why: "Clients that omit the parameter now get 400.",
    fix: "Keep it optional and apply a default on the provider side.",
  },
});
