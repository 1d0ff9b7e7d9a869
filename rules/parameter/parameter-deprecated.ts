import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-deprecated",
  level: "info",
  area: "parameter",
  matches: { kinds: ['parameter.deprecated'] },
  bump: 'minor',
  title: "Parameter deprecated",
  message: "{{where}} deprecated",
  docs: {
    why: "Nothing breaks yet; clients are told to stop sending it.",
    fix: "Announce when it will be removed.",
  },
});
