import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'input-default-added',
  level: 'compatible',
  area: 'schema',
  matches: { kinds: ['schema.default.changed'], flow: 'input' },
  applies: (c) => c.facts?.added === true,
  bump: 'patch',
  title: 'Request default documented',
  message: 'default {{after}} documented for {{target}}',
  docs: {
    why: 'The value had no documented default; clients that send it are unaffected, and clients that omit it now know what the provider assumes.',
    fix: 'Nothing to fix, as long as the documented default is what the provider already did.',
  },
});
