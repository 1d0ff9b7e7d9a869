import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-link-removed",
  level: "warning",
  area: "response",
  matches: { kinds: ['response.link.removed'] },
  title: "Response link removed",
  message: "link {{value}} removed from {{where}}",
  docs: {
    why: "Clients (and generated SDKs) that follow the link to the next call lose it; the operation it pointed to may still exist, so this is a warning rather than a break.",
    fix: "Keep the link while the operation it names exists.",
  },
});
