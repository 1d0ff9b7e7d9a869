import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: 'webhook-response-status-removed',
  level: 'warning',
  area: 'response',
  matches: { kinds: ['response.removed'], flow: 'input' },
  title: "Webhook or callback no longer documents a subscriber status",
  message: "{{where}} from subscribers no longer documented",
  docs: {
    why: "Subscribers that answer with this status may now have their answer treated as a failure (deliveries retried, the webhook disabled); where the status was only replaced by a range that covers it, nothing changes, which apicompat cannot prove in general.",
    fix: "Keep accepting the old status, or tell subscribers which answer to give before the change.",
  },
});
