import { defineRule } from '../../src/engine/define-rule.js';
import { deprecationPeriodOver } from '../../src/engine/deprecation.js';

export default defineRule({
  id: "parameter-removed-after-sunset",
  level: "compatible",
  area: "parameter",
  matches: { kinds: ['parameter.removed'], flow: 'input' },
  title: "Deprecated parameter removed after its sunset",
  message: "deprecated {{where}} removed after its deprecation period",
  docs: {
    why: "The old contract marked the parameter `deprecated` and announced its end (`x-sunset` in the past, or `x-deprecated-since` plus `deprecation.minDays`); clients had the promised time to stop sending it.",
    fix: "Nothing to fix. To remove a parameter before its sunset, wait for the date or release a major version.",
  },
  applies: deprecationPeriodOver,
});
