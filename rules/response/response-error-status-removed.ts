import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-error-status-removed",
  level: "compatible",
  area: "response",
  matches: { kinds: ['response.removed'], flow: 'output' },
  bump: 'patch',
  title: "Error response removed",
  message: "{{where}} no longer documented",
  docs: {
    why: "Clients handle errors generically; one documented error no longer occurs.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
