import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'parameter-became-required-with-default',
  level: 'compatible',
  area: 'parameter',
  matches: { kinds: ['parameter.became-required'], flow: 'input' },
  applies: (c) => c.facts?.hasDefault === true,
  bump: 'patch',
  title: 'Parameter with a default became required',
  message: '{{where}} became required, with a default',
  docs: {
    why: 'Clients that omit the parameter get the default (robustness principle: the provider supplies what the old client does not send).',
    fix: 'Nothing to fix, as long as the provider applies the default instead of rejecting the request.',
  },
});
