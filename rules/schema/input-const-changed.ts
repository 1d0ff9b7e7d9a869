import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'input-const-changed',
  level: 'breaking',
  area: 'schema',
  matches: { kinds: ['schema.const.changed'], flow: 'input' },
  title: 'Request constant changed',
  message: '{{target}} must now be {{after}} instead of {{before}}',
  docs: {
    why: 'Every old client sends the old constant, which the provider now rejects.',
    fix: 'Accept both values (`enum: [old, new]`), or publish the change under `/v2`.',
  },
});
