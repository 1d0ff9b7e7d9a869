import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'input-constraint-changed',
  level: 'breaking',
  area: 'schema',
  matches: { kinds: ['schema.constraint.changed'], flow: 'input' },
  title: 'Request constraint replaced by another',
  message: '{{keyword}} of {{target}} changed from {{before}} to {{after}}',
  docs: {
    why: 'The new constraint is neither stricter nor looser than the old one (`multipleOf: 3` -> `multipleOf: 5`, another `not`, `if`/`then`/`else` or `contentEncoding`, a discriminator on another property): some values old clients send are now rejected.',
    fix: 'Keep the old constraint and add the new one as an alternative, or publish the change under `/v2`.',
  },
});
