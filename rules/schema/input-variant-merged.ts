import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-variant-merged",
  level: "compatible",
  area: "schema",
  matches: { kinds: ['schema.variant.merged'], flow: 'input' },
  title: "Request variant merged into a wider one",
  message: "variant {{value}} merged into {{after}} in {{target}}",
  docs: {
    why: "The wider variant keeps every property of the old one and accepts everything it did, so what old clients send still validates.",
    fix: "Nothing to fix; this change is safe for existing clients.",
  },
});
