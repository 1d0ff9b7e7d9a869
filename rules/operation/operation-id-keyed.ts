import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'operation-id-keyed',
  level: 'info',
  area: 'operation',
  matches: { kinds: ['operation.id.changed'] },
  applies: (c) => c.facts.keyed,
  title: 'Operation id that AsyncAPI 3 requires, against none',
  message: 'operationId changed from {{before}} to {{after}}: AsyncAPI 3 requires one, 2.x did not give it',
  docs: {
    why: 'AsyncAPI 3 keys every operation by an id, so a 2.x operation without operationId gets one when it is converted (the converter derives it from the channel and the action). The 2.x document named nothing that clients or generated code could have used, so nobody depended on the name.',
    fix: 'Nothing to fix. To keep the names generated code uses, give the 2.x operations an operationId before converting: the converter keeps it as the 3.x id.',
  },
});
