import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-header-added",
  level: "compatible",
  area: "response",
  matches: { kinds: ['response-header.added'], flow: 'output' },
  title: "Response header added",
  message: "header {{parameter}} added to {{where}}",
  docs: {
    why: "Clients ignore headers they do not know.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
