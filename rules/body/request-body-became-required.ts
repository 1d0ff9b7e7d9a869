import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "request-body-became-required",
  level: "breaking",
  area: "body",
  matches: { kinds: ['request-body.became-required'], flow: 'input' },
  title: "Request body became required",
  message: "request body became required",
  docs: {
    why: "Clients that call the operation without a body now get 400.",
    fix: "Keep the body optional and apply defaults.",
  },
});
