import { defineRule } from '../../src/engine/define-rule.js';
import { deprecationPeriodOver } from '../../src/engine/deprecation.js';

export default defineRule({
  id: "input-property-removed-closed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.property.removed'], flow: 'input' },
  // After its sunset the removal is the deprecation policy's (property-removed-after-sunset).
  applies: (c, ctx) => c.facts?.additionalProperties === false && !deprecationPeriodOver(c, ctx),
  title: "Property removed from a closed request schema",
  message: "property {{property}} removed from {{where}}, which rejects unknown properties",
  docs: {
    why: "Clients keep sending the property, and the schema now has `additionalProperties: false`: their requests are rejected.",
    fix: "Keep the property (deprecated) or allow additional properties.",
  },
});
