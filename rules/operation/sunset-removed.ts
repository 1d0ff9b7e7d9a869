import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "sunset-removed",
  level: "warning",
  area: "operation",
  matches: { kinds: ['operation.sunset.changed', 'parameter.sunset.changed', 'schema.sunset.changed'] },
  applies: (c) => c.facts.removed,
  title: "Sunset date removed",
  message: "x-sunset of {{target}} removed (was {{before}})",
  docs: {
    why: "Clients planned around the announced date; without it they no longer know when the deprecated item goes away, and tools that track sunsets lose it.",
    fix: "Keep the date, or move it later if the item stays longer; remove `x-sunset` together with `deprecated` only when the item is no longer deprecated.",
  },
});
