import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-link-changed",
  level: "warning",
  area: "response",
  matches: { kinds: ['response.link.changed'] },
  title: "Response link changed",
  message: "link {{value}} of {{where}} changed ({{field}})",
  docs: {
    why: "Clients that follow the link now call another operation, or fill its parameters or body from other values of the response; calls they build the old way may fail.",
    fix: "Add a new link under a new name and keep the old one unchanged.",
  },
});
