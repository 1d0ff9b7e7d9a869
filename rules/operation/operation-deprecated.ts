import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-deprecated",
  level: "info",
  area: "operation",
  matches: { kinds: ['operation.deprecated'] },
  bump: 'minor',
  title: "Operation deprecated",
  message: "operation {{operation}} deprecated",
  docs: {
    why: "Nothing breaks yet; clients are told to move away before the operation is removed.",
    fix: "Announce a sunset date (`x-sunset`) and the replacement operation.",
  },
});
