import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "response-header-deprecated",
  level: "info",
  area: "response",
  matches: { kinds: ['response-header.deprecated'] },
  title: "Response header deprecated",
  message: "{{where}} deprecated",
  docs: {
    why: "Nothing breaks yet; clients are told to stop reading the header before it goes away.",
    fix: "Announce when it will be removed (`x-sunset`) and what replaces it.",
  },
});
