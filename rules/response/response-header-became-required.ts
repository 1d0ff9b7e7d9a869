import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-header-became-required",
  level: "compatible",
  area: "response",
  matches: { kinds: ['response-header.became-required'], flow: 'output' },
  title: "Response header now required",
  message: "{{where}} is now required (always sent)",
  docs: {
    why: "The provider promises more: clients that coped with a missing header keep working.",
    fix: "Nothing to fix.",
  },
});
