import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'input-format-removed',
  level: 'compatible',
  area: 'schema',
  matches: { kinds: ['schema.format.changed'], flow: 'input' },
  applies: (c) => c.facts?.removed === true,
  bump: 'patch',
  title: 'Request format restriction removed',
  message: 'format {{before}} no longer required for {{target}}',
  docs: {
    why: 'Everything old clients send in the old format is still accepted.',
    fix: 'Nothing to fix.',
  },
});
