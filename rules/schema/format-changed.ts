import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "format-changed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.format.changed'] },
  title: "Format changed",
  message: "format of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients that validate or convert by format (date-time, uuid, int64) may reject or misread values.",
    fix: "Keep the format; introduce a new property for the new representation.",
  },
});
