import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-removed",
  level: "breaking",
  area: "operation",
  matches: { kinds: ['operation.removed'] },
  title: "Operation removed",
  message: "operation {{operation}} removed",
  docs: {
    why: "Clients that call this operation get 404 or 405 instead of the documented response.",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`), keep it working for a deprecation period, and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
