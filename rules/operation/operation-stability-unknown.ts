import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-stability-unknown",
  level: "warning",
  area: "operation",
  matches: { kinds: ['operation.stability.changed'] },
  applies: (c) => c.facts.unknown,
  title: "Unknown stability level",
  message: "x-stability-level of {{operation}} changed from {{before}} to {{after}}, which is not draft, alpha, beta or stable",
  docs: {
    why: "apicompat (like oasdiff) knows the levels draft, alpha, beta and stable; another value promises nothing anyone can check, and the operation is treated as stable.",
    fix: "Use one of draft, alpha, beta or stable.",
  },
});
