import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "request-body-added-optional",
  level: "compatible",
  area: "body",
  matches: { kinds: ['request-body.added'], flow: 'input' },
  title: "Optional request body added",
  message: "optional request body added",
  docs: {
    why: "Existing clients send no body, which stays valid.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
