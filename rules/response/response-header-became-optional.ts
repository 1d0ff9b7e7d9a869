import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-header-became-optional",
  level: "breaking",
  area: "response",
  matches: { kinds: ['response-header.became-optional'], flow: 'output' },
  title: "Response header no longer required",
  message: "{{where}} is no longer required",
  docs: {
    why: "Clients that read the header (a rate limit, a location, an ETag) rely on it being there; now the provider may leave it out and they read nothing.",
    fix: "Keep sending the header; if it must become optional, do it in the next major version or only under `/v2`.",
  },
});
