import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "request-body-became-optional",
  level: "compatible",
  area: "body",
  matches: { kinds: ['request-body.became-optional'], flow: 'input' },
  bump: 'patch',
  title: "Request body became optional",
  message: "request body became optional",
  docs: {
    why: "Clients that send a body keep working.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
