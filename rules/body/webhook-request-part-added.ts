import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-request-part-added',
  level: 'compatible',
  area: 'body',
  matches: { kinds: ['parameter.added', 'parameter.became-required', 'request-body.added', 'request-body.became-required'], flow: 'output' },
  title: "Webhook or callback request carries more",
  message: "{{where}} added to the request sent to subscribers, or now always sent",
  docs: {
    why: "The provider sends webhook and callback requests: a new parameter or body, even a required one, is only more data arriving at subscribers, and a tolerant subscriber ignores what it does not read (the request side of an operation, flipped).",
    fix: "Nothing to fix; this change is safe for existing subscribers.",
  },
});
