import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-type-widened",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.type.widened'], flow: 'output' },
  title: "Response type widened",
  message: "type of {{target}} widened from {{before}} to {{after}}",
  docs: {
    why: "Clients parse the old type and fail on values of the new one (e.g. a decimal where they read an integer).",
    fix: "Keep the old shape under the current version and publish the new one under a new `/v2` namespace.",
  },
});
