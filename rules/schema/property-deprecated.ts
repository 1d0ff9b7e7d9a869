import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "property-deprecated",
  level: "info",
  area: "schema",
  matches: { kinds: ['schema.deprecated'] },
  bump: 'minor',
  title: "Property deprecated",
  message: "{{target}} deprecated",
  docs: {
    why: "Nothing breaks yet; clients are told to stop relying on it.",
    fix: "Announce when it will be removed.",
  },
});
