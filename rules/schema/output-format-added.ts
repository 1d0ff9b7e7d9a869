import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'output-format-added',
  level: 'compatible',
  area: 'schema',
  matches: { kinds: ['schema.format.changed'], flow: 'output' },
  applies: (c) => c.facts?.added === true,
  bump: 'patch',
  title: 'Response format documented',
  message: 'format {{after}} documented for {{target}}',
  docs: {
    why: 'Responses keep the values they had; the format only tells clients more precisely what they already receive.',
    fix: 'Nothing to fix, as long as the format describes values the provider already returned.',
  },
});
