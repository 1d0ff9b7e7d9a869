import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "sunset-moved-earlier",
  level: "warning",
  area: "operation",
  matches: { kinds: ['operation.sunset.changed', 'parameter.sunset.changed', 'schema.sunset.changed'] },
  applies: (c) => c.facts.earlier,
  title: "Sunset date moved earlier",
  message: "x-sunset of {{target}} moved earlier, from {{before}} to {{after}}",
  docs: {
    why: "Clients planned their migration for the announced date; bringing it forward shortens the notice they were promised, and the item may go away before they have moved.",
    fix: "Keep the announced date, or move it later; a sunset date is a promise that may be extended, not shortened.",
  },
});
