import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "request-media-type-added",
  level: "compatible",
  area: "body",
  matches: { kinds: ['media-type.added'], flow: 'input' },
  title: "Request media type added",
  message: "{{where}} now accepted",
  docs: {
    why: "Clients keep sending the media types they used; one more is accepted.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
