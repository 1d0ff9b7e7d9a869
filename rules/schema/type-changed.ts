import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "type-changed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.type.changed'] },
  title: "Type changed",
  message: "type of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Neither type contains the other: clients send or parse values of the old type and fail.",
    fix: "Keep the old shape under the current version and publish the new one under a new `/v2` namespace.",
  },
});
