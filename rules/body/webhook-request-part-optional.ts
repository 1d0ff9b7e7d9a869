import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-request-part-optional',
  level: 'warning',
  area: 'body',
  matches: { kinds: ['parameter.became-optional', 'request-body.became-optional'], flow: 'output' },
  title: "Webhook or callback parameter or body became optional",
  message: "{{where}} became optional in the request sent to subscribers",
  docs: {
    why: "The provider always sent it, so subscribers read it without checking; now it may be left out, and those subscribers get nothing and fail, unless they happen to check.",
    fix: "Keep sending it as before, or announce the change and give subscribers time to handle its absence.",
  },
});
