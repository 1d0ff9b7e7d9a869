import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-media-type-added",
  level: "compatible",
  area: "response",
  matches: { kinds: ['media-type.added'], flow: 'output' },
  title: "Response media type added",
  message: "{{where}} now produced",
  docs: {
    why: "Content negotiation still gives old clients the media type they ask for.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
