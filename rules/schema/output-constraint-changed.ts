import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'output-constraint-changed',
  level: 'warning',
  area: 'schema',
  matches: { kinds: ['schema.constraint.changed'], flow: 'output' },
  title: 'Response constraint replaced by another',
  message: '{{keyword}} of {{target}} changed from {{before}} to {{after}}',
  docs: {
    why: 'Responses may now carry values the old constraint excluded (`multipleOf: 3` -> `multipleOf: 5`, another `not` or `contentEncoding`): strict readers and generated validators may reject them.',
    fix: 'Make sure clients do not validate this constraint, or publish the change under `/v2`.',
  },
});
