import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-pattern-added",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.pattern.added'], flow: 'input' },
  title: "Request pattern added",
  message: "{{target}} must now match {{after}}",
  docs: {
    why: "Values old clients send may not match the new pattern and fail validation.",
    fix: "Validate the pattern only for new clients, or add it under `/v2`.",
  },
});
