import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-success-status-changed",
  level: "warning",
  area: "response",
  matches: { kinds: ['response.removed'], flow: 'output' },
  applies: (c) => typeof c.facts?.replacedBy === 'string',
  title: "Bodiless success status changed",
  message: "{{where}} replaced by {{value}}; neither has a body",
  docs: {
    why: "No body is lost (`200` without content -> `204`): clients that treat any 2XX as success keep working. Clients that test for the exact old status code treat the new one as a failure.",
    fix: "Keep returning the old status code to old clients, or change it in a new major version or under `/v2`.",
  },
});
