import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-status-range-widened",
  level: "warning",
  area: "response",
  matches: { kinds: ['response.removed'], flow: 'output' },
  applies: (c) => typeof c.facts?.coveredBy === 'string',
  title: "Response status widened to a range",
  message: "{{where}} now documented as {{value}}",
  docs: {
    why: "The range still covers the old status, so this is not a removed response, and the two are compared as one. But the contract now allows any status of the range: clients that test for the exact old code (`status === 200`, a handler for 404 only) may meet another one.",
    fix: "Keep documenting the exact status the provider returns, beside the range if needed.",
  },
});
