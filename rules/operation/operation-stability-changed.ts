import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-stability-changed",
  level: "info",
  area: "operation",
  matches: { kinds: ['operation.stability.changed'] },
  title: "Operation stability level raised",
  message: "x-stability-level of {{operation}} changed from {{before}} to {{after}}",
  docs: {
    why: "A higher level (or the same one written out) promises clients more stability; nothing they do stops working.",
    fix: "Nothing to fix.",
  },
});
