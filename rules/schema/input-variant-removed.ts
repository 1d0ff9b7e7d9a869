import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-variant-removed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.variant.removed'], flow: 'input' },
  title: "Request variant removed",
  message: "variant {{value}} removed from {{target}}",
  docs: {
    why: "Clients that send the removed variant now fail validation.",
    fix: "Deprecate it first (`deprecated: true`, optionally `x-sunset`), keep it working for a deprecation period, and remove it in the next major version or only under a new `/v2` namespace.",
  },
});
