import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "request-media-type-removed",
  level: "breaking",
  area: "body",
  matches: { kinds: ['media-type.removed'], flow: 'input' },
  title: "Request media type removed",
  message: "{{where}} is no longer accepted",
  docs: {
    why: "Clients that send this content type now get 415 Unsupported Media Type.",
    fix: "Keep accepting the old media type beside the new one.",
  },
});
