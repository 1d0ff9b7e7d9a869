import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-variant-merged",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.variant.merged'], flow: 'output' },
  title: "Response variant merged into a wider one",
  message: "variant {{value}} merged into {{after}} in {{target}}",
  docs: {
    why: "Clients that tell the variants apart (by shape or by discriminator) no longer find the one they knew; the wider variant may also carry values they did not expect.",
    fix: "Keep the old variant beside the wider one until clients have moved, or merge them under `/v2`.",
  },
});
