import { defineRule } from '../../src/engine/define-rule.js';
import { deprecationPeriodOver } from '../../src/engine/deprecation.js';

export default defineRule({
  id: "property-removed-after-sunset",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.property.removed'] },
  applies: deprecationPeriodOver,
  title: "Deprecated property removed after its sunset",
  message: "deprecated property {{property}} removed from {{where}} after its deprecation period",
  docs: {
    why: "The old contract marked the property `deprecated` and announced its end (`x-sunset` in the past, or `x-deprecated-since` plus `deprecation.minDays`); clients had the promised time to stop reading or sending it, so removing it keeps the contract's word.",
    fix: "Nothing to fix. To remove a property before its sunset, wait for the date or release a major version.",
  },
});
