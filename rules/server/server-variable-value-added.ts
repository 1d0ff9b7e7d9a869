import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  id: "server-variable-value-added",
  level: "compatible",
  area: "server",
  matches: { kinds: ['server.variable.value-added'] },
  title: "Server variable accepts another value",
  message: "variable {{parameter}} of {{where}} also accepts {{value}}",
  docs: {
    why: "Clients keep using the values they are configured with; a new value (or an `enum` dropped altogether) only adds servers they may choose.",
    fix: "Nothing to fix.",
  },
});
