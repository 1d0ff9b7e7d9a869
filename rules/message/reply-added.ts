import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "reply-added",
  level: "warning",
  area: "message",
  matches: { kinds: ['operation.style.changed'] },
  applies: (c) => c.facts?.reply === 'added',
  title: "Reply added to an operation",
  message: "a reply was added: interaction style changed from {{before}} to {{after}}",
  docs: {
    why: "The other side now gets (or must send) a reply it did not expect: requesters that never listen lose nothing, but the reply channel must exist and be allowed for them.",
    fix: "Document the reply channel and make sure existing requesters may ignore the reply.",
  },
});
