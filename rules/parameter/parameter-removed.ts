import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "parameter-removed",
  level: "warning",
  area: "parameter",
  matches: { kinds: ['parameter.removed'], flow: 'input' },
  title: "Parameter removed",
  message: "{{where}} removed",
  docs: {
    why: "Clients still send it and the provider now ignores it, so behaviour they rely on (a filter, a page size) silently changes.",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`), keep it working for a deprecation period, and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
