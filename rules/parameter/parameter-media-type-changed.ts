import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-media-type-changed",
  level: "breaking",
  area: "parameter",
  matches: { kinds: ['parameter.media-type.changed'] },
  title: "Parameter value written in another format",
  message: "{{where}} is now written as {{after}} instead of {{before}}",
  docs: {
    why: "A parameter described by `schema` is plain text (`?filter=abc`); one described by `content` is a document of that media type (`?filter={\"name\":\"abc\"}`). Clients keep writing the old form, which the provider reads wrongly or rejects.",
    fix: "Add a new parameter in the new form and keep accepting the old one.",
  },
});
