import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-link-added",
  level: "compatible",
  area: "response",
  matches: { kinds: ['response.link.added'] },
  title: "Response link added",
  message: "{{where}} has a new link {{value}}",
  docs: {
    why: "A link tells clients which call they can make next with values from this response; a new one changes nothing for clients that do not follow it.",
    fix: "Nothing to fix.",
  },
});
