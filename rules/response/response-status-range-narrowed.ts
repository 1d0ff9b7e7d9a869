import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-status-range-narrowed",
  level: "compatible",
  area: "response",
  matches: { kinds: ['response.added'], flow: 'output' },
  applies: (c) => typeof c.facts?.within === 'string',
  bump: 'patch',
  title: "Response status range narrowed to a status",
  message: "response {{value}} now documented as {{status}}",
  docs: {
    why: "Clients were ready for any status of the range; the status now documented is one of them. The old range's schema and the new status's are compared as one response.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
