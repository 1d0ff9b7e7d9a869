import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'output-const-changed',
  level: 'breaking',
  area: 'schema',
  matches: { kinds: ['schema.const.changed'], flow: 'output' },
  title: 'Response constant changed',
  message: '{{target}} is now {{after}} instead of {{before}}',
  docs: {
    why: 'Every response now carries a value old clients never saw: code that compares against the old constant (a type tag, a version marker) takes the wrong branch or fails.',
    fix: 'Keep sending the old constant, or publish the change under `/v2`.',
  },
});
