import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-constraint-tightened",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.max.decreased', 'schema.min.increased', 'schema.constraint.tightened'], flow: 'input' },
  title: "Request constraint tightened",
  message: "{{keyword}} of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Values old clients send within the old limit now fail validation (a longer name, a larger page size). The same holds for every keyword that makes a schema accept fewer values: a stricter `multipleOf`, `uniqueItems: true`, `contains`/`minContains`, `propertyNames`, `dependentRequired`, `patternProperties` or `prefixItems` entries, `not`, `if`/`then`/`else`, `contentSchema`/`contentMediaType`/`contentEncoding`, `unevaluatedProperties`/`unevaluatedItems: false`.",
    fix: "Keep the old limit for the old version; tighten it only under `/v2`.",
  },
});
