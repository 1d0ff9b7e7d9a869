import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "request-body-removed",
  level: "breaking",
  area: "body",
  matches: { kinds: ['request-body.removed'], flow: 'input' },
  title: "Request body removed",
  message: "request body removed",
  docs: {
    why: "Clients keep sending a body that the provider now ignores or rejects; the data they send is lost.",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`), keep it working for a deprecation period, and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
