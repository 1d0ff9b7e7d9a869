import { defineRule } from '../../src/engine/define-rule.js';
import { deprecationPeriodOver } from '../../src/engine/deprecation.js';

export default defineRule({
  id: "operation-removed-after-sunset",
  level: "compatible",
  area: "operation",
  matches: { kinds: ['operation.removed'] },
  title: "Deprecated operation removed after its sunset",
  message: "deprecated operation {{operation}} removed after its deprecation period",
  docs: {
    why: "The old contract marked the operation `deprecated` and announced its end (`x-sunset` in the past, or `x-deprecated-since` plus `deprecation.minDays`); clients had the promised time to move, so removing it keeps the contract's word.",
    fix: "Nothing to fix. To remove an operation before its sunset, wait for the date or release a major version.",
  },
  applies: deprecationPeriodOver,
});
