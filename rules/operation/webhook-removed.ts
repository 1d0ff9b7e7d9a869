import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-removed',
  level: 'breaking',
  area: 'operation',
  matches: { kinds: ['webhook.removed'] },
  title: "Webhook removed",
  message: "webhook {{value}} removed",
  docs: {
    why: "Subscribers that handle this webhook stop receiving it: whatever they do on the event (sync data, start builds, notify people) silently stops happening.",
    fix: "Deprecate the webhook first and keep sending it for a deprecation period; remove it in the next major version, or send the new event alongside the old one.",
  },
});
