import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-nullable-added",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.nullable.added'], flow: 'output' },
  title: "Response value became nullable",
  message: "{{target}} can now be null",
  docs: {
    why: "Clients that dereference the value crash on null.",
    fix: "Omit the property or keep a non-null placeholder; publish the nullable form under `/v2`.",
  },
});
