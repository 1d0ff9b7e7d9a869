import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "sunset-invalid",
  level: "warning",
  area: "operation",
  matches: { kinds: ['operation.sunset.changed', 'parameter.sunset.changed', 'schema.sunset.changed'] },
  applies: (c) => c.facts.invalid,
  title: "Sunset date is not a date",
  message: "x-sunset of {{target}} is not a date (YYYY-MM-DD, an RFC 3339 date-time or an HTTP date): {{after}}",
  docs: {
    why: "Clients and tools read `x-sunset` to plan their migration, and apicompat's deprecation policy reads it to allow the removal; a value that is not a date tells neither when the end comes.",
    fix: "Write the date as `YYYY-MM-DD`, an RFC 3339 date-time such as `2026-01-31T00:00:00Z`, or an HTTP date as in the `Sunset` header (`Sat, 31 Jan 2026 00:00:00 GMT`).",
  },
});
