import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-undeprecated",
  level: "info",
  area: "operation",
  matches: { kinds: ['operation.undeprecated'] },
  bump: 'patch',
  title: "Operation no longer deprecated",
  message: "operation {{operation}} is no longer deprecated",
  docs: {
    why: "Nothing breaks; the operation stays supported.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
