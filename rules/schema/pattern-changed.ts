import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "pattern-changed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.pattern.changed'] },
  title: "Pattern changed",
  message: "pattern of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "The tool cannot prove one pattern contains the other; some values may be rejected or misread.",
    fix: "Keep the old pattern or prove the new one accepts every old value.",
  },
});
