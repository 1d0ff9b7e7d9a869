import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-default-changed",
  level: "warning",
  area: "schema",
  matches: { kinds: ['schema.default.changed'], flow: 'input' },
  title: "Request default changed",
  message: "default of {{target}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients that omit the value silently get different behaviour.",
    fix: "Keep the default; make the new behaviour opt-in.",
  },
});
