import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-pattern-added",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.pattern.added'], flow: 'input' },
  title: "Request pattern added",
  message: "{{target}} must now match {{after}}",
  docs: {
    why: "Any value was accepted before; the pattern now rejects the values old clients send that do not match it, and their requests fail validation.",
    fix: "Accept the old values too (a pattern that also matches them), validate the pattern only for new clients, or add it under `/v2`.",
  },
});
