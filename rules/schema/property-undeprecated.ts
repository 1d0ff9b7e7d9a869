import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'property-undeprecated',
  level: 'info',
  area: 'schema',
  matches: { kinds: ['schema.undeprecated'] },
  title: 'Property no longer deprecated',
  message: '{{target}} is no longer deprecated',
  docs: {
    why: 'Only the documentation changes: the property stays and is supported again.',
    fix: 'Nothing to fix; tell clients that planned a migration away from it.',
  },
});
