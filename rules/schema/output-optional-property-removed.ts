import { defineRule } from '../../src/engine/define-rule.js';
import { deprecationPeriodOver } from '../../src/engine/deprecation.js';

export default defineRule({
  id: "output-optional-property-removed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.property.removed'], flow: 'output' },
  // After its sunset the removal is the deprecation policy's (property-removed-after-sunset).
  applies: (c, ctx) => c.facts?.required === false && !deprecationPeriodOver(c, ctx),
  title: "Optional property removed from a response",
  message: "optional property {{property}} removed from {{where}}",
  docs: {
    why: "The property was optional, so clients must already cope with its absence; but clients that use it whenever it is sent lose that data for good, and the feature behind it silently stops working for them.",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`) and keep sending it for a deprecation period; remove it in the next major version or only under a new `/v2` namespace.",
  },
});
