import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-nullable-removed",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.nullable.removed'], flow: 'input' },
  title: "Request value no longer nullable",
  message: "{{target}} no longer accepts null",
  docs: {
    why: "Clients that send null now fail validation.",
    fix: "Keep accepting null and treat it as absent.",
  },
});
