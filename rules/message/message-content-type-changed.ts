import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "message-content-type-changed",
  level: "breaking",
  area: "message",
  matches: { kinds: ['message.content-type.changed'] },
  title: "Message content type changed",
  message: "content type of {{where}} changed from {{before}} to {{after}}",
  docs: {
    why: "The other side decodes messages by content type: a consumer that reads JSON cannot read Avro, and the application cannot decode what producers still send in the old type.",
    fix: "Keep the old content type on the current channel; publish messages in the new encoding on a new channel or under a new message name.",
  },
});
