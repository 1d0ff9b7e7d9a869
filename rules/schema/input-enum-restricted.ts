import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "input-enum-restricted",
  level: "breaking",
  area: "schema",
  matches: { kinds: ['schema.enum.added'], flow: 'input' },
  title: "Request value restricted to an enum",
  message: "{{target}} now restricted to {{after}}",
  docs: {
    why: "Clients that send any other value now fail validation.",
    fix: "Accept other values for a deprecation period, or restrict only under `/v2`.",
  },
});
