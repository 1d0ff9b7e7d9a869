import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "bindings-changed",
  level: "warning",
  area: "channel",
  matches: { kinds: ['bindings.changed'] },
  title: "Protocol bindings changed",
  message: "{{value}} binding of {{where}} changed",
  docs: {
    why: "Bindings configure the wire (Kafka keys and partitions, AMQP exchanges and queues, MQTT QoS, HTTP methods); clients configured for the old binding may stop receiving or be rejected, and the tool cannot tell which changes are safe.",
    fix: "Review the binding change with the protocol in mind; where clients depend on it, keep the old binding on the current channel and publish the new one on a new channel.",
  },
});
