import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-variable-default-changed",
  level: "warning",
  area: "server",
  matches: { kinds: ['server.variable.default.changed'] },
  title: "Server variable default changed",
  message: "default of variable {{parameter}} of {{where}} changed from {{before}} to {{after}}",
  docs: {
    why: "Clients that never set the variable now call another server (another region, environment or version) without changing a line; whether that server behaves the same is outside the document.",
    fix: "Keep the default; let clients opt in to the new value.",
  },
});
