import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "sunset-changed",
  level: "info",
  area: "operation",
  matches: { kinds: ['operation.sunset.changed', 'parameter.sunset.changed', 'schema.sunset.changed'] },
  title: "Sunset date set or moved later",
  message: "x-sunset of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Announcing a sunset date, or moving it later, gives clients notice or more time; nothing they do stops working.",
    fix: "Nothing to fix.",
  },
});
