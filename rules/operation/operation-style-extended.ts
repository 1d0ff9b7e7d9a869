import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'operation-style-extended',
  level: 'compatible',
  area: 'operation',
  matches: { kinds: ['operation.style.changed'] },
  title: 'Interaction style extended with a response',
  message: 'interaction style changed from {{before}} to {{after}}',
  docs: {
    why: 'The caller now gets an answer it did not get before; old clients that ignore it keep working.',
    fix: 'Nothing to fix, as long as the old success status is still returned to old clients.',
  },
});
