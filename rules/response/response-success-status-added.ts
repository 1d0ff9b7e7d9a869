import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-success-status-added",
  level: "warning",
  area: "response",
  matches: { kinds: ['response.added'], flow: 'output' },
  applies: (c) => c.facts?.success === true && c.facts?.within === undefined,
  title: "Success response added",
  message: "{{where}} added",
  docs: {
    why: "Clients that expect exactly the old success code may treat the new one as a failure.",
    fix: "Return the new status only when the client asks for it (a header or a new operation).",
  },
});
