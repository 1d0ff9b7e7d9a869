import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "operation-style-changed",
  level: "breaking",
  area: "operation",
  matches: { kinds: ['operation.style.changed'] },
  applies: (c) => c.facts?.responseLost === true,
  title: "Interaction style changed",
  message: "interaction style changed from {{before}} to {{after}}",
  docs: {
    why: "Clients built for the old interaction wait for a response that no longer comes, or ignore one they now need to read.",
    fix: "Keep the old shape under the current version and publish the new one under a new `/v2` namespace.",
  },
});
