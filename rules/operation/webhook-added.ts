import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-added',
  level: 'compatible',
  area: 'operation',
  matches: { kinds: ['webhook.added'] },
  title: "Webhook added",
  message: "webhook {{value}} added",
  docs: {
    why: "Existing subscribers are not subscribed to the new webhook (or ignore events they do not handle), so nothing they do changes.",
    fix: "Nothing to fix; this change is safe for existing subscribers.",
  },
});
