import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-request-part-removed',
  level: 'breaking',
  area: 'body',
  matches: { kinds: ['parameter.removed', 'request-body.removed'], flow: 'output' },
  title: "Parameter or body no longer sent in a webhook or callback",
  message: "{{where}} no longer sent to subscribers",
  docs: {
    why: "The provider always sent it (a required parameter, or the body), so subscribers read it without checking: they get nothing and fail, like clients of a response that loses a required field. An optional parameter removed is webhook-optional-parameter-removed (warning).",
    fix: "Keep sending it for a deprecation period and stop in the next major version, or send a new webhook event alongside the old one.",
  },
});
