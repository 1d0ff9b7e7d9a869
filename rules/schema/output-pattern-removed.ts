import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-pattern-removed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.pattern.removed'], flow: 'output' },
  title: "Response pattern removed",
  message: "{{target}} no longer matches {{before}}",
  docs: {
    why: "Clients that parse the value by the old pattern may fail.",
    fix: "Keep the response format stable.",
  },
});
