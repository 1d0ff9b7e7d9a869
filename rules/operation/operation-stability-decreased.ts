import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-stability-decreased",
  level: "breaking",
  area: "operation",
  matches: { kinds: ['operation.stability.changed'] },
  applies: (c) => c.facts.decreased,
  title: "Operation stability level lowered",
  message: "x-stability-level of {{operation}} lowered from {{before}} to {{after}}",
  docs: {
    why: "Clients rely on the stability the old contract promised (an operation without `x-stability-level` is stable); a lower level lets its breaking changes pass as warnings, so lowering it takes that promise back.",
    fix: "Keep the level; to change the operation freely, publish a new operation at `alpha` or `draft` beside it, or lower the level only in a major version.",
  },
});
