import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'schema-keyword-changed',
  level: 'warning',
  area: 'schema',
  matches: { kinds: ['schema.keyword.changed'] },
  title: 'Schema keyword changed',
  message: '{{keyword}} of {{target}} changed from {{before}} to {{after}}',
  docs: {
    why: 'A keyword apicompat has no specific rule for changed (`$schema`, `$id`, `xml`, `$dynamicRef`, a vendor keyword a validator knows): it may change which values are valid or how they are sent, so it cannot be proven safe.',
    fix: 'Review the change; if clients validate or serialise by it, treat it as breaking and publish it under `/v2`.',
  },
});
