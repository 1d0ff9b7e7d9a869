import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-header-removed",
  level: "breaking",
  area: "response",
  matches: { kinds: ['response-header.removed'], flow: 'output' },
  title: "Response header removed",
  message: "header {{parameter}} removed from {{where}}",
  docs: {
    why: "Clients that read the header (rate limits, pagination links, ETags) get nothing.",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`), keep it working for a deprecation period, and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
