import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-became-optional",
  level: "compatible",
  area: "parameter",
  matches: { kinds: ['parameter.became-optional'], flow: 'input' },
  bump: 'patch',
  title: "Parameter became optional",
  message: "{{where}} became optional",
  docs: {
    why: "Clients that send it keep working; the provider now also accepts requests without it.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
