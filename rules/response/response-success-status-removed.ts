import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-success-status-removed",
  level: "breaking",
  area: "response",
  matches: { kinds: ['response.removed'], flow: 'output' },
  applies: (c) => c.facts?.success === true && c.facts?.coveredBy === undefined && c.facts?.replacedBy === undefined,
  title: "Success response removed",
  message: "{{where}} removed",
  docs: {
    why: "Clients that check for this status code now treat the answer as a failure or cannot parse it.",
    fix: "Keep returning the old status code; add new behaviour under a new status only in a new version.",
  },
});
