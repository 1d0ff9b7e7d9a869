import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-optional-parameter-removed',
  level: 'warning',
  area: 'parameter',
  matches: { kinds: ['parameter.removed'], flow: 'output' },
  applies: (c) => !c.facts.required,
  title: 'Optional parameter no longer sent in a webhook or callback',
  message: '{{where}} no longer sent to subscribers',
  docs: {
    why: 'The provider sent it only sometimes, so careful subscribers check for it and cope; subscribers that came to rely on it get nothing (like an optional response field removed).',
    fix: 'Keep sending it for a deprecation period, or announce its removal to subscribers.',
  },
});
