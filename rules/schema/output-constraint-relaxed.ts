import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-constraint-relaxed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.max.increased', 'schema.min.decreased', 'schema.constraint.relaxed'], flow: 'output' },
  title: "Response constraint relaxed",
  message: "{{keyword}} of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients that size buffers or validate responses by the old limit may reject longer or larger values. The same holds for every keyword that makes a response schema accept more values (a looser `multipleOf`, `uniqueItems` dropped, a `not` or `propertyNames` removed): strict readers see values they were told could not occur.",
    fix: "Relax response limits only when clients are known to be tolerant, or under `/v2`.",
  },
});
