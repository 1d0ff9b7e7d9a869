import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-added",
  level: "compatible",
  area: "operation",
  matches: { kinds: ['operation.added'] },
  title: "Operation added",
  message: "operation {{operation}} added",
  docs: {
    why: "Existing clients never call the new operation, so nothing they do changes.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
