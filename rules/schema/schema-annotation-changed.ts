import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'schema-annotation-changed',
  level: 'info',
  area: 'schema',
  matches: { kinds: ['schema.keyword.changed'] },
  title: 'Schema annotation changed',
  message: '{{keyword}} of {{target}} changed',
  docs: {
    why: 'Annotations (`title`, `example`, `examples`, `externalDocs`, `$comment`, `x-*` extensions no rule knows) document a schema; they do not change which values are valid.',
    fix: 'Nothing to fix; this change is safe for existing clients.',
  },
  applies: (change) => change.facts?.annotation === true,
});
