import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-constraint-relaxed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.max.increased', 'schema.min.decreased'], flow: 'output' },
  title: "Response constraint relaxed",
  message: "{{keyword}} of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients that size buffers or validate responses by the old limit may reject longer or larger values.",
    fix: "Relax response limits only when clients are known to be tolerant, or under `/v2`.",
  },
});
