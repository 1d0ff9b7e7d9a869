import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "output-enum-lifted",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.enum.removed'], flow: 'output' },
  title: "Response enum restriction removed",
  message: "{{target}} is no longer restricted to {{before}}",
  docs: {
    why: "Clients that switch over the old values meet values they do not know.",
    fix: "Keep the enum and add values deliberately.",
  },
});
