import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "message-payload-changed",
  level: "warning",
  area: "message",
  matches: { kinds: ['message.payload.changed'] },
  title: "Non-JSON message schema changed",
  message: "{{where}} changed ({{after}} schema, not analysed)",
  docs: {
    why: "The payload uses a schema format apicompat does not analyse (Avro, Protobuf, RAML) and it changed: it may or may not be compatible.",
    fix: "Check the change with the format's own compatibility rules (e.g. the schema registry's compatibility mode) before releasing.",
  },
});
